import { loadDesign, type Design } from '../../../engine/index.ts';

// Test support: design text written to break exports: Mermaid directives and statements, HTML and
// Markdown that would run or fetch something, XML that would end a section or declare entities,
// terminal control sequences, lone surrogates, noncharacters and direction overrides.

export const HOSTILE_TEXTS = [
  '%%{init: {"theme":"dark"}}%%',
  '%% a comment',
  'x"]\nclick a.b call alert(1)\n',
  'a --> b; click a_b href "javascript:alert(1)"',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '![](https://evil.example/x.png)',
  '<https://evil.example>',
  'see https://evil.example/a and www.evil.example and me@evil.example',
  'cell | break',
  'two\nlines\r\nthree\u2028four',
  'ctrl \u0001\u001b[2J\u001b[H\rSummary: 0 errors\u0007\b\u009b31m',
  'lone \uD800 high, \uDC00 low, pair \uD83D\uDE00',
  ']]> <!ENTITY x SYSTEM "file:///etc/passwd"> &x; &amp; #quot; #35;',
  'nonchars \uFFFE\uFFFF',
  '# heading',
  '- item',
  '1. first',
  '> quote',
  '`code` **bold** _em_ ~~gone~~ $x$ @team \\',
  'bidi \u202Eevil\u202C',
] as const;

// Every hostile text, in two labels: the schema allows 500 characters in one.
const FIRST_HALF = HOSTILE_TEXTS.slice(0, 11).join(' ');
const SECOND_HALF = HOSTILE_TEXTS.slice(11).join(' ');

const label = (i: number) => HOSTILE_TEXTS[i % HOSTILE_TEXTS.length] as string;

// Review text is written across lines and into table cells, so it gets what would end a cell or a
// list item, or open a block on its next line, besides every hostile text.
const REVIEW_BREAKERS = [
  '</td></tr><tr><td><script>alert(1)</script>',
  '| a | b |\n|---|---|',
  '```\nfenced\n```',
  '    indented code',
  '\n\n---\n===\n* item\n+ item\n2) second\n<div onclick=alert(1)>',
  '[ref]: javascript:alert(1)',
].join('\n');

/** A decision's text (at most 2,000 characters) and an author (at most 200). */
export const HOSTILE_DECISION_TEXT = `${HOSTILE_TEXTS.join('\n')}\n${REVIEW_BREAKERS}`;
export const HOSTILE_AUTHOR = '</td><script>alert(1)</script> | `x` [x](javascript:alert(1))\n# @team\u202E';

const AT = '2026-11-30T10:15:00.000Z';

// Notes on a node, a flow, another edge and the design itself, so each way of naming a pin is hostile.
const PINS: { nodeId?: string; edgeId?: string }[] = [
  { nodeId: 'a.b' },
  { edgeId: 'f2\u001b[2J' },
  { edgeId: 'conn' },
  {},
];
const pin = (i: number) => PINS[i % PINS.length];

/** A valid design whose ids look alike once rewritten, and whose every text is hostile. */
export function hostileDesign(): Design {
  const loaded = loadDesign({
    format: 'fastpath-design',
    version: 1,
    title: FIRST_HALF,
    nodes: [
      { id: 'a.b', kind: 'onPremises', label: label(0) },
      { id: 'a_b', kind: 'circuit', label: label(1), props: { circuitType: 'direct' } },
      { id: 'a-b', kind: 'vnet', label: label(2), props: { region: 'westeurope' } },
      { id: 'a b', kind: 'gateway', label: SECOND_HALF, parentId: 'a-b', props: { sku: 'ErGw3AZ' } },
      { id: '%%{init: {"theme":"dark"}}%%', kind: 'vm', label: label(12), parentId: 'a-b', props: { ip: '10.0.0.4' } },
      { id: 'x"]\nclick a.b call alert(1)', kind: 'vm', label: label(13), parentId: 'a-b', props: { ip: '10.0.0.5' } },
      { id: 'lone\uD800', kind: 'vm', label: '', parentId: 'a-b', props: { ip: '10.0.0.6' } },
    ],
    edges: [
      { id: 'link', kind: 'circuitLink', source: 'a.b', target: 'a_b', label: label(5) },
      { id: 'conn', kind: 'connection', source: 'a b', target: 'a_b', label: label(14), props: { fastPath: true } },
      { id: 'f1', kind: 'flow', source: 'a.b', target: '%%{init: {"theme":"dark"}}%%', props: { expect: 'fastpath' } },
      { id: 'f2\u001b[2J', kind: 'flow', source: 'a.b', target: 'x"]\nclick a.b call alert(1)' },
      { id: 'f3', kind: 'flow', source: 'a.b', target: 'lone\uD800' },
    ],
    notes: [
      ...HOSTILE_TEXTS.map((text, i) => ({
        id: `note${i}`,
        text,
        ...pin(i),
        author: label(i + 3),
        createdAt: AT,
        ...(i % 2 ? { updatedAt: '2026-12-01T01:30:00+02:00' } : {}),
      })),
      { id: 'note-review', text: HOSTILE_DECISION_TEXT, edgeId: 'f1', author: HOSTILE_AUTHOR, createdAt: AT },
    ],
    review: {
      agenda: ['f2\u001b[2J', 'f1'],
      decisions: [
        { flowId: 'f1', status: 'accepted', text: HOSTILE_DECISION_TEXT, author: HOSTILE_AUTHOR, at: AT },
        { flowId: 'f2\u001b[2J', status: 'changesRequested', text: REVIEW_BREAKERS, author: label(6), at: AT },
      ],
    },
  });
  if (!loaded.ok) throw new Error(`the hostile design does not load: ${JSON.stringify(loaded.errors)}`);
  return loaded.design;
}

/** The same design with every text plain, to compare the shape of an export against. */
export function plainDesign(): Design {
  const design = hostileDesign();
  return {
    ...design,
    title: 'Plain',
    nodes: design.nodes.map((node) => ({ ...node, label: node.label ? 'Plain' : '' })),
    edges: design.edges.map((edge) => (edge.label === undefined ? edge : { ...edge, label: 'Plain' })),
    notes: design.notes.map((note) => ({
      ...note,
      text: 'Plain',
      ...(note.author === undefined ? {} : { author: 'Plain' }),
    })),
    review: {
      ...design.review,
      decisions: (design.review?.decisions ?? []).map((decision) => ({
        ...decision,
        text: 'Plain',
        ...(decision.author === undefined ? {} : { author: 'Plain' }),
      })),
    },
  };
}
