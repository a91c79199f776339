/// <reference lib="dom" />
// The node test project has no DOM lib, but this module is typed against the browser's IndexedDB.
import { describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { describeStorageError, openDesignRepository, withDocumentTitle } from './design-repository.ts';
import { doc, openFresh, installFakeIndexedDbClasses } from './testing/fake-indexeddb.ts';

installFakeIndexedDbClasses();

/** The thumbnail of a design with no nodes: a frame with nothing in it. */
const EMPTY_THUMBNAIL = { width: 100, height: 60, boxes: [] };

describe('create and get', () => {
  it('stores a new design at version 1 and reads it back', async () => {
    const repo = await openFresh();
    const created = await repo.create({ title: 'Lab', document: doc('Lab') });
    expect(created).toEqual({
      id: created.id,
      title: 'Lab',
      createdAt: 1000,
      updatedAt: 1000,
      version: 1,
      document: doc('Lab'),
    });
    expect(created.id).not.toBe('');
    expect(await repo.get(created.id)).toEqual(created);
  });

  it('gives every design its own id', async () => {
    const repo = await openFresh();
    const a = await repo.create({ title: 'A', document: doc('A') });
    const b = await repo.create({ title: 'B', document: doc('B') });
    expect(a.id).not.toBe(b.id);
  });

  it.each([
    ['a number', 42],
    ['undefined', undefined],
    ['null', null],
  ])('uses "Untitled design" when the title is %s', async (_label, title) => {
    const repo = await openFresh();
    const created = await repo.create({ title: title as unknown as string, document: {} });
    expect(created.title).toBe('Untitled design');
    expect((await repo.get(created.id))?.title).toBe('Untitled design');
  });

  it.each([
    ['a string', 'just text'],
    ['an array', [1, 2, 3]],
    ['null', null],
    ['a nested object', { a: { b: [true, null, 1.5] } }],
  ])('stores %s document exactly', async (_label, document) => {
    const repo = await openFresh();
    const created = await repo.create({ title: 'T', document });
    expect((await repo.get(created.id))?.document).toEqual(document);
  });

  it('returns undefined for an unknown id', async () => {
    const repo = await openFresh();
    expect(await repo.get('nope')).toBeUndefined();
  });

  it('rejects with a human sentence when the document cannot be stored', async () => {
    const repo = await openFresh();
    await expect(repo.create({ title: 'Bad', document: { run: () => 1 } })).rejects.toThrow(/cannot be stored/);
    expect(await repo.list()).toEqual([]);
  });
});

describe('list', () => {
  it('lists summaries, most recently updated first, without documents', async () => {
    const repo = await openFresh();
    const a = await repo.create({ title: 'A', document: doc('A') }); // t=1000
    const b = await repo.create({ title: 'B', document: doc('B') }); // t=1001
    const c = await repo.create({ title: 'C', document: doc('C') }); // t=1002
    await repo.save(a.id, { title: 'A2', document: doc('A2') }, 1); // t=1003
    const summaries = await repo.list();
    expect(summaries.map((s) => s.id)).toEqual([a.id, c.id, b.id]);
    expect(summaries[0]).toEqual({
      id: a.id,
      title: 'A2',
      createdAt: 1000,
      updatedAt: 1003,
      version: 2,
      thumbnail: EMPTY_THUMBNAIL,
    });
    for (const summary of summaries) expect(summary).not.toHaveProperty('document');
  });

  it('is empty for a new database', async () => {
    expect(await (await openFresh()).list()).toEqual([]);
  });

  it('reads summaries only: a document in the designs store is never read to list it', async () => {
    const factory = new IDBFactory();
    const opened = await openDesignRepository(factory, { now: () => 5 });
    if (!opened.ok) throw new Error(opened.problem.message);
    const kept = await opened.repository.create({ title: 'Kept', document: doc('Kept') });
    const get = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const getFromIndex = vi.spyOn(IDBIndex.prototype, 'getAll');
    expect((await opened.repository.list()).map((s) => s.title)).toEqual(['Kept']);
    const readStores = getFromIndex.mock.contexts.map((index) => (index as IDBIndex).objectStore.name);
    expect(readStores).toEqual(['summaries']);
    expect(get).not.toHaveBeenCalled();
    await opened.repository.remove(kept.id);
    expect(await opened.repository.list()).toEqual([]);
  });

  it('fills the summaries from the designs a version 1 database already holds', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('fastpath-designer', 1);
      request.onupgradeneeded = () => {
        const designs = request.result.createObjectStore('designs', { keyPath: 'id' });
        designs.createIndex('updatedAt', 'updatedAt');
        request.result.createObjectStore('meta');
        designs.put({ id: 'old', title: 'Old', createdAt: 1, updatedAt: 2, version: 3, document: doc('Old') });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const opened = await openDesignRepository(factory);
    if (!opened.ok) throw new Error(opened.problem.message);
    expect(await opened.repository.list()).toEqual([
      { id: 'old', title: 'Old', createdAt: 1, updatedAt: 2, version: 3, thumbnail: EMPTY_THUMBNAIL },
    ]);
    expect((await opened.repository.get('old'))?.document).toEqual(doc('Old'));
  });
});

describe('save', () => {
  it('writes the new title and document and increments the version', async () => {
    const repo = await openFresh();
    const created = await repo.create({ title: 'Lab', document: doc('Lab') });
    const first = await repo.save(created.id, { title: 'Lab 2', document: doc('Lab 2', { edges: [1] }) }, 1);
    expect(first).toEqual({ ok: true, version: 2, updatedAt: 1001 });
    const second = await repo.save(created.id, { title: 'Lab 3', document: doc('Lab 3') }, 2);
    expect(second).toEqual({ ok: true, version: 3, updatedAt: 1002 });
    expect(await repo.get(created.id)).toEqual({
      id: created.id,
      title: 'Lab 3',
      createdAt: 1000,
      updatedAt: 1002,
      version: 3,
      document: doc('Lab 3'),
    });
  });

  it.each([
    ['older than stored (another tab saved first)', 1],
    ['newer than stored', 7],
  ])(
    'returns a conflict and leaves the design untouched when expectedVersion is %s',
    async (_label, expectedVersion) => {
      const repo = await openFresh();
      const created = await repo.create({ title: 'Lab', document: doc('Lab') });
      await repo.save(created.id, { title: 'Theirs', document: doc('Theirs') }, 1);
      const before = await repo.get(created.id);

      const outcome = await repo.save(created.id, { title: 'Mine', document: doc('Mine') }, expectedVersion);

      expect(outcome).toEqual({ ok: false, reason: 'conflict', storedVersion: 2 });
      expect(await repo.get(created.id)).toEqual(before);
      expect(before?.document).toEqual(doc('Theirs'));
    },
  );

  it('returns missing when the design was removed meanwhile', async () => {
    const repo = await openFresh();
    const created = await repo.create({ title: 'Lab', document: doc('Lab') });
    await repo.remove(created.id);
    expect(await repo.save(created.id, { title: 'Lab', document: doc('Lab') }, 1)).toEqual({
      ok: false,
      reason: 'missing',
    });
    expect(await repo.get(created.id)).toBeUndefined();
  });

  it('returns failed with a sentence, not a rejection, when storage refuses the write', async () => {
    const repo = await openFresh();
    const created = await repo.create({ title: 'Lab', document: doc('Lab') });
    const outcome = await repo.save(created.id, { title: 'Lab', document: { run: () => 1 } }, 1);
    expect(outcome).toEqual({
      ok: false,
      reason: 'failed',
      message: describeStorageError(new DOMException('x', 'DataCloneError')),
    });
    expect(await repo.get(created.id)).toEqual(created);
  });
});

describe('rename', () => {
  it('sets the record title and the document title, bumps the version, and does not mutate earlier reads', async () => {
    const repo = await openFresh();
    const original = doc('Old');
    const created = await repo.create({ title: 'Old', document: original });
    const before = await repo.get(created.id);

    const renamed = await repo.rename(created.id, 'New');

    const expected = {
      id: created.id,
      title: 'New',
      createdAt: 1000,
      updatedAt: 1001,
      version: 2,
      document: doc('New'),
    };
    expect(renamed).toEqual(expected);
    expect(await repo.get(created.id)).toEqual(expected);
    expect(original.title).toBe('Old');
    expect(before?.document).toEqual(doc('Old'));
  });

  it('leaves a document that is not a plain object as it is', async () => {
    const repo = await openFresh();
    const created = await repo.create({ title: 'Old', document: ['a', 'b'] });
    const renamed = await repo.rename(created.id, 'New');
    expect(renamed?.title).toBe('New');
    expect(renamed?.document).toEqual(['a', 'b']);
  });

  it('returns undefined for an unknown id', async () => {
    const repo = await openFresh();
    expect(await repo.rename('nope', 'New')).toBeUndefined();
    expect(await repo.list()).toEqual([]);
  });
});

describe('withDocumentTitle', () => {
  const frozen = Object.freeze({ title: 'Old', nodes: [] });
  const nullPrototype = Object.assign(Object.create(null) as Record<string, unknown>, { title: 'Old' });
  const date = new Date(0);

  it.each([
    ['a plain object', frozen, { title: 'New', nodes: [] }],
    ['a plain object without a title', { nodes: [] }, { nodes: [], title: 'New' }],
    ['a null-prototype object', nullPrototype, { title: 'New' }],
    ['an array', ['x'], ['x']],
    ['null', null, null],
    ['text that is not JSON', 'text', 'text'],
    ['a design kept as JSON text', '{"title":"Old","nodes":[]}', '{"title":"New","nodes":[]}'],
    ['JSON text of an array', '["x"]', '["x"]'],
    ['a Date', date, date],
  ])('handles %s', (_label, input, expected) => {
    const result = withDocumentTitle(input, 'New');
    expect(result).toEqual(expected);
  });

  it('copies instead of mutating', () => {
    const result = withDocumentTitle(frozen, 'New');
    expect(result).not.toBe(frozen);
    expect(frozen.title).toBe('Old');
  });
});

describe('duplicate', () => {
  it('copies the document under a new id at version 1 with the new title', async () => {
    const repo = await openFresh();
    const source = await repo.create({ title: 'Lab', document: doc('Lab', { nodes: [{ id: 'n1' }] }) });
    await repo.save(source.id, { title: 'Lab', document: doc('Lab', { nodes: [{ id: 'n1' }, { id: 'n2' }] }) }, 1);

    const copy = await repo.duplicate(source.id, 'Lab (copy)');

    expect(copy).toBeDefined();
    expect(copy?.id).not.toBe(source.id);
    expect(copy).toEqual({
      id: copy?.id,
      title: 'Lab (copy)',
      createdAt: 1002,
      updatedAt: 1002,
      version: 1,
      document: doc('Lab (copy)', { nodes: [{ id: 'n1' }, { id: 'n2' }] }),
    });
    expect(await repo.get(copy?.id ?? '')).toEqual(copy);
    const original = await repo.get(source.id);
    expect(original?.title).toBe('Lab');
    expect(original?.version).toBe(2);
    expect((await repo.list()).map((s) => s.id)).toEqual([copy?.id, source.id]);
  });

  it('returns undefined for an unknown id', async () => {
    const repo = await openFresh();
    expect(await repo.duplicate('nope', 'Copy')).toBeUndefined();
  });
});

describe('remove and last opened', () => {
  it('removes a design', async () => {
    const repo = await openFresh();
    const keep = await repo.create({ title: 'Keep', document: doc('Keep') });
    const drop = await repo.create({ title: 'Drop', document: doc('Drop') });
    await repo.remove(drop.id);
    expect(await repo.get(drop.id)).toBeUndefined();
    expect((await repo.list()).map((s) => s.id)).toEqual([keep.id]);
  });

  it('is quiet when removing an unknown id', async () => {
    const repo = await openFresh();
    await expect(repo.remove('nope')).resolves.toBeUndefined();
  });

  it('round-trips the last opened id, across connections to the same database', async () => {
    const factory = new IDBFactory();
    const repo = await openFresh(factory);
    expect(await repo.getLastOpened()).toBeUndefined();
    await repo.setLastOpened('first');
    await repo.setLastOpened('second');
    expect(await repo.getLastOpened()).toBe('second');
    expect(await (await openFresh(factory)).getLastOpened()).toBe('second');
  });

  it.each([
    ['clears it when the removed design was the last opened', 'drop', undefined],
    ['keeps it when another design was removed', 'keep', 'keep'],
  ])('%s', async (_label, lastOpened, expected) => {
    const repo = await openFresh();
    const keep = await repo.create({ title: 'Keep', document: {} });
    const drop = await repo.create({ title: 'Drop', document: {} });
    const ids: Record<string, string> = { keep: keep.id, drop: drop.id };
    await repo.setLastOpened(ids[lastOpened] ?? '');
    await repo.remove(drop.id);
    expect(await repo.getLastOpened()).toBe(expected === undefined ? undefined : ids[expected]);
  });

  it('sees designs written through another connection', async () => {
    const factory = new IDBFactory();
    const created = await (await openFresh(factory)).create({ title: 'Shared', document: doc('Shared') });
    expect((await (await openFresh(factory)).get(created.id))?.title).toBe('Shared');
  });
});
