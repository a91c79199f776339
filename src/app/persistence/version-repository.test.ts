/// <reference lib="dom" />
// The node test project has no DOM lib, but this module is typed against the browser's IndexedDB.
import { describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBIndex, IDBObjectStore } from 'fake-indexeddb';
import { openDesignRepository } from './design-repository.ts';
import { doc, installFakeIndexedDbClasses, openFresh } from './testing/fake-indexeddb.ts';
import {
  MAX_AUTOMATIC_VERSIONS,
  MAX_SAVED_VERSIONS,
  type VersionInput,
  type VersionRepository,
} from './version-repository.ts';

installFakeIndexedDbClasses();

const saved = (label: string, document: unknown = doc(label)): VersionInput => ({
  label,
  reason: 'saved',
  author: 'Ana',
  counts: { fastpath: 2, gateway: 1 },
  document,
});
const automatic = (label: string): VersionInput => ({ label, reason: 'review', author: '', document: doc(label) });

async function keep(versions: VersionRepository, designId: string, input: VersionInput) {
  const outcome = await versions.save(designId, input);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.version;
}

describe('versions', () => {
  it('keeps a version with its document, listed newest first, apart from other designs', async () => {
    const repo = await openFresh();
    const design = await repo.create({ title: 'Lab', document: doc('Lab') });
    const other = await repo.create({ title: 'Other', document: doc('Other') });
    const v1 = await keep(repo.versions, design.id, saved('v1'));
    const v2 = await keep(repo.versions, design.id, saved('  v2  '));
    await keep(repo.versions, other.id, saved('elsewhere'));
    expect(v1).toEqual({
      id: v1.id,
      designId: design.id,
      label: 'v1',
      reason: 'saved',
      author: 'Ana',
      counts: { fastpath: 2, gateway: 1 },
      createdAt: 1002,
    });
    expect((await repo.versions.list(design.id)).map((v) => v.label)).toEqual(['v2', 'v1']);
    expect(v2.label).toBe('v2');
    expect(await repo.versions.get(v1.id)).toEqual({ summary: v1, document: doc('v1') });
    expect(await repo.versions.get('nope')).toBeUndefined();
  });

  it('never changes a version when the design is saved again', async () => {
    const repo = await openFresh();
    const design = await repo.create({ title: 'Lab', document: doc('Lab') });
    const v1 = await keep(repo.versions, design.id, saved('v1', doc('Lab')));
    await repo.save(design.id, { title: 'Lab', document: doc('Lab', { nodes: [{ id: 'x' }] }) }, 1);
    expect((await repo.versions.get(v1.id))?.document).toEqual(doc('Lab'));
  });

  it('lists versions without reading their documents', async () => {
    const repo = await openFresh();
    const design = await repo.create({ title: 'Lab', document: doc('Lab') });
    await keep(repo.versions, design.id, saved('v1'));
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    expect(await repo.versions.list(design.id)).toHaveLength(1);
    expect(getAll.mock.contexts.map((index) => (index as IDBIndex).objectStore.name)).toEqual(['versions']);
    expect(get).not.toHaveBeenCalled();
  });

  it.each([
    ['an empty name', '   ', /Give the version a name/],
    ['a name too long', 'x'.repeat(81), /at most 80 characters/],
  ])('refuses a saved version with %s, keeping nothing', async (_what, label, message) => {
    const repo = await openFresh();
    const design = await repo.create({ title: 'Lab', document: doc('Lab') });
    const outcome = await repo.versions.save(design.id, saved(label));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(message);
    expect(await repo.versions.list(design.id)).toEqual([]);
  });

  it('prunes the oldest kept automatically beyond the cap, never a saved one', async () => {
    const repo = await openFresh();
    const design = await repo.create({ title: 'Lab', document: doc('Lab') });
    const mine = await keep(repo.versions, design.id, saved('mine'));
    const first = await keep(repo.versions, design.id, automatic('auto 0'));
    for (let i = 1; i < MAX_AUTOMATIC_VERSIONS; i++) await keep(repo.versions, design.id, automatic(`auto ${i}`));
    const outcome = await repo.versions.save(design.id, automatic('one more'));
    expect(outcome.ok && outcome.pruned.map((v) => v.label)).toEqual(['auto 0']);
    const labels = (await repo.versions.list(design.id)).map((v) => v.label);
    expect(labels).toHaveLength(MAX_AUTOMATIC_VERSIONS + 1);
    expect(labels).toContain('mine');
    expect(labels).not.toContain('auto 0');
    expect(await repo.versions.get(first.id)).toBeUndefined();
    expect(await repo.versions.get(mine.id)).toBeDefined();
  });

  it('refuses a saved version beyond the cap with a message, and keeps the others', async () => {
    const repo = await openFresh();
    const design = await repo.create({ title: 'Lab', document: doc('Lab') });
    for (let i = 0; i < MAX_SAVED_VERSIONS; i++) await keep(repo.versions, design.id, saved(`v${i}`, null));
    const outcome = await repo.versions.save(design.id, saved('too many'));
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/100 saved versions.*Delete some/) });
    expect(await repo.versions.list(design.id)).toHaveLength(MAX_SAVED_VERSIONS);
  });

  it('deletes one version, and all of a design’s versions with the design', async () => {
    const repo = await openFresh();
    const design = await repo.create({ title: 'Lab', document: doc('Lab') });
    const v1 = await keep(repo.versions, design.id, saved('v1'));
    const v2 = await keep(repo.versions, design.id, saved('v2'));
    await repo.versions.remove(v1.id);
    expect((await repo.versions.list(design.id)).map((v) => v.label)).toEqual(['v2']);
    await repo.remove(design.id);
    expect(await repo.versions.list(design.id)).toEqual([]);
    expect(await repo.versions.get(v2.id)).toBeUndefined();
  });

  it('says why when storage refuses a version, and keeps what was there', async () => {
    const repo = await openFresh();
    const design = await repo.create({ title: 'Lab', document: doc('Lab') });
    await keep(repo.versions, design.id, saved('v1'));
    const full = new DOMException('quota', 'QuotaExceededError');
    const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw full;
    });
    const outcome = await repo.versions.save(design.id, saved('v2'));
    add.mockRestore();
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/storage is full/i) });
    expect((await repo.versions.list(design.id)).map((v) => v.label)).toEqual(['v1']);
  });

  it('adds the version stores to a version 2 database, keeping its designs', async () => {
    // A database as version 2 of the app left it: designs and summaries, no versions.
    const older = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = older.open('fastpath-designer', 2);
      request.onupgradeneeded = () => {
        const designs = request.result.createObjectStore('designs', { keyPath: 'id' });
        designs.createIndex('updatedAt', 'updatedAt');
        request.result.createObjectStore('meta');
        const summaries = request.result.createObjectStore('summaries', { keyPath: 'id' });
        summaries.createIndex('updatedAt', 'updatedAt');
        const record = { id: 'old', title: 'Old', createdAt: 1, updatedAt: 2, version: 3 };
        designs.put({ ...record, document: doc('Old') });
        summaries.put(record);
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const opened = await openDesignRepository(older);
    if (!opened.ok) throw new Error(opened.problem.message);
    expect((await opened.repository.list()).map((d) => d.title)).toEqual(['Old']);
    const v = await keep(opened.repository.versions, 'old', saved('v1'));
    expect((await opened.repository.versions.list('old')).map((s) => s.id)).toEqual([v.id]);
  });
});
