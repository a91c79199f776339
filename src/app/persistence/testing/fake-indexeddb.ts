/// <reference lib="dom" />
import { afterEach, beforeEach, vi } from 'vitest';
import {
  IDBCursor,
  IDBDatabase,
  IDBFactory,
  IDBIndex,
  IDBObjectStore,
  IDBRequest,
  IDBTransaction,
} from 'fake-indexeddb';
import { openDesignRepository, type DesignRepository } from '../design-repository.ts';

// Test support for the design repository on fake IndexedDB (the node test project has no DOM lib,
// but the repository is typed against the browser's IndexedDB).

/** idb recognises IndexedDB objects with `instanceof` against these globals, which Node lacks. */
export const IDB_GLOBALS = { IDBCursor, IDBDatabase, IDBIndex, IDBObjectStore, IDBRequest, IDBTransaction };

/** Installs the IndexedDB classes for each test of the file; each test still opens its own factory. */
export function installFakeIndexedDbClasses(): void {
  beforeEach(() => {
    for (const [name, value] of Object.entries(IDB_GLOBALS)) vi.stubGlobal(name, value);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });
}

/** A clock that ticks once per reading, so every write has a distinct, known time. */
export function clock(start = 1_000): () => number {
  let time = start;
  return () => time++;
}

/** A repository on a fresh (or the given) fake database. */
export async function openFresh(factory: IDBFactory = new IDBFactory(), now = clock()): Promise<DesignRepository> {
  const result = await openDesignRepository(factory, { now });
  if (!result.ok) throw new Error(result.problem.message);
  return result.repository;
}

/** A design document as the repository stores it. */
export const doc = (title: string, extra: Record<string, unknown> = {}) => ({
  format: 'fastpath-design',
  version: 1,
  title,
  nodes: [],
  edges: [],
  ...extra,
});
