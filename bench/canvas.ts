// npm run bench (second part): what a drag costs on the canvas side. React Flow redraws only the
// node objects that change identity, so besides time this counts how many node objects a drag
// frame and a drop re-create (it should be the dragged node, and on a drop its VNet).
import { evaluate, loadDesign, type Design } from '../src/engine/index.ts';
import { EMPTY_VIEW, toCanvasEdges, toCanvasNodes, type CanvasView } from '../src/app/canvas/adapters.ts';
import { moveNodes } from '../src/app/commands/move-nodes.ts';
import { EMPTY_SELECTION } from '../src/app/commands/types.ts';
import { hubAndSpokes, median } from './fixtures.ts';

const sizes = [
  { label: '500 nodes / 300 flows', doc: hubAndSpokes(50, 9, 300) },
  { label: '1,000 nodes / 300 flows', doc: hubAndSpokes(100, 9, 300) },
];

/** The bench design with positions, as it is on the canvas once laid out. */
function placed(doc: Record<string, unknown>): Record<string, unknown> {
  const rows = new Map<string, number>();
  let column = 0;
  const nodes = (doc.nodes as Record<string, unknown>[]).map((node) => {
    const parentId = node.parentId as string | undefined;
    if (parentId === undefined)
      return { ...node, position: { x: (column % 10) * 320, y: Math.floor(column++ / 10) * 1000 } };
    const row = rows.get(parentId) ?? 0;
    rows.set(parentId, row + 1);
    return { ...node, position: { x: 30, y: 60 + row * 90 } };
  });
  return { ...doc, nodes };
}

function changedObjects<T>(before: readonly T[], after: readonly T[]): number {
  const old = new Set(before);
  return after.filter((item) => !old.has(item)).length;
}

console.log(
  '\ncanvas                      baseline ms   first draw ms (×)   drag frame ms (×) new   drop ms (×) new   select edge ms (×)',
);
for (const { label, doc } of sizes) {
  const text = JSON.stringify(doc);
  const loaded = loadDesign(placed(doc));
  if (!loaded.ok) throw new Error('bench design refused');
  const design: Design = loaded.design;
  const result = evaluate(design);
  const runs = 25;
  const baseline = median(() => JSON.stringify(JSON.parse(text)), runs);

  const first = median(() => {
    toCanvasNodes(design);
    toCanvasEdges(design, result);
  }, runs);

  // One VM being dragged: a frame derives nodes and edges from the last ones drawn.
  const drawnNodes = toCanvasNodes(design);
  const drawnEdges = toCanvasEdges(design, result);
  const dragged = 's3v2';
  const frameView: CanvasView = { ...EMPTY_VIEW, dragging: new Map([[dragged, { x: 90, y: 400 }]]) };
  let frameNodes = drawnNodes;
  // Edges are not re-derived during a drag (the canvas keys them on the selection only).
  const frame = median(() => {
    frameNodes = toCanvasNodes(design, frameView, drawnNodes);
  }, runs);
  const reselect = median(
    () => toCanvasEdges(design, result, { ...EMPTY_VIEW, selectedEdges: new Set(['f1']) }, drawnEdges),
    runs,
  );

  // The drop: the move command, then the canvas derived from the new document.
  const moved = moveNodes.run(
    { design, selection: EMPTY_SELECTION },
    { moves: [{ id: dragged, parentId: 's4', position: { x: 40, y: 80 } }] },
  );
  if (moved.status !== 'changed') throw new Error('bench move refused');
  let dropNodes = drawnNodes;
  const drop = median(() => {
    const outcome = moveNodes.run(
      { design, selection: EMPTY_SELECTION },
      { moves: [{ id: dragged, parentId: 's4', position: { x: 40, y: 80 } }] },
    );
    if (outcome.status === 'changed') dropNodes = toCanvasNodes(outcome.design, EMPTY_VIEW, drawnNodes);
  }, runs);

  const ratio = (x: number) => `${(x / baseline).toFixed(1)}×`;
  console.log(
    `${label.padEnd(28)}${baseline.toFixed(2).padStart(10)}   ${first.toFixed(2).padStart(8)} (${ratio(first).padStart(6)})   ${frame.toFixed(2).padStart(7)} (${ratio(frame).padStart(6)}) ${String(changedObjects(drawnNodes, frameNodes)).padStart(3)}   ${drop.toFixed(2).padStart(6)} (${ratio(drop).padStart(6)}) ${String(changedObjects(drawnNodes, dropNodes)).padStart(3)}   ${reselect.toFixed(2).padStart(6)} (${ratio(reselect).padStart(6)})`,
  );
}
