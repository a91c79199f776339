/// <reference lib="dom" />
// Opening the design database, and the sentences storage errors become. The node test project has
// no DOM lib, but this module is typed against the browser's IndexedDB.
import { describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createId, describeStorageError, openDesignRepository } from './design-repository.ts';
import { installFakeIndexedDbClasses } from './testing/fake-indexeddb.ts';

installFakeIndexedDbClasses();

/** A stand-in open request that lets a test fire the events a real browser would. */
class StubOpenRequest extends EventTarget {
  error: unknown = null;
  result: unknown = undefined;
}

function stubFactory(fire: (request: StubOpenRequest) => void): IDBFactory {
  return {
    open: () => {
      const request = new StubOpenRequest();
      setTimeout(() => fire(request), 0);
      return request;
    },
  } as unknown as IDBFactory;
}

describe('openDesignRepository', () => {
  it('reports a problem when there is no factory and no global indexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const result = await openDesignRepository();
    expect(result).toEqual({ ok: false, problem: { message: expect.stringMatching(/IndexedDB is unavailable/) } });
  });

  it.each([
    [
      'open() throws a SecurityError',
      {
        open: () => {
          throw new DOMException('denied', 'SecurityError');
        },
      } as unknown as IDBFactory,
      /refused access to storage/,
    ],
    [
      'the request fails with an InvalidStateError',
      stubFactory((request) => {
        request.error = new DOMException('private mode', 'InvalidStateError');
        request.dispatchEvent(new Event('error'));
      }),
      /Browser storage is unavailable/,
    ],
    [
      'the request fails with an unknown error',
      stubFactory((request) => {
        request.error = new Error('The disk is on fire.');
        request.dispatchEvent(new Event('error'));
      }),
      /^The disk is on fire\.$/,
    ],
    [
      'the open is blocked by another tab',
      stubFactory((request) => request.dispatchEvent(new Event('blocked'))),
      /Close the other tabs/,
    ],
  ])('reports a problem instead of throwing when %s', async (_label, factory, message) => {
    const result = await openDesignRepository(factory);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toMatch(message);
  });

  it('reports a problem when the database was created by a newer app version', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open('fastpath-designer', 99);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const result = await openDesignRepository(factory);
    expect(result).toEqual({
      ok: false,
      problem: { message: describeStorageError(new DOMException('x', 'VersionError')) },
    });
  });
});

describe('describeStorageError', () => {
  it.each([
    [
      'QuotaExceededError',
      new DOMException('quota', 'QuotaExceededError'),
      /^Browser storage is full \(quota exceeded\)\./,
    ],
    ['InvalidStateError', new DOMException('closed', 'InvalidStateError'), /connection was closed/],
    ['SecurityError', new DOMException('denied', 'SecurityError'), /refused access to storage/],
    ['VersionError', new DOMException('too new', 'VersionError'), /newer version of FastPath Designer/],
    ['an error by name only', { name: 'QuotaExceededError' }, /quota exceeded/],
    [
      'an unknown DOMException',
      new DOMException('The transaction was aborted.', 'AbortError'),
      /^The transaction was aborted\.$/,
    ],
    ['a plain Error', new Error('Something specific broke.'), /^Something specific broke\.$/],
    ['a string', 'Nope.', /^Nope\.$/],
    ['null', null, /^Browser storage failed for an unknown reason\.$/],
    ['an Error without a message', new Error(''), /^Browser storage failed for an unknown reason\.$/],
  ])('describes %s', (_label, error, expected) => {
    expect(describeStorageError(error)).toMatch(expected);
  });
});

describe('createId', () => {
  it('uses crypto.randomUUID when available', () => {
    expect(createId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('falls back to a time and random id without randomUUID (insecure contexts)', () => {
    vi.stubGlobal('crypto', {});
    const ids = new Set(Array.from({ length: 50 }, () => createId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-z]+-[0-9a-z]{16}$/);
  });
});
