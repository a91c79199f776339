import { defineRule } from './rule.ts';
import { ALL_PACKS } from '../model/packs.ts';
import { DOCS } from './sources.ts';
import { parseCidr, parseIp, prefixContains, type Family } from '../model/ip.ts';
import { listOf } from '../model/names.ts';
import type { DesignNode } from '../model/types.ts';

// Azure gives a NIC, a load balancer frontend or an endpoint its private IP from a subnet of the
// VNet it sits in, and every subnet lies inside the VNet's address space. An address outside the
// space cannot exist in Azure: the design is wrong, whatever the flows through it say.

/** The address a node carries, and how to speak of it ("IP", "frontend IP"); none for kinds without one. */
function addressOf(node: DesignNode): { ip: string; what: string } | undefined {
  switch (node.kind) {
    case 'vm':
    case 'privateEndpoint':
    case 'dnsResolver':
    case 'nva':
      return { ip: node.props.ip, what: 'IP' };
    case 'loadBalancer':
      return { ip: node.props.frontendIp, what: 'frontend IP' };
    default:
      return undefined;
  }
}

const familyWord = (family: Family) => (family === 4 ? 'IPv4' : 'IPv6');

export default defineRule({
  id: 'ip-outside-vnet',
  description: "An endpoint's IP address must lie inside the address space of the VNet it is in",
  sources: [DOCS.privateIpAddresses, DOCS.vnetRouting],
  packs: ALL_PACKS,
  confidence: 'documented',
  checkDesign(ctx) {
    const { topo } = ctx;
    for (const node of topo.allNodes()) {
      const carried = addressOf(node);
      const address = carried && parseIp(carried.ip);
      const vnet = topo.vnetOf(node);
      // No address yet, or a VNet with no address space drawn: nothing to check against.
      if (!carried || !address || !vnet || vnet.props.addressSpace.length === 0) continue;
      const spaces = vnet.props.addressSpace.map((text) => ({ text, prefix: parseCidr(text) }));
      if (spaces.some((s) => s.prefix && prefixContains(s.prefix, address))) continue;
      const sameFamily = spaces.filter((s) => s.prefix?.family === address.family).map((s) => s.text);
      const all = vnet.props.addressSpace.join(', ');
      const name = topo.name(node.id);
      const vnetName = topo.name(vnet.id);
      const family = familyWord(address.family);
      ctx.report({
        subject: node.id,
        severity: 'error',
        message:
          sameFamily.length > 0
            ? `The ${carried.what} ${carried.ip} of ${name} is outside the address space of ${vnetName} (${all}).`
            : `The ${carried.what} ${carried.ip} of ${name} is ${family}, but the address space of ${vnetName} ` +
              `(${all}) has no ${family} range.`,
        remediation:
          sameFamily.length > 0
            ? `Give ${name} an address inside ${listOf(sameFamily)}, or add a range that holds ${carried.ip} ` +
              `to the address space of ${vnetName}.`
            : `Add an ${family} range that holds ${carried.ip} to the address space of ${vnetName} ` +
              `(a dual-stack VNet), or give ${name} an address inside ${all}.`,
        source: DOCS.privateIpAddresses,
      });
    }
  },
});
