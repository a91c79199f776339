import type { Design, DesignDiff } from '../../engine/index.ts';
import { drawnBoxes } from '../drawing/where-drawn.ts';
import type { ChangeMarks, GhostPart } from '../store/ui-store.ts';

// The open design compared with an older version, as the canvas draws it: each node and edge new
// since that version or changed in it carries a mark, and the nodes it no longer has are drawn
// faintly where the older version had them.

export function changeMarksOf(diff: DesignDiff, older: Design, since: string): ChangeMarks {
  const marks = new Map<string, 'added' | 'changed'>();
  for (const change of [...diff.nodes, ...diff.edges]) {
    if (change.change === 'added') marks.set(change.id, 'added');
    else if (change.change === 'changed') marks.set(change.id, 'changed');
  }
  // A flow whose outcome changed is a change on the canvas though the flow itself was not edited.
  for (const flow of diff.flows) if (flow.change === 'changed' && !marks.has(flow.id)) marks.set(flow.id, 'changed');
  const removed = new Map(
    diff.nodes.flatMap((change) => (change.change === 'removed' ? [[change.id, change.name] as const] : [])),
  );
  const boxes = drawnBoxes(older.nodes);
  const ghosts: GhostPart[] = [...boxes.vnets, ...boxes.resources]
    .filter((box) => removed.has(box.id))
    .map((box) => ({ ...box, kind: box.kind as GhostPart['kind'], label: removed.get(box.id) ?? box.id }));
  return { since, marks, ghosts, diff };
}
