import { EDGE_PROPS, type DesignEdge } from '../../engine/index.ts';
import { editKey, patchProps } from './validation.ts';
import { changed, defineCommand, refused, unchanged } from './types.ts';

export type EdgePatch = {
  id: string;
  label?: string;
  /** Props to set; a prop set to `undefined` is removed (a flow's expectation, for instance). */
  props?: Readonly<Record<string, unknown>>;
};

/** Edits an edge's label and props (FastPath on a connection, a flow's expectation…). */
export const updateEdge = defineCommand<EdgePatch>({
  id: 'update-edge',
  label: 'Edit',
  run({ design }, patch) {
    const edge = design.edges.find((e) => e.id === patch.id);
    if (!edge) return refused('That edge is no longer in the design.');
    if (patch.label !== undefined && patch.label.length > 500) return refused('A name can be at most 500 characters.');

    let props = edge.props as Record<string, unknown>;
    if (patch.props) {
      const patched = patchProps(props, patch.props, EDGE_PROPS[edge.kind]);
      if (!patched.ok) return refused(patched.reason);
      props = patched.props;
    }
    const label = patch.label === undefined ? edge.label : patch.label || undefined;
    if (label === edge.label && JSON.stringify(props) === JSON.stringify(edge.props)) return unchanged;

    const { label: _old, ...rest } = edge;
    const next = { ...rest, ...(label ? { label } : {}), props } as DesignEdge;
    return changed(
      { ...design, edges: design.edges.map((e) => (e.id === edge.id ? next : e)) },
      undefined,
      editKey('edge', edge.id, patch),
    );
  },
});
