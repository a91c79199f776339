import { describe, expect, it } from 'vitest';
import { loadDesign, type Decision, type Design, type Note } from '../../engine/index.ts';
import { progressLine, reviewRows, utcTime, type FlowReviewRow, type NoteRow } from './review-rows.ts';

const AT = '2026-11-30T10:15:00.000Z';

function design(extra: { decisions?: Decision[]; notes?: Note[] } = {}): Design {
  const loaded = loadDesign({
    format: 'fastpath-design',
    version: 1,
    nodes: [
      { id: 'site', kind: 'onPremises', label: 'HQ' },
      { id: 'v', kind: 'vnet', label: 'Hub' },
      { id: 'vm', kind: 'vm', parentId: 'v', label: 'Hub VM' },
      { id: 'c', kind: 'circuit' },
    ],
    edges: [
      { id: 'f1', kind: 'flow', source: 'site', target: 'vm', label: 'Backup' },
      { id: 'link', kind: 'circuitLink', source: 'site', target: 'c' },
      { id: 'f2', kind: 'flow', source: 'vm', target: 'site' },
      { id: 'f3', kind: 'flow', source: 'site', target: 'vm' },
    ],
    notes: extra.notes ?? [],
    ...(extra.decisions ? { review: { decisions: extra.decisions } } : {}),
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return loaded.design;
}

describe('reviewRows: flows', () => {
  it('lists every flow in flow number order, with its decision, who and when', () => {
    const rows = reviewRows(
      design({
        decisions: [
          { flowId: 'f3', status: 'changesRequested', text: 'Needs\nUltra', author: 'Ben', at: AT },
          { flowId: 'f1', status: 'accepted', text: '', at: '2026-11-30T12:05:09+02:00' },
        ],
      }),
    );
    expect(rows.flows).toEqual<FlowReviewRow[]>([
      {
        flowId: 'f1',
        title: '#1 Backup (HQ → Hub VM)',
        status: 'accepted',
        text: '',
        author: '',
        when: '2026-11-30 10:05 UTC',
      },
      { flowId: 'f2', title: '#2 Hub VM → HQ', status: 'notReviewed', text: '', author: '', when: '' },
      {
        flowId: 'f3',
        title: '#3 HQ → Hub VM',
        status: 'changesRequested',
        text: 'Needs\nUltra',
        author: 'Ben',
        when: '2026-11-30 10:15 UTC',
      },
    ]);
    expect(rows.progress).toEqual({ reviewed: 2, total: 3, accepted: 1, changesRequested: 1 });
  });
});

describe('reviewRows: notes', () => {
  it.each<[string, Note, Omit<NoteRow, 'noteId' | 'text'>]>([
    ['on the design, with no author or time', { id: 'n', text: 't' }, { about: 'the design', author: '', when: '' }],
    [
      'on a node, by its label',
      { id: 'n', text: 't', nodeId: 'vm', author: 'Ana', createdAt: AT },
      { about: 'Hub VM', author: 'Ana', when: '2026-11-30 10:15 UTC' },
    ],
    ['on a node without a label, by its id', { id: 'n', text: 't', nodeId: 'c' }, { about: 'c', author: '', when: '' }],
    [
      'on a named flow, by its number and name; the later time wins',
      { id: 'n', text: 't', edgeId: 'f1', createdAt: AT, updatedAt: '2026-12-01T08:00:00Z' },
      { about: '#1 Backup', author: '', when: '2026-12-01 08:00 UTC' },
    ],
    [
      'on an unnamed flow, by its number and route',
      { id: 'n', text: 't', edgeId: 'f2' },
      { about: '#2 Hub VM → HQ', author: '', when: '' },
    ],
    [
      'on another edge, by its kind and ends',
      { id: 'n', text: 't', edgeId: 'link' },
      { about: 'Circuit link: HQ → c', author: '', when: '' },
    ],
  ])('%s', (_name, note, expected) => {
    expect(reviewRows(design({ notes: [note] })).notes).toEqual([{ noteId: 'n', text: 't', ...expected }]);
  });

  it('keeps every note, in the design’s order; one whose node or edge has gone is about the design', () => {
    const held = {
      ...design({ notes: [{ id: 'a', text: 'first', nodeId: 'vm' }] }),
      notes: [
        { id: 'a', text: 'first', nodeId: 'vm' },
        { id: 'b', text: 'second', edgeId: 'gone' },
        { id: 'c', text: 'third', nodeId: 'gone too' },
      ],
    };
    expect(reviewRows(held).notes.map((row) => [row.noteId, row.about])).toEqual([
      ['a', 'Hub VM'],
      ['b', 'the design'],
      ['c', 'the design'],
    ]);
  });
});

describe('progressLine', () => {
  it.each([
    [{ reviewed: 0, total: 3, accepted: 0, changesRequested: 0 }, 'No flow has been reviewed yet.'],
    [
      { reviewed: 1, total: 1, accepted: 1, changesRequested: 0 },
      '1 of 1 flow reviewed · 1 accepted · 0 with a change requested',
    ],
    [
      { reviewed: 5, total: 12, accepted: 3, changesRequested: 2 },
      '5 of 12 flows reviewed · 3 accepted · 2 with a change requested',
    ],
  ])('%j → %s', (progress, line) => {
    expect(progressLine(progress)).toBe(line);
  });
});

describe('utcTime', () => {
  it.each([
    ['2026-11-30T10:15:00Z', '2026-11-30 10:15 UTC'],
    ['2026-11-30T10:15:59.999Z', '2026-11-30 10:15 UTC'],
    ['2026-12-01T01:30:00+02:00', '2026-11-30 23:30 UTC'],
    ['2026-11-30T23:30:00-05:00', '2026-12-01 04:30 UTC'],
    ['0099-01-02T03:04:05Z', '0099-01-02 03:04 UTC'],
    ['', ''],
    ['yesterday', 'yesterday'],
  ])('%s → %s', (iso, shown) => {
    expect(utcTime(iso)).toBe(shown);
  });
});
