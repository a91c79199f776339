import type { IDBPDatabase } from 'idb';
import type { Verdict } from '../../engine/index.ts';
import type { DesignDb } from './design-repository.ts';

// Versions of a design: named, immutable copies of its document kept next to it in IndexedDB. A
// version is written once (`add`, never `put`) and only ever deleted, by the person or by pruning.
// Listing reads the summaries alone; a version's document is read when it is opened, restored or
// compared, so a long list of large versions costs nothing until one is used.

/** Why a version exists: saved by the person, or kept by the app before or at a turning point. */
export type VersionReason = 'saved' | 'review' | 'restore' | 'import';

export type VerdictCounts = Partial<Record<Verdict, number>>;

export type VersionSummary = {
  id: string;
  designId: string;
  label: string;
  reason: VersionReason;
  createdAt: number;
  /** Who kept it: the reviewer's name this browser knows, or '' when it knows none. */
  author: string;
  /** The design's flows by verdict when the version was kept, if they were known. */
  counts?: VerdictCounts;
};

export type StoredVersion = { summary: VersionSummary; document: unknown };

export type VersionInput = Omit<VersionSummary, 'id' | 'designId' | 'createdAt'> & { document: unknown };

export type VersionOutcome =
  { ok: true; version: VersionSummary; pruned: VersionSummary[] } | { ok: false; message: string };

export interface VersionRepository {
  /** Newest first. */
  list(designId: string): Promise<VersionSummary[]>;
  get(versionId: string): Promise<StoredVersion | undefined>;
  /** Never throws: a version that cannot be kept says why. */
  save(designId: string, input: VersionInput): Promise<VersionOutcome>;
  remove(versionId: string): Promise<void>;
}

/** Versions kept by the app, per design: the oldest beyond this go when a new one is kept. */
export const MAX_AUTOMATIC_VERSIONS = 20;
/** Versions saved by the person, per design: never pruned, so a new one is refused beyond this. */
export const MAX_SAVED_VERSIONS = 100;
export const MAX_VERSION_LABEL = 80;

export function versionLabelProblem(label: string): string | null {
  if (!label.trim()) return 'Give the version a name, such as “Before the review”.';
  if (label.trim().length > MAX_VERSION_LABEL)
    return `A version’s name can be at most ${MAX_VERSION_LABEL} characters.`;
  return null;
}

type Db = IDBPDatabase<DesignDb>;

export function createVersionRepository(
  db: Db,
  now: () => number,
  createId: () => string,
  describe: (error: unknown) => string,
): VersionRepository {
  const human = async <T>(action: () => Promise<T>): Promise<T> => {
    try {
      return await action();
    } catch (error) {
      throw new Error(describe(error), { cause: error });
    }
  };
  return {
    list: (designId) =>
      human(async () => {
        const versions = await db.getAllFromIndex('versions', 'designId', designId);
        return versions.sort(newestFirst);
      }),

    get: (versionId) =>
      human(async () => {
        const tx = db.transaction(['versions', 'versionDocuments'], 'readonly');
        const [summary, stored] = await Promise.all([
          tx.objectStore('versions').get(versionId),
          tx.objectStore('versionDocuments').get(versionId),
        ]);
        return summary && stored ? { summary, document: stored.document } : undefined;
      }),

    async save(designId, input) {
      const problem = input.reason === 'saved' ? versionLabelProblem(input.label) : null;
      if (problem) return { ok: false, message: problem };
      const { document, ...fields } = input;
      const version: VersionSummary = {
        ...fields,
        label: input.label.trim(),
        id: createId(),
        designId,
        createdAt: now(),
      };
      const tx = db.transaction(['versions', 'versionDocuments'], 'readwrite');
      tx.done.catch(() => undefined);
      try {
        const versions = tx.objectStore('versions');
        const kept = (await versions.index('designId').getAll(designId)).sort(newestFirst);
        const automatic = version.reason !== 'saved';
        const same = kept.filter((v) => (v.reason !== 'saved') === automatic);
        if (!automatic && same.length >= MAX_SAVED_VERSIONS) {
          tx.abort();
          return {
            ok: false,
            message: `This design has ${MAX_SAVED_VERSIONS} saved versions, the most it can keep. Delete some you no longer need, then save again.`,
          };
        }
        const pruned = automatic ? same.slice(MAX_AUTOMATIC_VERSIONS - 1) : [];
        for (const old of pruned) {
          await versions.delete(old.id);
          await tx.objectStore('versionDocuments').delete(old.id);
        }
        await versions.add(version);
        await tx.objectStore('versionDocuments').add({ id: version.id, document });
        await tx.done;
        return { ok: true, version, pruned };
      } catch (error) {
        try {
          tx.abort();
        } catch {
          // already finished or aborted
        }
        return { ok: false, message: describe(error) };
      }
    },

    remove: (versionId) =>
      human(async () => {
        const tx = db.transaction(['versions', 'versionDocuments'], 'readwrite');
        await Promise.all([
          tx.objectStore('versions').delete(versionId),
          tx.objectStore('versionDocuments').delete(versionId),
          tx.done,
        ]);
      }),
  };
}

const newestFirst = (a: VersionSummary, b: VersionSummary) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1);
