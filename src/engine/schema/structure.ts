import type { Design, DesignEdge, DesignNode } from '../model/types.ts';
import { EDGE_ENDS, VNET_CHILD_KINDS, type NodeKind } from './kinds.ts';
import { LOAD_ERROR_CODES, type LoadProblem } from './errors.ts';
import { NODE_NOUNS } from '../model/kind-names.ts';

// The rules of FORMAT.md that a schema cannot express: references, containment, edge ends.
// What Azure itself refuses (a second ExpressRoute gateway in one VNet) is refused here too.

const CHILD_KINDS = new Set<NodeKind>(VNET_CHILD_KINDS);

/** "a gateway": a kind as the design file names it. */
function aKindInFile(kind: NodeKind): string {
  return NODE_NOUNS[kind].aInFile;
}

export function checkStructure(design: Design): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const fail = (path: string, message: string) => problems.push({ code: LOAD_ERROR_CODES.structure, path, message });

  const nodes = new Map<string, DesignNode>();
  const seen = new Map<string, string>();
  design.nodes.forEach((node, i) => {
    const where = `nodes[${i}].id`;
    const first = seen.get(node.id);
    if (first) fail(where, `duplicate id "${node.id}" (already used by ${first})`);
    else seen.set(node.id, `nodes[${i}]`);
    if (!nodes.has(node.id)) nodes.set(node.id, node);
  });
  design.edges.forEach((edge, i) => {
    const first = seen.get(edge.id);
    if (first) fail(`edges[${i}].id`, `duplicate id "${edge.id}" (already used by ${first})`);
    else seen.set(edge.id, `edges[${i}]`);
  });

  const gatewayOf = new Map<string, string>();
  design.nodes.forEach((node, i) => {
    const at = `nodes[${i}]`;
    if (CHILD_KINDS.has(node.kind)) {
      if (node.parentId === undefined) {
        fail(`${at}.parentId`, `${aKindInFile(node.kind)} must be inside a VNet; "${node.id}" has no parentId`);
        return;
      }
      const parent = nodes.get(node.parentId);
      if (!parent) fail(`${at}.parentId`, `refers to "${node.parentId}", which is not a node in this design`);
      else if (parent.kind !== 'vnet')
        fail(
          `${at}.parentId`,
          `${aKindInFile(node.kind)} must be inside a VNet, not inside ${aKindInFile(parent.kind)} ("${parent.id}")`,
        );
      else if (node.kind === 'gateway') {
        const other = gatewayOf.get(parent.id);
        if (other)
          fail(
            `${at}.parentId`,
            `VNet "${parent.id}" already has the ExpressRoute gateway "${other}"; Azure allows one per VNet`,
          );
        else gatewayOf.set(parent.id, node.id);
      }
    } else if (node.parentId !== undefined) {
      fail(`${at}.parentId`, `${aKindInFile(node.kind)} sits at the top level and cannot be inside another node`);
    }
    if (node.kind === 'gateway' && node.props.udrNextHopId !== undefined && node.props.udrNextHopId !== '') {
      const hop = nodes.get(node.props.udrNextHopId);
      if (!hop)
        fail(`${at}.props.udrNextHopId`, `refers to "${node.props.udrNextHopId}", which is not a node in this design`);
      else if (hop.kind !== 'nva')
        fail(
          `${at}.props.udrNextHopId`,
          `the next hop of a GatewaySubnet route must be an NVA or firewall, not ${aKindInFile(hop.kind)} ("${hop.id}")`,
        );
    }
  });

  const pairs = new Map<string, string>();
  design.edges.forEach((edge, i) => {
    const at = `edges[${i}]`;
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source) fail(`${at}.source`, `refers to "${edge.source}", which is not a node in this design`);
    if (!target) fail(`${at}.target`, `refers to "${edge.target}", which is not a node in this design`);
    if (!source || !target) return;
    const ends = EDGE_ENDS[edge.kind];
    if (!(ends.source as readonly NodeKind[]).includes(source.kind)) {
      fail(
        `${at}.source`,
        `a ${edge.kind} cannot start at ${aKindInFile(source.kind)} ("${source.id}"); expected ${ends.source.map((k) => aKindInFile(k)).join(' or ')}`,
      );
      return;
    }
    if (!(ends.target as readonly NodeKind[]).includes(target.kind)) {
      fail(
        `${at}.target`,
        `a ${edge.kind} cannot end at ${aKindInFile(target.kind)} ("${target.id}"); expected ${ends.target.map((k) => aKindInFile(k)).join(' or ')}`,
      );
      return;
    }
    if (edge.source === edge.target) {
      fail(at, `a ${edge.kind} needs two different ends; both are "${edge.source}"`);
      return;
    }
    const key = pairKey(edge);
    if (key) {
      const first = pairs.get(key);
      if (first) fail(at, `repeats ${first} (${describePair(edge)})`);
      else pairs.set(key, at);
    }
  });

  design.notes.forEach((note, i) => {
    if (note.nodeId !== undefined && !nodes.has(note.nodeId))
      fail(`notes[${i}].nodeId`, `refers to "${note.nodeId}", which is not a node in this design`);
    if (note.edgeId !== undefined && !design.edges.some((e) => e.id === note.edgeId))
      fail(`notes[${i}].edgeId`, `refers to "${note.edgeId}", which is not an edge in this design`);
  });
  return problems;
}

/** Structural edges that may exist once per pair; flows may repeat (e.g. IPv4 and IPv6). */
function pairKey(edge: DesignEdge): string | undefined {
  switch (edge.kind) {
    case 'vnetPeering':
      return `peering|${[edge.source, edge.target].sort().join('|')}`;
    case 'connection':
      return `connection|${edge.source}|${edge.target}`;
    case 'circuitLink':
      return `link|${edge.source}|${edge.target}|${edge.props.peering}`;
    default:
      return undefined;
  }
}

function describePair(edge: DesignEdge): string {
  switch (edge.kind) {
    case 'vnetPeering':
      return `VNets "${edge.source}" and "${edge.target}" can be peered only once`;
    case 'connection':
      return `gateway "${edge.source}" already has a connection to circuit "${edge.target}"`;
    default:
      return `site "${edge.source}" already has this peering on circuit "${edge.target}"`;
  }
}
