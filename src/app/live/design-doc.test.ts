import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadDesign, type Design } from '../../engine/index.ts';
import { estate } from '../testing/fixtures.ts';
import { readDesign, writeChanges } from './design-doc.ts';

// A design in a Yjs document: read back as written, and edits from two people merged the same way
// in both of their documents, whatever order the updates arrive in.

const ME = { origin: 'test' };

function loaded(doc: Y.Doc): Design {
  const result = loadDesign(readDesign(doc));
  if (!result.ok) throw new Error('the document does not load');
  return result.design;
}

/** Two documents that exchange every update, as two clients of one room do. */
function pair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'b' && Y.applyUpdate(b, update, 'a'));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'a' && Y.applyUpdate(a, update, 'b'));
  return [a, b];
}

const renamed = (design: Design, id: string, label: string): Design => ({
  ...design,
  nodes: design.nodes.map((node) => (node.id === id ? { ...node, label } : node)),
});

describe('a design in a Yjs document', () => {
  it('reads back as the design written, order and all', () => {
    const doc = new Y.Doc();
    const design = estate();
    writeChanges(doc, null, design, ME);
    expect(loaded(doc)).toEqual(design);
  });

  it('writes only what changed, and a removal removes', () => {
    const doc = new Y.Doc();
    const design = estate();
    writeChanges(doc, null, design, ME);
    const [first, ...rest] = design.nodes;
    const edited: Design = { ...design, title: 'Edited', nodes: rest.map((n) => n) };
    let changes = 0;
    doc.getMap('nodes').observe((event) => (changes += event.changes.keys.size));
    writeChanges(doc, design, edited, ME);
    expect(changes).toBe(1); // the removed node, nothing else
    expect(doc.getMap('nodes').has(first?.id ?? '')).toBe(false);
    expect(readDesign(doc).title).toBe('Edited');
  });

  it('keeps concurrent edits of two different nodes, in both documents', () => {
    const [a, b] = pair();
    const design = estate();
    writeChanges(a, null, design, ME);
    const [one, two] = design.nodes;
    // Offline from each other, then the updates cross.
    const offlineA = new Y.Doc();
    const offlineB = new Y.Doc();
    Y.applyUpdate(offlineA, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(offlineB, Y.encodeStateAsUpdate(b));
    writeChanges(offlineA, design, renamed(design, one?.id ?? '', 'From A'), ME);
    writeChanges(offlineB, design, renamed(design, two?.id ?? '', 'From B'), ME);
    Y.applyUpdate(offlineA, Y.encodeStateAsUpdate(offlineB));
    Y.applyUpdate(offlineB, Y.encodeStateAsUpdate(offlineA));
    for (const doc of [offlineA, offlineB]) {
      const merged = loaded(doc);
      expect(merged.nodes.find((n) => n.id === one?.id)?.label).toBe('From A');
      expect(merged.nodes.find((n) => n.id === two?.id)?.label).toBe('From B');
    }
    expect(loaded(offlineA)).toEqual(loaded(offlineB));
  });

  it('converges two edits of the same node to one value, the same everywhere', () => {
    const design = estate();
    const a = new Y.Doc();
    writeChanges(a, null, design, ME);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const id = design.nodes[0]?.id ?? '';
    writeChanges(a, design, renamed(design, id, 'A says'), ME);
    writeChanges(b, design, renamed(design, id, 'B says'), ME);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const label = loaded(a).nodes.find((n) => n.id === id)?.label;
    expect(['A says', 'B says']).toContain(label);
    expect(loaded(b)).toEqual(loaded(a));
  });

  it('gives nodes two people added at once the same order in both documents', () => {
    const design = estate();
    const a = new Y.Doc();
    writeChanges(a, null, design, ME);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const vm = (id: string) => ({ id, kind: 'vm', label: id, parentId: design.nodes[0]?.parentId, props: {} });
    const withA = { ...design, nodes: [...design.nodes, vm('zz-from-a')] } as Design;
    const withB = { ...design, nodes: [...design.nodes, vm('aa-from-b')] } as Design;
    writeChanges(a, design, withA, ME);
    writeChanges(b, design, withB, ME);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const ids = (doc: Y.Doc) => (readDesign(doc).nodes as { id: string }[]).map((n) => n.id);
    expect(ids(a)).toEqual(ids(b));
    expect(ids(a)).toEqual(expect.arrayContaining(['zz-from-a', 'aa-from-b']));
  });

  it('keeps notes and review decisions two people add at once', () => {
    const base: Design = {
      ...estate(),
      edges: [
        ...estate().edges,
        { ...(estate().edges.find((e) => e.kind === 'flow') as Design['edges'][number]), id: 'f2' },
      ],
    };
    const a = new Y.Doc();
    writeChanges(a, null, base, ME);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const at = '2026-11-30T10:00:00.000Z';
    const fromA: Design = {
      ...base,
      notes: [{ id: 'note-a', text: 'Check the UDR', author: 'Ana' }],
      review: { decisions: [{ flowId: 'f1', status: 'accepted', text: '', author: 'Ana', at }] },
    };
    const fromB: Design = {
      ...base,
      notes: [{ id: 'note-b', text: 'Spoke needs Direct', author: 'Ben' }],
      review: { decisions: [{ flowId: 'f2', status: 'changesRequested', text: 'Direct', author: 'Ben', at }] },
    };
    writeChanges(a, base, fromA, ME);
    writeChanges(b, base, fromB, ME);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b]) {
      const merged = loaded(doc);
      expect(merged.notes.map((note) => note.id).sort()).toEqual(['note-a', 'note-b']);
      expect(merged.review?.decisions?.map((d) => `${d.flowId}:${d.status}`).sort()).toEqual([
        'f1:accepted',
        'f2:changesRequested',
      ]);
    }
    expect(loaded(a)).toEqual(loaded(b));
  });
});

describe('ids made in a live session', () => {
  it('carry this editor’s mark, so two people adding at once never make the same id', async () => {
    const { freshId, setIdScope } = await import('../commands/document-ops.ts');
    const taken = new Set(['note-1']);
    expect(freshId(new Set(taken), 'note')).toBe('note-2');
    setIdScope('k3f9');
    try {
      expect(freshId(new Set(taken), 'note')).toBe('note-1-k3f9');
      setIdScope('a1b2');
      expect(freshId(new Set(taken), 'note')).toBe('note-1-a1b2');
    } finally {
      setIdScope('');
    }
  });
});
