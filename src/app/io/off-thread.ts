import { transfer, wrap, type Remote } from 'comlink';
import { loadDesign, type Design, type LoadResult } from '../../engine/index.ts';
import type { FileRead } from './design-file.ts';
import type { EstateRead, LoadedText } from '../../worker/protocol.ts';

// Large designs are loaded in a worker: parsing and checking tens of thousands of elements would
// otherwise be one long task on the screen's thread. Small ones are loaded in place, at once.
// The answer is the same either way; the worker is only where the work happens.

type Loader = {
  loadDesignAsText: (input: Uint8Array) => LoadedText;
  readEstate: (inputs: readonly Uint8Array[], names: readonly string[], title: string) => EstateRead;
};

/** Below this many characters of JSON (or nodes and edges of a parsed design), loading takes a few ms. */
const IN_PLACE_BELOW = 300_000;
const IN_PLACE_ELEMENTS_BELOW = 3_000;

/** A worker that could not load its script, or died, never answers: it is given up on after this. */
const LOADER_TIME_LIMIT_MS = 60_000;

type LoaderWorker = { remote: Remote<Loader>; failed: Promise<never>; end: () => void };
let loader: LoaderWorker | null = null;
/** Designs that came out of the load pipeline: documents are never changed in place, so they need no second check. */
const loadedDesigns = new WeakSet<object>();

function worker(): LoaderWorker | null {
  if (loader) return loader;
  let thread: Worker;
  try {
    thread = new Worker(new URL('../../worker/loader.worker.ts', import.meta.url), {
      type: 'module',
      name: 'fastpath-loader',
    });
  } catch {
    return null; // no workers here (an old browser, a test): load in place
  }
  const failed = new Promise<never>((_, reject) => {
    const fail = () => reject(new Error('the loader worker stopped'));
    thread.addEventListener('error', fail);
    thread.addEventListener('messageerror', fail);
  });
  failed.catch(() => undefined);
  const started: LoaderWorker = {
    remote: wrap<Loader>(thread),
    failed,
    end() {
      thread.terminate();
      if (loader === started) loader = null;
    },
  };
  loader = started;
  return started;
}

/** Whether a document is small enough to load on this thread. */
export function loadsInPlace(input: unknown): boolean {
  if (typeof input === 'string') return input.length < IN_PLACE_BELOW;
  if (input instanceof Uint8Array) return input.length < IN_PLACE_BELOW;
  if (typeof input !== 'object' || input === null) return true;
  const { nodes, edges } = input as { nodes?: unknown; edges?: unknown };
  const count = (Array.isArray(nodes) ? nodes.length : 0) + (Array.isArray(edges) ? edges.length : 0);
  return count < IN_PLACE_ELEMENTS_BELOW;
}

/** loadDesign, in the loader worker when the input is large. */
export async function loadDesignOffThread(input: unknown): Promise<LoadResult> {
  if (typeof input === 'object' && input !== null && loadedDesigns.has(input))
    return { ok: true, design: input as Design, warnings: [] };
  const result = await loadSomewhere(input);
  if (result.ok) loadedDesigns.add(result.design);
  return result;
}

async function loadSomewhere(input: unknown): Promise<LoadResult> {
  const thread = loadsInPlace(input) ? null : worker();
  if (!thread) return loadDesign(input);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tooLong = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the loader worker did not answer')), LOADER_TIME_LIMIT_MS);
  });
  try {
    const bytes = new TextEncoder().encode(typeof input === 'string' ? input : JSON.stringify(input));
    const answer = await Promise.race([
      thread.remote.loadDesignAsText(transfer(bytes, [bytes.buffer])),
      thread.failed,
      tooLong,
    ]);
    if (!answer.ok) return answer;
    // The worker has checked the document; parsing its own output back needs no second check.
    // Parsing runs in a task of its own, apart from the message and from what the caller does next.
    await nextTask();
    const design = JSON.parse(new TextDecoder().decode(answer.bytes)) as Design;
    await nextTask();
    return { ok: true, design, warnings: answer.warnings };
  } catch {
    // The worker could not take it (it did not load, died or hung): the same answer, here.
    thread.end();
    return loadDesign(input);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Files that may be an estate export (Resource Graph pages, Terraform states, an ARM template)
 * converted to a design, with its proposed flows and import report: in the loader worker when the
 * files are large. Null when they are no estate export (a design, a PNG), for the design pipeline.
 */
export async function readEstateOffThread(files: readonly { name: string; bytes: Uint8Array }[]): Promise<EstateRead> {
  if (!files.every(({ bytes }) => startsLikeJson(bytes))) {
    return files.length > 1
      ? { ok: false, message: 'Files imported together must be pages of one estate export, all of them JSON.' }
      : null;
  }
  const names = files.map((file) => file.name);
  const title = (names[0] ?? '').replace(/\.json$/i, '');
  const size = files.reduce((sum, file) => sum + file.bytes.length, 0);
  const thread = size < IN_PLACE_BELOW ? null : worker();
  if (thread) {
    try {
      const copies = files.map((file) => file.bytes.slice());
      return await Promise.race([
        thread.remote.readEstate(
          transfer(
            copies,
            copies.map((copy) => copy.buffer),
          ),
          names,
          title,
        ),
        thread.failed,
      ]);
    } catch {
      thread.end();
    }
  }
  const { readEstatePages } = await import('../../estate/read-pages.ts');
  const decoder = new TextDecoder();
  return readEstatePages(
    files.map((file) => decoder.decode(file.bytes)),
    names,
    title,
  );
}

/** Whether the first byte past white space and a byte-order mark opens a JSON object or array. */
function startsLikeJson(bytes: Uint8Array): boolean {
  const first = bytes.find(
    (byte) =>
      byte !== 0x20 &&
      byte !== 0x0a &&
      byte !== 0x0d &&
      byte !== 0x09 &&
      byte !== 0xef &&
      byte !== 0xbb &&
      byte !== 0xbf,
  );
  return first === 0x7b || first === 0x5b;
}

/** Resolves in a task of its own: the work after it is apart from the work before it. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** readDesignFile, with the load in the loader worker when the file is large. */
export async function readDesignFileOffThread(name: string, bytes: Uint8Array): Promise<FileRead> {
  const { designTextOf, fileReadOf } = await import('./file-reading.ts');
  const text = designTextOf(name, bytes);
  return text.ok ? fileReadOf(name, await loadDesignOffThread(text.text)) : text;
}
