import { vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { IDB_GLOBALS } from './fake-indexeddb.ts';
import { evaluate, type Position } from '../../../engine/index.ts';
import { runCommand } from '../../commands/editor.ts';
import { updateDesign } from '../../commands/update-design.ts';
import { answerConfirm, useConfirmStore, type ConfirmState } from '../../store/confirm-store.ts';
import { useDesignStore } from '../../store/design-store.ts';
import { useUiStore } from '../../store/ui-store.ts';
import { createSession, type Session } from '../create-session.ts';
import {
  describeStorageError,
  openDesignRepository,
  type DesignRepository,
  type OpenResult,
  type StoredDesign,
} from '../design-repository.ts';
import type { Notify } from '../session-context.ts';
import { askAboutUnfinishedOpen, askAboutUnsavedChanges, askAboutUnstoredChanges } from '../session-questions.ts';
import { createStorageStore } from '../storage-store.ts';
import { MemoryStorage } from './browser-stubs.ts';
import { channelPair, type MemoryChannel } from './memory-channel.ts';

// Test support: a persistence session on a fresh fake IndexedDB, with another tab at the other end
// of an in-memory channel, a recorded notify, a settable address and a clock. The app's design, UI
// and confirm stores are shared by every session, so each new test session starts them afresh.

export const UNAVAILABLE = 'This browser does not offer storage for designs (IndexedDB is unavailable).';

export type NoticeKind = 'success' | 'info' | 'warning' | 'error';
export type Notice = { kind: NoticeKind; message: string; duration?: number };

export type TestSessionOptions = {
  /** 'unavailable': opening IndexedDB failed, as in some private windows. */
  storage?: 'available' | 'unavailable';
  /** The address's fragment when the session starts (`#share=…`). */
  hash?: string;
  /** The address is a live session's room link. */
  joinsRoom?: boolean;
  /** What navigator.storage answers: already persisted, and granted when asked. */
  persistent?: { persisted: boolean | null; granted: boolean | null };
};

export type TestSession = {
  session: Session;
  storage: ReturnType<typeof createStorageStore>;
  /** A second connection to the same database: seeds designs and reads back what the session wrote. */
  repo: DesignRepository;
  /** The other end of the session's channel: another tab. */
  otherTab: MemoryChannel;
  notices: Notice[];
  address: { hash: string; cleared: number };
  /** What the session asked of its own connection; `fail` makes creates or saves fail as full storage does. */
  writes: { creates: number; saves: number };
  fail: { creates: boolean; saves: boolean; versions: boolean };
  persistRequests: () => number;
  now: () => number;
  /** Stores a design and makes it the one start-up reopens. */
  seed(title: string, extra?: Record<string, unknown>): Promise<StoredDesign>;
  /** Another tab saves its own version of a stored design and says so. */
  otherTabSaves(id: string, document: unknown): Promise<number>;
  otherTabDeletes(id: string): Promise<void>;
};

/** A design document as the app writes it. */
export function designDocument(title: string, extra: Record<string, unknown> = {}) {
  return { format: 'fastpath-design', version: 1, title, rulesAsOf: 'latest', nodes: [], edges: [], ...extra };
}

export const SITE = {
  id: 'site',
  kind: 'onPremises',
  name: 'Site',
  position: { x: 10, y: 20 },
  props: { prefixes: ['10.1.0.0/16'] },
};

const sessions: Session[] = [];

/** Closes every session made since the last call, waiting for saves under way. */
export async function closeTestSessions(): Promise<void> {
  await Promise.all(sessions.splice(0).map((session) => session.close()));
}

/** A fresh browser for one test: fake IndexedDB classes and an empty localStorage (returned). */
export function stubTestBrowser(): MemoryStorage {
  for (const [name, value] of Object.entries(IDB_GLOBALS)) vi.stubGlobal(name, value);
  const storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  return storage;
}

/** After a test: its sessions closed (their saves finish first), then the browser's globals back. */
export async function endTestBrowser(): Promise<void> {
  await closeTestSessions();
  vi.unstubAllGlobals();
}

export async function testSession(options: TestSessionOptions = {}): Promise<TestSession> {
  useDesignStore.setState(useDesignStore.getInitialState(), true);
  useUiStore.setState(useUiStore.getInitialState(), true);
  useConfirmStore.setState({ current: null, queue: [] });

  let time = 1_700_000_000_000;
  const now = () => ++time;
  const factory = new IDBFactory();
  const repo = await openRepository(factory, now);
  const writes = { creates: 0, saves: 0 };
  const fail = { creates: false, saves: false, versions: false };
  const database: OpenResult =
    options.storage === 'unavailable'
      ? { ok: false, problem: { message: UNAVAILABLE } }
      : { ok: true, repository: counted(await openRepository(factory, now), writes, fail) };
  const [channel, otherTab] = channelPair();
  const notices: Notice[] = [];
  const record = (kind: NoticeKind) => (message: string, options?: { duration?: number }) => {
    notices.push({ kind, message, ...options });
  };
  const notify: Notify = {
    success: record('success'),
    info: record('info'),
    warning: record('warning'),
    error: record('error'),
  };
  const address = { hash: options.hash ?? '', cleared: 0 };
  const persistent = options.persistent ?? { persisted: null, granted: null };
  let persistRequests = 0;
  const storage = createStorageStore();

  const session = createSession({
    database,
    channel: database.ok ? channel : null,
    stores: { design: useDesignStore, ui: useUiStore, storage },
    now,
    address: {
      hash: () => address.hash,
      clearHash: () => {
        address.hash = '';
        address.cleared++;
      },
      joinsRoom: () => options.joinsRoom ?? false,
    },
    notify,
    questions: { askAboutUnsavedChanges, askAboutUnstoredChanges, askAboutUnfinishedOpen },
    layout: async (design) =>
      new Map<string, Position>(design.nodes.map((node, index) => [node.id, { x: index * 200, y: 0 }])),
    runCommand,
    countVerdicts: async (design) => {
      const counts: Record<string, number> = {};
      for (const flow of Object.values(evaluate(design).flows)) counts[flow.verdict] = (counts[flow.verdict] ?? 0) + 1;
      return counts;
    },
    persistentStorage: {
      isPersisted: async () => persistent.persisted,
      request: async () => {
        persistRequests++;
        return persistent.persisted === true ? true : persistent.granted;
      },
    },
  });
  sessions.push(session);

  return {
    session,
    storage,
    repo,
    otherTab,
    notices,
    address,
    writes,
    fail,
    persistRequests: () => persistRequests,
    now,
    async seed(title, extra = {}) {
      const stored = await repo.create({ title, document: designDocument(title, extra) });
      await repo.setLastOpened(stored.id);
      return stored;
    },
    async otherTabSaves(id, document) {
      const stored = await repo.get(id);
      if (!stored) throw new Error(`no design ${id}`);
      const title = (document as { title?: string }).title ?? stored.title;
      const outcome = await repo.save(id, { title, document }, stored.version);
      if (!outcome.ok) throw new Error(`the other tab could not save: ${outcome.reason}`);
      otherTab.announce({ type: 'saved', designId: id, version: outcome.version, tabId: 'other-tab' });
      return outcome.version;
    },
    async otherTabDeletes(id) {
      await repo.remove(id);
      otherTab.announce({ type: 'deleted', designId: id, tabId: 'other-tab' });
    },
  };
}

async function openRepository(factory: IDBFactory, now: () => number): Promise<DesignRepository> {
  const opened = await openDesignRepository(factory, { now });
  if (!opened.ok) throw new Error(opened.problem.message);
  return opened.repository;
}

function counted(
  repository: DesignRepository,
  writes: TestSession['writes'],
  fail: TestSession['fail'],
): DesignRepository {
  const full = () => Object.assign(new Error('full'), { name: 'QuotaExceededError' });
  return {
    ...repository,
    create(input) {
      writes.creates++;
      return fail.creates ? Promise.reject(full()) : repository.create(input);
    },
    save(id, input, expectedVersion) {
      writes.saves++;
      if (fail.saves) return Promise.resolve({ ok: false, reason: 'failed', message: describeStorageError(full()) });
      return repository.save(id, input, expectedVersion);
    },
    versions: {
      ...repository.versions,
      save(designId, input) {
        if (fail.versions) return Promise.resolve({ ok: false, message: describeStorageError(full()) });
        return repository.versions.save(designId, input);
      },
    },
  };
}

/** An edit in the editor: renames the open design, undoably. */
export function renameOpenDesign(title: string): void {
  runCommand(updateDesign, { title });
}

/** The question on screen, once one is asked. */
export function nextQuestion(): Promise<NonNullable<ConfirmState['current']>> {
  const asked = useConfirmStore.getState().current;
  if (asked) return Promise.resolve(asked);
  return new Promise((resolve) => {
    const stop = useConfirmStore.subscribe((state) => {
      if (!state.current) return;
      stop();
      resolve(state.current);
    });
  });
}

export { answerConfirm as answerQuestion };

export const microtask = () => new Promise<void>((resolve) => queueMicrotask(resolve));
