// npm run bench: how long loading and evaluating take as designs grow. Figures are medians of
// repeated runs; each is also given as a ratio to a baseline measured in the same run
// (JSON.parse + JSON.stringify of the same document), so results compare across machines.
import { evaluate, loadDesign, type Design } from '../src/engine/index.ts';
import { diffDesigns, LiveEvaluation } from '../src/engine/index.ts';
import { importEstate } from '../src/estate/index.ts';
import { ESTATE_CONNECTION, ESTATE_SIZES, estateExport, hubAndSpokes, largeEstate, median } from './fixtures.ts';

const sizes = [
  { label: '100 nodes / 50 flows', doc: hubAndSpokes(10, 9, 50) },
  { label: '500 nodes / 300 flows', doc: hubAndSpokes(50, 9, 300) },
  { label: '1,000 nodes / 300 flows', doc: hubAndSpokes(100, 9, 300) },
  { label: '2,000 nodes / 1,000 flows', doc: hubAndSpokes(200, 9, 1000) },
];

console.log('size                        baseline ms   load ms (×)        evaluate ms (×)');
for (const { label, doc } of sizes) {
  const text = JSON.stringify(doc);
  const loaded = loadDesign(text);
  if (!loaded.ok) throw new Error(`bench design refused: ${loaded.errors[0]?.message}`);
  const runs = 15;
  const baseline = median(() => JSON.stringify(JSON.parse(text)), runs);
  const load = median(() => loadDesign(text), runs);
  const evaluation = median(() => evaluate(loaded.design), runs);
  const ratio = (x: number) => `${(x / baseline).toFixed(1)}×`;
  console.log(
    `${label.padEnd(28)}${baseline.toFixed(2).padStart(10)}   ${load.toFixed(2).padStart(8)} (${ratio(load).padStart(6)})   ${evaluation.toFixed(2).padStart(8)} (${ratio(evaluation).padStart(6)})`,
  );
}

// The estates of the drag bench, against the baseline issue 14 sets: JSON.parse and
// structuredClone of the same text (what a worker must do with a design at the least), after three
// untimed pairs: the worker evaluates one design again and again.
console.log('\nestate                      parse+clone ms   evaluate ms (×)    goal ≤ 3×');
for (const size of ['1k', '5k'] as const) {
  const text = JSON.stringify(largeEstate(ESTATE_SIZES[size]));
  const loaded = loadDesign(text);
  if (!loaded.ok) throw new Error(`bench estate refused: ${loaded.errors[0]?.message}`);
  // In pairs, one right after the other, so a machine busy with something else for a moment
  // slows both sides of a pair: the ratio is the median of the pairs' ratios.
  const pairs: { baseline: number; evaluation: number }[] = [];
  for (let i = 0; i < 3 + 11; i++) {
    const baseline = median(() => structuredClone(JSON.parse(text)), 1);
    const evaluation = median(() => evaluate(loaded.design), 1);
    if (i >= 3) pairs.push({ baseline, evaluation });
  }
  const middle = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1] as number;
  const baseline = middle(pairs.map((p) => p.baseline));
  const evaluation = middle(pairs.map((p) => p.evaluation));
  const ratio = middle(pairs.map((p) => p.evaluation / p.baseline));
  console.log(
    `${`${size} (${loaded.design.nodes.length.toLocaleString('en')} nodes)`.padEnd(28)}${baseline.toFixed(1).padStart(14)}   ${evaluation.toFixed(1).padStart(11)} (${`${ratio.toFixed(1)}×`.padStart(5)})   ${ratio <= 3 ? 'met' : 'NOT MET'}`,
  );
}

// An edit to a big design, the way the worker takes it (issue 14): a patch, and only the flows it
// can change evaluated again. Against a full evaluation of the edited design, in the same run.
console.log(
  '\nedit (kept evaluation)      full ms   first ms   FastPath toggled ms (flows redone)   node moved ms   goal ≤ 100 ms at 1k',
);
for (const size of ['1k', '5k'] as const) {
  const loaded = loadDesign(JSON.stringify(largeEstate(ESTATE_SIZES[size])));
  if (!loaded.ok) throw new Error(`bench estate refused: ${loaded.errors[0]?.message}`);
  const design = loaded.design;
  const toggled = (on: boolean): Design => ({
    ...design,
    edges: design.edges.map((e) =>
      e.id === ESTATE_CONNECTION && e.kind === 'connection' ? { ...e, props: { ...e.props, fastPath: on } } : e,
    ),
  });
  const moved: Design = {
    ...design,
    nodes: design.nodes.map((n, i) => (i === 0 ? { ...n, position: { x: 1, y: 1 } } : n)),
  };
  const runs = 7;
  const full = median(() => evaluate(toggled(false)), runs);
  const first = median(() => new LiveEvaluation(design), 3);
  const live = new LiveEvaluation(design);
  let flows = 0;
  let on = true;
  const toggle = median(() => {
    const before = toggled(on);
    on = !on;
    flows = live.update(diffDesigns(before, toggled(on))).evaluated.length;
  }, runs);
  const live2 = new LiveEvaluation(design);
  const move = median(() => live2.update(diffDesigns(design, moved)), runs);
  console.log(
    `${size.padEnd(28)}${full.toFixed(1).padStart(7)}${first.toFixed(1).padStart(11)}${`${toggle.toFixed(1)} (${flows})`.padStart(22)}${move.toFixed(1).padStart(22)}   ${size === '1k' ? (toggle <= 100 ? 'met' : 'NOT MET') : ''}`,
  );
}

// Issue 16: converting a deployed estate's export (Resource Graph, 500 VNets), against reading its
// text (JSON.parse) in the same run; the worker does both before the import dialog opens.
console.log('\nestate export                 parse ms   convert ms (×)    rows');
for (const vnets of [100, 500]) {
  const text = JSON.stringify(estateExport(vnets, 7));
  const parsed = JSON.parse(text) as unknown;
  const result = importEstate(parsed, 'bench');
  if (!result.ok) throw new Error(`bench estate export refused: ${result.message}`);
  const runs = 9;
  const parse = median(() => JSON.parse(text), runs, 2);
  const convert = median(() => importEstate(JSON.parse(text), 'bench'), runs, 2) - parse;
  const rows = (parsed as { data: unknown[] }).data.length;
  console.log(
    `${`${vnets} VNets`.padEnd(28)}${parse.toFixed(1).padStart(9)}   ${convert.toFixed(1).padStart(10)} (${`${(convert / parse).toFixed(1)}×`.padStart(5)})   ${rows.toLocaleString('en').padStart(5)}`,
  );
}
