import type { StoreNames } from 'idb';
import { openDatabase, toSummary, type Db, type DesignDb, type WriteTransaction } from './design-db.ts';
import { describeStorageError, STORAGE_MESSAGES } from './storage-errors.ts';
import { designThumbnail, type Thumbnail } from './thumbnail.ts';
import type { VersionRepository } from './version-repository.ts';

export { describeStorageError } from './storage-errors.ts';
export type { DesignDb } from './design-db.ts';

export type StoredDesign = {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  version: number;
  document: unknown;
};
/**
 * A design without its document, as the designs list shows it. `thumbnail` is the layout picture
 * (thumbnail.ts) kept since it was added; records stored before have none.
 */
export type DesignSummary = Omit<StoredDesign, 'document'> & { thumbnail?: Thumbnail };
/**
 * What is written. Without a thumbnail, one is drawn from a document that is a plain object; a design
 * kept as JSON text is not parsed for it, so its summary keeps the thumbnail it had.
 */
export type DesignInput = { title: string; document: unknown; thumbnail?: Thumbnail };
export type SaveOutcome =
  | { ok: true; version: number; updatedAt: number }
  | { ok: false; reason: 'conflict'; storedVersion: number }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'failed'; message: string };
export type StorageProblem = { message: string };

export interface DesignRepository {
  /** Most recently updated first. */
  list(): Promise<DesignSummary[]>;
  get(id: string): Promise<StoredDesign | undefined>;
  create(input: DesignInput): Promise<StoredDesign>;
  /** Writes only if the stored version still equals expectedVersion, so a newer save from another tab is never lost. */
  save(id: string, input: DesignInput, expectedVersion: number): Promise<SaveOutcome>;
  rename(id: string, title: string): Promise<StoredDesign | undefined>;
  duplicate(id: string, title: string): Promise<StoredDesign | undefined>;
  remove(id: string): Promise<void>;
  getLastOpened(): Promise<string | undefined>;
  setLastOpened(id: string): Promise<void>;
  /** The versions kept of each design (version-repository.ts); removing a design removes its versions. */
  versions: VersionRepository;
}

/** `now` exists so tests can order designs deterministically. */
export type RepositoryOptions = { now?: () => number };

export type OpenResult = { ok: true; repository: DesignRepository } | { ok: false; problem: StorageProblem };

const LAST_OPENED_KEY = 'lastOpened';
export const UNTITLED = 'Untitled design';

/** randomUUID exists only in secure contexts (https, localhost); a plain-http LAN address gets the fallback. */
export function createId(): string {
  const cryptoApi: Partial<Crypto> | undefined = globalThis.crypto;
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID();
  const random = () => Math.random().toString(36).slice(2, 10).padEnd(8, '0');
  return `${Date.now().toString(36)}-${random()}${random()}`;
}

/**
 * The title lives in two places (record and document); only a plain object document can carry it.
 * A large design is kept as JSON text: its title is set inside the text.
 */
export function withDocumentTitle(document: unknown, title: string): unknown {
  if (typeof document === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(document);
    } catch {
      return document; // not ours to repair: opening it will say what is wrong
    }
    return isPlainObject(parsed) ? JSON.stringify({ ...parsed, title }) : document;
  }
  return isPlainObject(document) ? { ...document, title } : document;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function normaliseTitle(title: unknown): string {
  return typeof title === 'string' ? title : UNTITLED;
}

/** Never throws: every way storage can be missing or refused becomes a problem sentence. */
export async function openDesignRepository(factory?: IDBFactory, options: RepositoryOptions = {}): Promise<OpenResult> {
  try {
    const source = factory ?? globalFactory();
    if (!source) return { ok: false, problem: { message: STORAGE_MESSAGES.unavailable } };
    const db = await openDatabase(source);
    return { ok: true, repository: createRepository(db, options.now ?? Date.now) };
  } catch (error) {
    return { ok: false, problem: { message: describeStorageError(error) } };
  }
}

function globalFactory(): IDBFactory | undefined {
  // Old Firefox private windows exposed `indexedDB` as null; sandboxed frames throw SecurityError on access (caught by the caller).
  return typeof indexedDB === 'undefined' || indexedDB === null ? undefined : indexedDB;
}

/** The version repository, its code loaded when versions are first used (not with the first screen). */
function loadedOnUse(load: () => Promise<VersionRepository>): VersionRepository {
  let loaded: Promise<VersionRepository> | null = null;
  const repository = () => (loaded ??= load());
  return {
    list: (designId) => repository().then((versions) => versions.list(designId)),
    get: (versionId) => repository().then((versions) => versions.get(versionId)),
    save: (designId, input) =>
      repository()
        .then((versions) => versions.save(designId, input))
        .catch((error: unknown) => ({ ok: false as const, message: describeStorageError(error) })),
    remove: (versionId) => repository().then((versions) => versions.remove(versionId)),
  };
}

/** Callers get Error objects whose message is a sentence, with the original error as cause. */
async function humanErrors<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    throw new Error(describeStorageError(error), { cause: error });
  }
}

