import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadDesign } from './load.ts';
import { formatProblem, LOAD_ERROR_CODES } from './errors.ts';
import type { Design } from '../model/types.ts';

// Review notes and decisions in the document: additive, optional, and forgiving of a review block
// that an older copy of the app left behind when it deleted a flow.

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/examples/${name}.json`, import.meta.url), 'utf8');

const AT = '2026-11-30T10:00:00.000Z';
const LATER = '2026-11-30T11:00:00.000Z';

/** A site, a VNet with a VM, a connection-less estate and two flows: enough to name flows and a non-flow. */
const base = (extra: Record<string, unknown> = {}) => ({
  format: 'fastpath-design',
  version: 1,
  nodes: [
    { id: 'site', kind: 'onPremises' },
    { id: 'v', kind: 'vnet' },
    { id: 'vm', kind: 'vm', parentId: 'v' },
    { id: 'c', kind: 'circuit' },
  ],
  edges: [
    { id: 'f1', kind: 'flow', source: 'site', target: 'vm' },
    { id: 'f2', kind: 'flow', source: 'vm', target: 'site' },
    { id: 'link', kind: 'circuitLink', source: 'site', target: 'c' },
  ],
  ...extra,
});
const decision = (flowId: string, extra: Record<string, unknown> = {}) => ({
  flowId,
  status: 'accepted',
  text: '',
  author: 'Ana',
  at: AT,
  ...extra,
});

function loaded(input: unknown): { design: Design; warnings: string[] } {
  const result = loadDesign(JSON.stringify(input));
  if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
  return { design: result.design, warnings: result.warnings.map(formatProblem) };
}
const errors = (input: unknown) => {
  const result = loadDesign(JSON.stringify(input));
  if (result.ok) throw new Error('expected the design to be refused');
  return result.errors.map(formatProblem).join('\n');
};

describe('review notes and decisions: schema', () => {
  it.each([
    [
      'a note with author and times',
      { notes: [{ id: 'n', text: 'hi', author: 'Ana', createdAt: AT, updatedAt: LATER }] },
    ],
    ['a note time with an offset', { notes: [{ id: 'n', text: 'hi', createdAt: '2026-11-30T12:00:00+02:00' }] }],
    ['an empty review', { review: {} }],
    ['an agenda alone', { review: { agenda: ['f2', 'f1'] } }],
    [
      'decisions of both kinds',
      { review: { decisions: [decision('f1'), decision('f2', { status: 'changesRequested' })] } },
    ],
    ['a decision without text or author', { review: { decisions: [{ flowId: 'f1', status: 'accepted', at: AT }] } }],
    ['unknown fields in the review', { review: { round: 2, decisions: [decision('f1', { signedOff: true })] } }],
  ])('accepts %s', (_name, extra) => {
    expect(loadDesign(JSON.stringify(base(extra))).ok).toBe(true);
  });

  it.each([
    [
      'a bad status',
      { review: { decisions: [decision('f1', { status: 'maybe' })] } },
      'review.decisions[0].status: expected one of "accepted", "changesRequested"; got "maybe"',
    ],
    [
      'a date without a time',
      { review: { decisions: [decision('f1', { at: '2026-11-30' })] } },
      'review.decisions[0].at: expected a date and time such as 2026-11-30T10:00:00Z, got "2026-11-30"',
    ],
    [
      'an impossible date',
      { review: { decisions: [decision('f1', { at: '2026-02-30T10:00:00Z' })] } },
      'review.decisions[0].at: expected a date and time',
    ],
    [
      'a decision without a time',
      { review: { decisions: [{ flowId: 'f1', status: 'accepted' }] } },
      'review.decisions[0].at: is required',
    ],
    [
      'a decision without a flow',
      { review: { decisions: [{ status: 'accepted', at: AT }] } },
      'review.decisions[0].flowId: is required',
    ],
    [
      'too long a decision',
      { review: { decisions: [decision('f1', { text: 'x'.repeat(2001) })] } },
      'review.decisions[0].text: allows at most 2000 characters',
    ],
    [
      'too long an author',
      { review: { decisions: [decision('f1', { author: 'x'.repeat(201) })] } },
      'review.decisions[0].author: allows at most 200 characters',
    ],
    ['an agenda that is not a list', { review: { agenda: 'f1' } }, 'review.agenda: expected array, got "f1"'],
    ['an empty id on the agenda', { review: { agenda: [''] } }, 'review.agenda[0]: needs at least 1 characters'],
    ['decisions that are not a list', { review: { decisions: {} } }, 'review.decisions: expected array, got an object'],
    ['a review that is not an object', { review: [] }, 'review: expected object, got a list'],
    [
      'a note with a bad time',
      { notes: [{ id: 'n', text: 'hi', createdAt: 'yesterday' }] },
      'notes[0].createdAt: expected a date and time such as 2026-11-30T10:00:00Z, got "yesterday"',
    ],
    [
      'a note without seconds',
      { notes: [{ id: 'n', text: 'hi', updatedAt: '2026-11-30T10:00Z' }] },
      'notes[0].updatedAt: expected a date and time',
    ],
    [
      'too long a note author',
      { notes: [{ id: 'n', text: 'hi', author: 'x'.repeat(201) }] },
      'notes[0].author: allows at most 200 characters',
    ],
  ])('refuses %s, naming the place', (_name, extra, message) => {
    expect(errors(base(extra))).toContain(message);
  });

  it('still refuses a note pinned to a node that is not there', () => {
    expect(errors(base({ notes: [{ id: 'n', text: 'hi', nodeId: 'ghost' }] }))).toContain(
      'notes[0].nodeId: refers to "ghost"',
    );
  });
});

describe('review notes and decisions: round trips', () => {
  it('writes a document with notes and a review back exactly as it was read', () => {
    const text = JSON.stringify(loaded(base()).design, null, 2);
    const canonical = JSON.parse(text) as Record<string, unknown>;
    const full = {
      ...canonical,
      notes: [
        { id: 'n1', text: 'Check the <b>firewall</b>', nodeId: 'vm', author: 'Ana', createdAt: AT, updatedAt: LATER },
        { id: 'n2', text: 'Free note', position: { x: 1, y: 2 }, createdAt: '2026-11-30T12:00:00+02:00' },
      ],
      review: {
        agenda: ['f2', 'f1'],
        decisions: [
          decision('f1', { text: 'Fine as drawn' }),
          decision('f2', { status: 'changesRequested', at: LATER }),
        ],
        round: 2,
      },
    };
    const written = JSON.stringify(full, null, 2);
    const result = loaded(full);
    expect(result.warnings).toEqual([]);
    expect(JSON.stringify(result.design, null, 2)).toBe(written);
  });

  it.each(['hub-spoke-lab', 'direct-private-link', 'provider-wrong-sku'])(
    'loads the %s example, written by an app without reviews, with no review key and byte for byte the same',
    (name) => {
      const first = loadDesign(fixture(name));
      if (!first.ok) throw new Error('refused');
      expect(first.warnings).toEqual([]);
      expect(first.design).not.toHaveProperty('review');
      const written = JSON.stringify(first.design, null, 2);
      expect(written).not.toContain('"review"');
      const again = loadDesign(written);
      expect(again.ok && JSON.stringify(again.design, null, 2)).toBe(written);
    },
  );

  it('keeps an empty review block as written rather than inventing or removing one', () => {
    expect(loaded(base({ review: {} })).design.review).toEqual({});
    expect(loaded(base({ review: { agenda: [], decisions: [] } })).design.review).toEqual({
      agenda: [],
      decisions: [],
    });
  });

  it('reads a decision without text as having empty text', () => {
    const { design } = loaded(base({ review: { decisions: [{ flowId: 'f1', status: 'accepted', at: AT }] } }));
    expect(design.review?.decisions?.[0]).toEqual({ flowId: 'f1', status: 'accepted', text: '', at: AT });
  });
});

describe('review entries that name no flow', () => {
  const cases: {
    name: string;
    review: Record<string, unknown>;
    expected: Record<string, unknown> | undefined;
    warnings: string[];
  }[] = [
    {
      name: 'a decision for a deleted flow',
      review: { decisions: [decision('gone'), decision('f1')] },
      expected: { decisions: [decision('f1')] },
      warnings: ['review.decisions[0].flowId: ignored: "gone" is not a flow in this design; its decision was dropped'],
    },
    {
      name: 'a decision for an edge that is not a flow',
      review: { decisions: [decision('link')] },
      expected: undefined,
      warnings: ['review.decisions[0].flowId: ignored: "link" is not a flow in this design; its decision was dropped'],
    },
    {
      name: 'a decision for a node',
      review: { decisions: [decision('vm')], round: 2 },
      expected: { round: 2 },
      warnings: ['review.decisions[0].flowId: ignored: "vm" is not a flow in this design; its decision was dropped'],
    },
    {
      name: 'agenda entries for missing flows',
      review: { agenda: ['f2', 'gone', 'link', 'f1'] },
      expected: { agenda: ['f2', 'f1'] },
      warnings: [
        'review.agenda[1]: ignored: "gone" is not a flow in this design',
        'review.agenda[2]: ignored: "link" is not a flow in this design',
      ],
    },
    {
      name: 'an agenda listing a flow twice',
      review: { agenda: ['f2', 'f1', 'f2'] },
      expected: { agenda: ['f2', 'f1'] },
      warnings: ['review.agenda[2]: ignored: flow "f2" is already on the agenda at review.agenda[0]'],
    },
    {
      name: 'two decisions for one flow, the later first',
      review: { decisions: [decision('f1', { at: LATER, text: 'later' }), decision('f1', { text: 'earlier' })] },
      expected: { decisions: [decision('f1', { at: LATER, text: 'later' })] },
      warnings: ['review.decisions[1]: ignored: flow "f1" has a later decision at review.decisions[0]'],
    },
    {
      name: 'two decisions for one flow at the same time',
      review: { decisions: [decision('f1', { text: 'first' }), decision('f2'), decision('f1', { text: 'last' })] },
      expected: { decisions: [decision('f2'), decision('f1', { text: 'last' })] },
      warnings: ['review.decisions[0]: ignored: flow "f1" has a later decision at review.decisions[2]'],
    },
    {
      name: 'decisions compared by instant, not by text',
      review: {
        decisions: [
          decision('f1', { at: '2026-11-30T11:30:00+02:00', text: '09:30 UTC' }),
          decision('f1', { at: '2026-11-30T10:00:00Z', text: '10:00 UTC' }),
        ],
      },
      expected: { decisions: [decision('f1', { at: '2026-11-30T10:00:00Z', text: '10:00 UTC' })] },
      warnings: ['review.decisions[0]: ignored: flow "f1" has a later decision at review.decisions[1]'],
    },
    {
      name: 'everything dangling',
      review: { agenda: ['gone'], decisions: [decision('gone')] },
      expected: undefined,
      warnings: [
        'review.agenda[0]: ignored: "gone" is not a flow in this design',
        'review.decisions[0].flowId: ignored: "gone" is not a flow in this design; its decision was dropped',
      ],
    },
  ];

  it.each(cases)('drops $name with a warning', ({ review, expected, warnings }) => {
    const result = loadDesign(JSON.stringify(base({ review })));
    if (!result.ok) throw new Error(result.errors.map(formatProblem).join('\n'));
    expect(result.design.review).toEqual(expected);
    if (expected === undefined) expect(result.design).not.toHaveProperty('review');
    expect(result.warnings.map(formatProblem)).toEqual(warnings);
    expect(result.warnings.every((w) => w.code === LOAD_ERROR_CODES.reviewEntryDropped)).toBe(true);
  });

  it('sums up a long list of dropped entries in one last warning', () => {
    const agenda = Array.from({ length: 100 }, (_, i) => `gone-${i}`);
    const { design, warnings } = loaded(base({ review: { agenda } }));
    expect(design).not.toHaveProperty('review');
    expect(warnings).toHaveLength(20);
    expect(warnings.at(-1)).toBe('review: ignored: 81 more entries that name a flow not in this design or repeat one');
  });

  it('lists warnings about prototype keys before those about the review', () => {
    const text = JSON.stringify(base({ review: { agenda: ['gone'] } })).replace('{', '{"__proto__":{"x":1},');
    const result = loadDesign(text);
    expect(result.ok && result.warnings.map((w) => w.path)).toEqual(['__proto__', 'review.agenda[0]']);
  });
});
