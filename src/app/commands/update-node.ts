import { NODE_PROPS, type DesignNode } from '../../engine/index.ts';
import { editKey, patchProps } from './validation.ts';
import { changed, defineCommand, refused, unchanged } from './types.ts';

export type NodePatch = {
  id: string;
  label?: string;
  /** Props to set; a prop set to `undefined` is removed (it falls back to its default). */
  props?: Readonly<Record<string, unknown>>;
};

const MAX_LABEL = 500;

/**
 * Edits a node's label and props, as the inspector does. The result is validated with the same
 * schema the loader uses, so nothing invalid is ever written into the design. Successive edits of
 * the same fields coalesce into one undo step (typing a name is one change, not one per key).
 */
export const updateNode = defineCommand<NodePatch>({
  id: 'update-node',
  label: 'Edit',
  run({ design }, patch) {
    const node = design.nodes.find((n) => n.id === patch.id);
    if (!node) return refused('That node is no longer in the design.');
    if (patch.label !== undefined && patch.label.length > MAX_LABEL)
      return refused(`A name can be at most ${MAX_LABEL} characters.`);

    let props = node.props as Record<string, unknown>;
    if (patch.props) {
      const patched = patchProps(props, patch.props, NODE_PROPS[node.kind]);
      if (!patched.ok) return refused(patched.reason);
      props = patched.props;
      if (node.kind === 'gateway' && typeof props.udrNextHopId === 'string') {
        const hop = design.nodes.find((n) => n.id === props.udrNextHopId);
        if (!hop || hop.kind !== 'nva')
          return refused('The next hop of a GatewaySubnet route must be an NVA or firewall in this design.');
      }
    }
    const label = patch.label ?? node.label;
    if (label === node.label && JSON.stringify(props) === JSON.stringify(node.props)) return unchanged;

    const next = { ...node, label, props } as DesignNode;
    return changed(
      { ...design, nodes: design.nodes.map((n) => (n.id === node.id ? next : n)) },
      undefined,
      editKey('node', node.id, patch),
    );
  },
});
