import { removeItems, withChildren } from './document-ops.ts';
import { changed, defineCommand, EMPTY_SELECTION, unchanged } from './types.ts';

/** Deletes the selection; a VNet goes with everything inside it, a node with its edges. */
export const deleteSelection = defineCommand({
  id: 'delete-selection',
  label: 'Delete',
  run({ design, selection }) {
    if (selection.nodeIds.length === 0 && selection.edgeIds.length === 0) return unchanged;
    const nodeIds = withChildren(design, selection.nodeIds);
    const next = removeItems(design, nodeIds, new Set(selection.edgeIds));
    if (next.nodes.length === design.nodes.length && next.edges.length === design.edges.length) return unchanged;
    return changed(next, EMPTY_SELECTION);
  },
});
