import { canPlace, type DesignNode, type NodeKind, type Position } from '../../engine/index.ts';
import { RESOURCE_SIZE, VNET_MIN_SIZE } from '../drawing/sizes.ts';
import { clampIntoVnet, freeShift, siblingBoxes } from './placement.ts';
import { defaultLabel, defaultNodeProps, freshId, takenIds } from './document-ops.ts';
import { changed, defineCommand, refused } from './types.ts';

export type AddNodeArgs = {
  kind: NodeKind;
  /** The VNet it goes into; absent for the top level. */
  parentId?: string;
  /** Relative to the VNet when `parentId` is given, as in the document. */
  position: Position;
};

/** Adds a node with the kind's defaults and selects it; refused where Azure would not allow it. */
export const addNode = defineCommand<AddNodeArgs>({
  id: 'add-node',
  label: 'Add',
  run({ design }, { kind, parentId, position }) {
    const parent = parentId === undefined ? undefined : design.nodes.find((n) => n.id === parentId);
    if (parentId !== undefined && !parent) return refused('That VNet is no longer in the design.');
    const allowed = canPlace(design, kind, parent);
    if (!allowed.ok) return refused(allowed.reason);

    const id = freshId(takenIds(design), kind);
    const wanted = parent ? clampIntoVnet(position) : roundPosition(position);
    // Never on top of what is there: a VM dropped on the gateway's spot goes beside it.
    const size = kind === 'vnet' ? VNET_MIN_SIZE : RESOURCE_SIZE;
    const shift = freeShift([{ ...wanted, ...size }], siblingBoxes(design, parent?.id, NONE));
    const node = {
      id,
      kind,
      label: defaultLabel(design, kind),
      position: { x: wanted.x + shift.x, y: wanted.y + shift.y },
      ...(parent ? { parentId: parent.id } : {}),
      props: defaultNodeProps(kind),
    } as DesignNode;
    return changed({ ...design, nodes: [...design.nodes, node] }, { nodeIds: [id], edgeIds: [] });
  },
});

const NONE: ReadonlySet<string> = new Set();

export function roundPosition(position: Position): Position {
  return { x: Math.round(position.x), y: Math.round(position.y) };
}
