import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { wrap } from 'idb';
import type { DesignSummary, StoredDesign } from './design-repository.ts';
import { STORAGE_MESSAGES } from './storage-errors.ts';
import { designThumbnail, type Thumbnail } from './thumbnail.ts';
import type { VersionSummary } from './version-repository.ts';

// The designs' IndexedDB database: its stores, how each version of it was set up, and opening it
// so that the app always gets an answer (design-repository.ts reads and writes through it).

const DB_NAME = 'fastpath-designer';
const DB_VERSION = 3;
// Some WebKit builds have left IndexedDB opens pending forever; the app must get an answer.
const OPEN_TIMEOUT_MS = 10_000;

export interface DesignDb extends DBSchema {
  designs: { key: string; value: StoredDesign; indexes: { updatedAt: number } };
  /**
   * Each design without its document (version 2): listing designs reads only these, where reading
   * every document back held the screen for a frame per large design on every autosave. A summary
   * may carry a thumbnail (a field of the record, so no new version of the database).
   */
  summaries: { key: string; value: DesignSummary; indexes: { updatedAt: number } };
  meta: { key: string; value: string };
  /** Versions of each design (version 3): their summaries, listed per design, and their documents apart. */
  versions: { key: string; value: VersionSummary; indexes: { designId: string } };
  versionDocuments: { key: string; value: { id: string; document: unknown } };
}
export type Db = IDBPDatabase<DesignDb>;
export type WriteTransaction = IDBPTransaction<DesignDb, StoreNames<DesignDb>[], 'readwrite'>;

export function openDatabase(factory: IDBFactory): Promise<Db> {
  return new Promise<Db>((resolve, reject) => {
    const request = factory.open(DB_NAME, DB_VERSION);
    let settled = false;
    const timer = setTimeout(() => fail(new Error(STORAGE_MESSAGES.timeout)), OPEN_TIMEOUT_MS);
    function fail(error: unknown) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    }
    request.addEventListener('upgradeneeded', (event) => {
      if (event.oldVersion < 1) createSchemaV1(request.result);
      if (event.oldVersion < 2 && request.transaction) createSchemaV2(request.result, request.transaction);
      if (event.oldVersion < 3) createSchemaV3(request.result);
    });
    // A blocked open may still succeed much later; we answer now and close that late connection below.
    request.addEventListener('blocked', () => fail(new Error(STORAGE_MESSAGES.blocked)));
    request.addEventListener('error', () => fail(request.error));
    request.addEventListener('success', () => {
      const db = request.result;
      if (settled) {
        db.close();
        return;
      }
      try {
        // Step aside when a newer app version in another tab needs to upgrade the database.
        db.addEventListener('versionchange', () => db.close());
        const wrapped = wrap(db) as unknown as Db;
        settled = true;
        clearTimeout(timer);
        resolve(wrapped);
      } catch (error) {
        db.close();
        fail(error);
      }
    });
  });
}

function createSchemaV1(db: IDBDatabase): void {
  const designs = db.createObjectStore('designs', { keyPath: 'id' });
  designs.createIndex('updatedAt', 'updatedAt');
  db.createObjectStore('meta');
}

/** Adds the summaries store and fills it from the designs already kept. */
function createSchemaV2(db: IDBDatabase, upgrade: IDBTransaction): void {
  const summaries = db.createObjectStore('summaries', { keyPath: 'id' });
  summaries.createIndex('updatedAt', 'updatedAt');
  const cursor = upgrade.objectStore('designs').openCursor();
  cursor.addEventListener('success', () => {
    const at = cursor.result;
    if (!at) return;
    const design = at.value as StoredDesign;
    summaries.put(toSummary(design, designThumbnail(design.document)));
    at.continue();
  });
}

/** Adds the versions of each design: their summaries, listed per design, and their documents apart. */
function createSchemaV3(db: IDBDatabase): void {
  const versions = db.createObjectStore('versions', { keyPath: 'id' });
  versions.createIndex('designId', 'designId');
  db.createObjectStore('versionDocuments', { keyPath: 'id' });
}

export function toSummary(design: StoredDesign, thumbnail: Thumbnail | undefined): DesignSummary {
  const { document: _document, ...summary } = design;
  return thumbnail ? { ...summary, thumbnail } : summary;
}
