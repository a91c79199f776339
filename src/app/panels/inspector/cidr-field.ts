// What the inspector's address fields accept: a list of IP prefixes (a VNet's address space,
// on-premises prefixes) or one IP address. Pure functions of the typed text, so the field can check
// a draft when it is committed (blur or Enter) and say exactly what is wrong, never applying a
// half-typed value. What passes here also passes the document schema (engine/model/ip.ts, which the
// test holds this module to); this module adds the reasons, and refuses a prefix with host bits set
// (10.2.0.5/16), offering the prefix meant instead of repairing it silently.

export type Family = 4 | 6;

/** A replacement for the whole typed text, offered as a button: "Use 10.2.0.0/16". */
export type Fix = { label: string; text: string };

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string; fix?: Fix };

/** One entry of what was typed, with where it sits in the text. */
type Entry = { text: string; start: number; end: number };

/** Either the entry is fine, or why not and, when there is one, the entry meant. */
type EntryCheck = { ok: true } | { ok: false; reason: string; meant?: string };

const EXAMPLE_PREFIX: Record<Family, string> = { 4: '10.0.0.0/16', 6: '2001:db8::/32' };
const BITS: Record<Family, number> = { 4: 32, 6: 128 };

/** The entries of a list typed with commas, semicolons, spaces or line breaks between them. */
function entriesOf(text: string): Entry[] {
  return [...text.matchAll(/[^\s,;]+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * A typed list of prefixes, checked: the prefixes (an empty text is an empty list), or the first
 * wrong entry with the reason, naming the entry when there are several.
 */
export function checkPrefixList(text: string): Checked<string[]> {
  const entries = entriesOf(text);
  for (const [i, entry] of entries.entries()) {
    const checked = checkPrefix(entry.text);
    if (checked.ok) continue;
    const where = entries.length > 1 ? `Entry ${i + 1} of ${entries.length} (${entry.text}): ` : '';
    return failed(text, entry, where + checked.reason, checked.meant);
  }
  return { ok: true, value: entries.map((e) => e.text) };
}

/** A typed IP address, checked: the address, `''` for an empty field (no address), or why not. */
export function checkAddress(text: string): Checked<string> {
  const entries = entriesOf(text);
  if (entries.length === 0) return { ok: true, value: '' };
  const [entry] = entries as [Entry, ...Entry[]];
  if (entries.length > 1) return { ok: false, message: `Only one address goes here, not ${entries.length}` };
  const slash = entry.text.indexOf('/');
  if (slash >= 0) {
    const address = entry.text.slice(0, slash);
    const meant = parseAddress(address).ok ? address : undefined;
    return failed(text, entry, `An address, not a prefix: leave out ${entry.text.slice(slash)}`, meant);
  }
  const parsed = parseAddress(entry.text);
  return parsed.ok ? { ok: true, value: entry.text } : { ok: false, message: parsed.reason };
}

function failed(text: string, entry: Entry, message: string, meant: string | undefined): Checked<never> {
  if (meant === undefined) return { ok: false, message };
  return {
    ok: false,
    message,
    fix: { label: `Use ${meant}`, text: text.slice(0, entry.start) + meant + text.slice(entry.end) },
  };
}

/** One prefix such as 10.2.0.0/16 or 2001:db8::/32. */
export function checkPrefix(text: string): EntryCheck {
  const slash = text.indexOf('/');
  if (slash < 0) {
    const parsed = parseAddress(text);
    if (!parsed.ok) return parsed;
    return { ok: false, reason: `No prefix length: write it as address/length, e.g. ${EXAMPLE_PREFIX[parsed.family]}` };
  }
  if (text.indexOf('/', slash + 1) >= 0)
    return { ok: false, reason: `More than one /: write a prefix as address/length, e.g. ${EXAMPLE_PREFIX[4]}` };
  const parsed = parseAddress(text.slice(0, slash));
  if (!parsed.ok) return parsed;
  const lengthText = text.slice(slash + 1);
  const max = BITS[parsed.family];
  // One to three digits, as the document schema reads them.
  const length = /^\d{1,3}$/.test(lengthText) ? Number(lengthText) : NaN;
  if (!(length <= max)) {
    const what = lengthText === '' ? 'Nothing after the /' : `/${lengthText} is not a prefix length`;
    return { ok: false, reason: `${what}: IPv${parsed.family} prefixes are /0 to /${max}` };
  }
  const hostMask = (1n << BigInt(max - length)) - 1n;
  if ((parsed.value & hostMask) === 0n) return { ok: true };
  const network = format(parsed.value & ~hostMask, parsed.family);
  const meant = `${network}/${length}`;
  return { ok: false, reason: `Host bits are set: did you mean ${meant}?`, meant };
}

type Parsed = { ok: true; family: Family; value: bigint } | { ok: false; reason: string };

/** An IPv4 or IPv6 address as a number, or why it is not one. */
export function parseAddress(text: string): Parsed {
  if (text === '') return { ok: false, reason: 'No address before the /' };
  if (text.includes(':')) return parseIpv6(text);
  if (/^[\d.]+$/.test(text)) {
    const v4 = parseIpv4(text);
    return typeof v4 === 'string'
      ? { ok: false, reason: `${text} is not an IPv4 address: ${v4}` }
      : { ok: true, family: 4, value: BigInt(v4) };
  }
  return { ok: false, reason: `"${text}" is not an IP address, e.g. 10.0.1.4 or 2001:db8::4` };
}

/** The address as a 32-bit number, or why it is not an IPv4 address. */
function parseIpv4(text: string): number | string {
  const parts = text.split('.');
  if (parts.length !== 4) return `it has ${parts.length} ${parts.length === 1 ? 'part' : 'parts'}, not 4`;
  let value = 0;
  for (const part of parts) {
    if (!/^\d+$/.test(part)) return part === '' ? 'a part between dots is empty' : `"${part}" is not a number`;
    if (part.length > 1 && part.startsWith('0')) return `${part} starts with 0`;
    if (Number(part) > 255) return `${part} is more than 255`;
    value = value * 256 + Number(part);
  }
  return value;
}

function parseIpv6(text: string): Parsed {
  const bad = (why: string): Parsed => ({ ok: false, reason: `${text} is not an IPv6 address: ${why}` });
  const stray = /[^0-9a-fA-F:.]/.exec(text);
  if (stray) return bad(`"${stray[0]}" is not a hex digit`);
  if (text.length > 45) return bad('it is longer than an IPv6 address can be');
  const halves = text.split('::');
  if (halves.length > 2) return bad('it has :: more than once');
  const groupsOf = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groupsOf(halves[0] as string);
  const tail = halves.length === 2 ? groupsOf(halves[1] as string) : [];
  // An IPv4 address may end it (::ffff:10.0.0.1), standing for the last two groups.
  const words: number[][] = [[], []];
  for (const [side, groups] of [head, tail].entries()) {
    for (const [i, group] of groups.entries()) {
      const last = side === (halves.length === 2 ? 1 : 0) && i === groups.length - 1;
      if (group.includes('.')) {
        if (!last) return bad(`${group} may only come last`);
        const v4 = parseIpv4(group);
        if (typeof v4 === 'string') return bad(`${group} is not an IPv4 address: ${v4}`);
        words[side]?.push(v4 >>> 16, v4 & 0xffff);
      } else if (group === '') {
        return bad('it has an empty group (a lone :)');
      } else if (group.length > 4) {
        return bad(`${group} has more than 4 hex digits`);
      } else {
        words[side]?.push(parseInt(group, 16));
      }
    }
  }
  const [before = [], after = []] = words;
  const count = before.length + after.length;
  if (halves.length === 1 && count !== 8) return bad(`it has ${count} groups, not 8 (or :: for a run of zeros)`);
  if (halves.length === 2 && count > 7) return bad('it has too many groups to hold a ::');
  const all = [...before, ...new Array<number>(8 - count).fill(0), ...after];
  return { ok: true, family: 6, value: all.reduce((n, word) => (n << 16n) | BigInt(word), 0n) };
}

/** An address in its usual form: dotted for IPv4, RFC 5952 for IPv6 (lowercase, longest zero run as ::). */
export function format(value: bigint, family: Family): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
  const words = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  let best = { start: -1, length: 1 };
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j;
  }
  const hex = (ws: number[]) => ws.map((w) => w.toString(16)).join(':');
  if (best.start < 0) return hex(words);
  return `${hex(words.slice(0, best.start))}::${hex(words.slice(best.start + best.length))}`;
}
