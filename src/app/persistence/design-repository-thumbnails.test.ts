/// <reference lib="dom" />
// The layout thumbnail each design's summary keeps for the designs list (thumbnail.ts).
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import type { DesignRepository } from './design-repository.ts';
import { designThumbnail, type Thumbnail } from './thumbnail.ts';
import { doc, openFresh, installFakeIndexedDbClasses } from './testing/fake-indexeddb.ts';

installFakeIndexedDbClasses();

const SITE = { id: 'site', kind: 'onPremises', position: { x: 0, y: 0 } };
const VNET = { id: 'hub', kind: 'vnet', position: { x: 400, y: 0 } };

describe('thumbnails in the summaries', () => {
  const thumbnailOf = async (repo: DesignRepository, id: string) =>
    (await repo.list()).find((summary) => summary.id === id)?.thumbnail;

  it('draws one from the document when a design is created or saved', async () => {
    const repo = await openFresh();
    const created = await repo.create({ title: 'Lab', document: doc('Lab', { nodes: [SITE] }) });
    expect(await thumbnailOf(repo, created.id)).toEqual(designThumbnail(doc('Lab', { nodes: [SITE] })));
    expect(created).not.toHaveProperty('thumbnail');
    expect(await repo.get(created.id)).not.toHaveProperty('thumbnail');

    await repo.save(created.id, { title: 'Lab', document: doc('Lab', { nodes: [SITE, VNET] }) }, 1);
    const saved = await thumbnailOf(repo, created.id);
    expect(saved?.boxes.map((box) => box[4])).toEqual(['vnet', 'onPremises']);
  });

  it('takes the one it is given, for a design kept as JSON text', async () => {
    const repo = await openFresh();
    const given: Thumbnail = { width: 100, height: 50, boxes: [[0, 0, 10, 10, 'vm']] };
    const created = await repo.create({ title: 'Big', document: JSON.stringify(doc('Big')), thumbnail: given });
    expect(await thumbnailOf(repo, created.id)).toEqual(given);
  });

  it('keeps the one it had when a design kept as text is saved without one', async () => {
    const repo = await openFresh();
    const created = await repo.create({ title: 'Big', document: doc('Big', { nodes: [SITE] }) });
    const before = await thumbnailOf(repo, created.id);
    expect(before?.boxes).toHaveLength(1);
    await repo.save(created.id, { title: 'Big', document: JSON.stringify(doc('Big', { nodes: [SITE, VNET] })) }, 1);
    expect(await thumbnailOf(repo, created.id)).toEqual(before);
  });

  it('is kept by a rename and copied by a duplicate', async () => {
    const repo = await openFresh();
    const created = await repo.create({ title: 'Lab', document: doc('Lab', { nodes: [SITE, VNET] }) });
    const before = await thumbnailOf(repo, created.id);
    expect(before?.boxes).toHaveLength(2);
    await repo.rename(created.id, 'Renamed');
    expect(await thumbnailOf(repo, created.id)).toEqual(before);
    const copy = await repo.duplicate(created.id, 'Renamed (copy)');
    expect(await thumbnailOf(repo, copy?.id ?? '')).toEqual(before);
  });

  it('is missing, and nothing else is, for a summary stored before thumbnails', async () => {
    const factory = new IDBFactory();
    const repo = await openFresh(factory);
    const created = await repo.create({ title: 'Old', document: doc('Old', { nodes: [SITE] }) });
    // Rewrite its summary as an earlier version of the app wrote it.
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('fastpath-designer');
      request.onsuccess = () => {
        const tx = request.result.transaction('summaries', 'readwrite');
        const { document: _document, ...summary } = created;
        tx.objectStore('summaries').put(summary);
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const reopened = await openFresh(factory);
    expect(await reopened.list()).toEqual([
      { id: created.id, title: 'Old', createdAt: 1000, updatedAt: 1000, version: 1 },
    ]);
    expect((await reopened.get(created.id))?.document).toEqual(doc('Old', { nodes: [SITE] }));
    // Its next save gives it one.
    await reopened.save(created.id, { title: 'Old', document: doc('Old', { nodes: [SITE] }) }, 1);
    expect(await thumbnailOf(reopened, created.id)).toEqual(designThumbnail(doc('Old', { nodes: [SITE] })));
  });
});
