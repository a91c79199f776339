// Address parsing for validation and prefix arithmetic. Only what the design needs: syntax
// checks, CIDR containment and address family; no host/network bit repair.

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIpv4(text: string): boolean {
  return IPV4.test(text);
}

export function isIpv6(text: string): boolean {
  if (text.length > 45 || !/^[0-9a-fA-F:.]+$/.test(text) || !text.includes(':')) return false;
  let body = text;
  let groupsFromV4 = 0;
  const lastColon = body.lastIndexOf(':');
  const tail = body.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!isIpv4(tail)) return false;
    body = body.slice(0, lastColon + 1) + '0:0';
    groupsFromV4 = 0;
  }
  const doubleColons = body.split('::').length - 1;
  if (doubleColons > 1) return false;
  const groupOk = (g: string) => /^[0-9a-fA-F]{1,4}$/.test(g);
  if (doubleColons === 1) {
    const [head = '', rest = ''] = body.split('::');
    const hs = head === '' ? [] : head.split(':');
    const rs = rest === '' ? [] : rest.split(':');
    return hs.every(groupOk) && rs.every(groupOk) && hs.length + rs.length + groupsFromV4 <= 7;
  }
  const groups = body.split(':');
  return groups.length === 8 && groups.every(groupOk);
}

export function isIp(text: string): boolean {
  return isIpv4(text) || isIpv6(text);
}

export type Family = 4 | 6;

export function cidrFamily(text: string): Family | undefined {
  const slash = text.indexOf('/');
  if (slash < 0 || slash !== text.lastIndexOf('/')) return undefined;
  const addr = text.slice(0, slash);
  const lenText = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(lenText)) return undefined;
  const len = Number(lenText);
  if (isIpv4(addr)) return len <= 32 ? 4 : undefined;
  if (isIpv6(addr)) return len <= 128 ? 6 : undefined;
  return undefined;
}

export function isCidr(text: string): boolean {
  return cidrFamily(text) !== undefined;
}
