import type { Design } from '../../engine/index.ts';
import { moveNodes } from '../commands/move-nodes.ts';
import { runCommand } from '../commands/editor.ts';
import type { Selection } from '../commands/types.ts';
import { defineActions, type EditorAction } from './action-types.ts';
import { nearestNode, NUDGE, nudgeMoves, type Direction } from './keyboard-moves.ts';

// The arrow keys on the canvas: move the selected nodes (Shift: a larger step), or with Ctrl/⌘
// select the nearest node that way.

const DIRECTIONS = [
  ['left', 'ArrowLeft'],
  ['right', 'ArrowRight'],
  ['up', 'ArrowUp'],
  ['down', 'ArrowDown'],
] as const satisfies readonly (readonly [Direction, string])[];

function nudge(design: Design | null, selection: Selection, direction: Direction, step: number): void {
  if (!design) return;
  const moves = nudgeMoves(design, selection, direction, step);
  if (moves.length > 0) runCommand(moveNodes, { moves });
}

export const ARROW_ACTIONS = defineActions([
  ...DIRECTIONS.flatMap(
    ([direction, key]): EditorAction<`nudge:${Direction}` | `nudgeFar:${Direction}` | `select:${Direction}`>[] => [
      {
        id: `nudge:${direction}`,
        keys: [key],
        label: `Move the selection ${direction} (Shift: further)`,
        group: 'Edit',
        edits: true,
        onCanvas: true,
        perform: ({ ui, doc: { design } }) => nudge(design, ui.selection, direction, NUDGE.small),
        enabled: ({ ui }) => ui.selection.nodeIds.length > 0,
      },
      {
        id: `nudgeFar:${direction}`,
        keys: [`Shift+${key}`],
        label: `Move the selection ${direction}, a larger step`,
        group: 'Edit',
        edits: true,
        onCanvas: true,
        perform: ({ ui, doc: { design } }) => nudge(design, ui.selection, direction, NUDGE.large),
        enabled: ({ ui }) => ui.selection.nodeIds.length > 0,
      },
      {
        id: `select:${direction}`,
        keys: [`Mod+${key}`],
        label: `Select the nearest node ${direction}`,
        group: 'Edit',
        onCanvas: true,
        perform: ({ ui, doc: { design } }) => {
          if (!design) return;
          const next = nearestNode(design, ui.selection.nodeIds[0], direction);
          if (next) ui.setSelection({ nodeIds: [next], edgeIds: [] });
        },
      },
    ],
  ),
]);
