import { DesignDraft } from '../../engine/testing/design-builder.ts';
import type { Design } from '../../engine/index.ts';
import { EMPTY_SELECTION, type EditorState, type Selection } from '../commands/types.ts';

// A small estate shared by the app's tests: a site on a circuit, a hub with a gateway, a VM and
// an NVA, a spoke with a VM, peered, and a flow.
export function estate(): Design {
  return new DesignDraft()
    .node('site', 'onPremises', { prefixes: ['10.1.0.0/16'] })
    .node('er', 'circuit')
    .node('hub', 'vnet', { addressSpace: ['10.0.0.0/16'] })
    .node('spoke', 'vnet')
    .node('empty', 'vnet')
    .node('gw', 'gateway', { udrNextHopId: 'fw' }, 'hub')
    .node('vm', 'vm', { ip: '10.0.1.4' }, 'hub')
    .node('fw', 'nva', {}, 'hub')
    .node('vm2', 'vm', {}, 'spoke')
    .edge('link', 'circuitLink', 'site', 'er')
    .edge('conn', 'connection', 'gw', 'er')
    .edge('peer', 'vnetPeering', 'hub', 'spoke')
    .flow('f1', 'site', 'vm2')
    .build();
}

export function state(design: Design = estate(), selection: Selection = EMPTY_SELECTION): EditorState {
  return { design, selection };
}

export function select(nodeIds: string[], edgeIds: string[] = []): Selection {
  return { nodeIds, edgeIds };
}

export function nodeOf(design: Design, id: string) {
  const node = design.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id}`);
  return node;
}