/** Reads and writes in one transaction, so no other tab can write between our read and our write. */
async function inWriteTransaction<T>(
  db: Db,
  stores: StoreNames<DesignDb>[],
  work: (tx: WriteTransaction) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  // When work fails, tx.done rejects too; work's error is the one worth reporting, so silence the echo.
  tx.done.catch(() => undefined);
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort(); // a failure half-way must not commit the writes made before it
    } catch {
      // already finished or aborted
    }
    throw error;
  }
}

/** The thumbnail of what is written: the one given, else one drawn from the document. */
function thumbnailOf(input: DesignInput): Thumbnail | undefined {
  return input.thumbnail ?? designThumbnail(input.document);
}

function createRepository(db: Db, now: () => number): DesignRepository {
  return {
    versions: loadedOnUse(() =>
      import('./version-repository.ts').then((module) =>
        module.createVersionRepository(db, now, createId, describeStorageError),
      ),
    ),

    list: () =>
      humanErrors(async () => {
        const ascending = await db.getAllFromIndex('summaries', 'updatedAt');
        return ascending.reverse();
      }),

    get: (id) => humanErrors(() => db.get('designs', id)),

    create: (input) =>
      humanErrors(async () => {
        const time = now();
        const design: StoredDesign = {
          id: createId(),
          title: normaliseTitle(input.title),
          createdAt: time,
          updatedAt: time,
          version: 1,
          document: input.document,
        };
        await inWriteTransaction(db, ['designs', 'summaries'], async (tx) => {
          await tx.objectStore('designs').add(design); // add, not put: an id collision must fail rather than overwrite
          await tx.objectStore('summaries').put(toSummary(design, thumbnailOf(input)));
        });
        return design;
      }),

    async save(id, input, expectedVersion) {
      try {
        return await inWriteTransaction(db, ['designs', 'summaries'], async (tx): Promise<SaveOutcome> => {
          const store = tx.objectStore('designs');
          const stored = await store.get(id);
          if (!stored) return { ok: false, reason: 'missing' };
          if (stored.version !== expectedVersion)
            return { ok: false, reason: 'conflict', storedVersion: stored.version };
          const next: StoredDesign = {
            ...stored,
            title: normaliseTitle(input.title),
            document: input.document,
            version: stored.version + 1,
            updatedAt: now(),
          };
          await store.put(next);
          const summaries = tx.objectStore('summaries');
          // A design kept as text and saved without a thumbnail keeps the one it had.
          const thumbnail = thumbnailOf(input) ?? (await summaries.get(id))?.thumbnail;
          await summaries.put(toSummary(next, thumbnail));
          return { ok: true, version: next.version, updatedAt: next.updatedAt };
        });
      } catch (error) {
        return { ok: false, reason: 'failed', message: describeStorageError(error) };
      }
    },

    rename: (id, title) =>
      humanErrors(() =>
        inWriteTransaction(db, ['designs', 'summaries'], async (tx) => {
          const store = tx.objectStore('designs');
          const stored = await store.get(id);
          if (!stored) return undefined;
          const name = normaliseTitle(title);
          const next: StoredDesign = {
            ...stored,
            title: name,
            document: withDocumentTitle(stored.document, name),
            version: stored.version + 1,
            updatedAt: now(),
          };
          await store.put(next);
          const summaries = tx.objectStore('summaries');
          await summaries.put(toSummary(next, (await summaries.get(id))?.thumbnail));
          return next;
        }),
      ),

    duplicate: (id, title) =>
      humanErrors(() =>
        inWriteTransaction(db, ['designs', 'summaries'], async (tx) => {
          const store = tx.objectStore('designs');
          const source = await store.get(id);
          if (!source) return undefined;
          const name = normaliseTitle(title);
          const time = now();
          const copy: StoredDesign = {
            id: createId(),
            title: name,
            createdAt: time,
            updatedAt: time,
            version: 1,
            document: withDocumentTitle(source.document, name),
          };
          await store.add(copy);
          const summaries = tx.objectStore('summaries');
          await summaries.put(toSummary(copy, (await summaries.get(id))?.thumbnail));
          return copy;
        }),
      ),

    remove: (id) =>
      humanErrors(() =>
        inWriteTransaction(db, ['designs', 'summaries', 'meta', 'versions', 'versionDocuments'], async (tx) => {
          await tx.objectStore('designs').delete(id);
          await tx.objectStore('summaries').delete(id);
          const versions = tx.objectStore('versions');
          for (const versionId of await versions.index('designId').getAllKeys(id)) {
            await versions.delete(versionId);
            await tx.objectStore('versionDocuments').delete(versionId);
          }
          // Otherwise the next start would try to reopen a design that no longer exists.
          const meta = tx.objectStore('meta');
          if ((await meta.get(LAST_OPENED_KEY)) === id) await meta.delete(LAST_OPENED_KEY);
        }),
      ),

    getLastOpened: () =>
      humanErrors(async () => {
        const value: unknown = await db.get('meta', LAST_OPENED_KEY);
        return typeof value === 'string' ? value : undefined;
      }),

    setLastOpened: (id) =>
      humanErrors(async () => {
        await db.put('meta', id, LAST_OPENED_KEY);
      }),
  };
}
