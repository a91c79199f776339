import type * as PatchesModule from '../../engine/patches.ts';
import { transfer, wrap, type Remote } from 'comlink';
import type { Design, DesignPatch, EvaluationResult } from '../../engine/index.ts';
import type { EngineApi } from '../../worker/engine-api.ts';
import {
  isEvaluateResponse,
  KEPT_PACKS,
  NO_DOCUMENT,
  type EvaluateRequest,
  type EvaluateResponse,
  type EvaluationAnswer,
  type EvaluationDelta,
} from '../../worker/protocol.ts';
import { secondsText, watchdogMs } from './watchdog.ts';

export type { EvaluationAnswer };

// One engine worker for the page, started on first use. Comlink cannot tell us when the worker
// dies, loops or closes itself: its calls simply never settle. So every call races the worker's
// 'error' event and a watchdog sized to the design; either one ends the worker, and the next call
// starts a fresh one. What comes back is checked for shape before the screen sees it.

/** The worker died under a call, or could not start; asking again runs it in a new worker. */
export class WorkerStoppedError extends Error {
  override name = 'WorkerStoppedError';
  /** False when the script never loaded: a new worker would most likely fail the same way. */
  readonly restarts: boolean;
  constructor(message: string, restarts: boolean) {
    super(message);
    this.restarts = restarts;
  }
}

/** The analysis outlived its deadline; the worker was ended. Asking again would wait as long again. */
export class AnalysisTimeoutError extends Error {
  override name = 'AnalysisTimeoutError';
  readonly limitMs: number;
  constructor(limitMs: number) {
    super(`The analysis stopped: it took longer than ${secondsText(limitMs)} for a design of this size`);
    this.limitMs = limitMs;
  }
}

/** The worker answered with something that is not an answer (`undefined`, a string…). */
export class WorkerAnswerError extends Error {
  override name = 'WorkerAnswerError';
  constructor() {
    super('The analysis sent an answer the app cannot read');
  }
}

export type EngineClient = {
  api: Remote<EngineApi>;
  /** Rejects once the worker is gone, with the reason. */
  stopped: Promise<never>;
  /** Ends the worker; calls still waiting on it fail with `error`. */
  stop: (error: Error) => void;
  /**
   * Per pack asked for ('' for the design's own), the revision the worker last evaluated under it,
   * with the design and the result: the next revision is sent as a patch of it, and the answer,
   * what changed, is put together with that result.
   */
  kept: Map<string, Kept>;
  /** Settles when the last call given to this worker has: the next one starts after it. */
  idle: Promise<void>;
  /** Calls given to this worker that have not settled. */
  calls: number;
};

let client: EngineClient | null = null;
const listeners = new Set<(error: WorkerStoppedError) => void>();

/** Tells the screen when the worker stopped by itself (crashed, or its script did not load). */
export function onWorkerStopped(listener: (error: WorkerStoppedError) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const notLoaded = () => new WorkerStoppedError('The analysis could not start: its script failed to load', false);

/** What the Worker's 'error' event means: with a message the script ran and failed; without one it never loaded. */
function stoppedError(event: Event): WorkerStoppedError {
  const message = 'message' in event && typeof event.message === 'string' ? event.message : '';
  return message ? new WorkerStoppedError(`The analysis worker stopped: ${message}`, true) : notLoaded();
}

function startWorker(): Worker {
  try {
    return new Worker(new URL('../../worker/engine.worker.ts', import.meta.url), {
      type: 'module',
      name: 'fastpath-engine',
    });
  } catch {
    throw notLoaded(); // refused outright (a security policy, a bad URL) rather than failing later
  }
}

function engineClient(): EngineClient {
  if (client) return client;
  const worker = startWorker();
  let ended = false;
  let reject: (error: Error) => void = () => undefined;
  const stopped = new Promise<never>((_, fail) => {
    reject = fail;
  });
  stopped.catch(() => undefined); // reported through the calls that race it, not as an unhandled rejection
  const engine: EngineClient = {
    api: wrap<EngineApi>(worker),
    stopped,
    stop(error) {
      if (ended) return;
      ended = true;
      worker.terminate();
      if (client === engine) client = null;
      reject(error);
    },
    kept: new Map(),
    idle: Promise.resolve(),
    calls: 0,
  };
  worker.addEventListener('error', (event) => {
    if (ended) return;
    const error = stoppedError(event);
    engine.stop(error);
    for (const listener of listeners) listener(error);
  });
  // An answer that cannot be copied across never reaches comlink, which would wait for it forever.
  worker.addEventListener('messageerror', () => engine.stop(new WorkerAnswerError()));
  client = engine;
  return engine;
}

function checked(answer: unknown): EvaluateResponse {
  if (!isEvaluateResponse(answer)) throw new WorkerAnswerError();
  return answer;
}

type Kept = { key: string; design: Design; result: EvaluationResult };

/** A patch carrying more than this share of a design's items goes as the whole design. */
const PATCH_SHARE = 0.5;

/**
 * JSON as UTF-8 bytes, handed over to the worker rather than copied: a structured clone of a
 * large design's object graph held the screen's thread for a frame or more.
 */
function bytesOf(value: Design | DesignPatch): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}

/** A design as bytes the worker takes over, not a copy. */
export function handedOver(design: Design): Uint8Array {
  const bytes = bytesOf(design);
  return transfer(bytes, [bytes.buffer]);
}

function send(engine: EngineClient, request: EvaluateRequest, rulesAsOf?: string): Promise<EvaluateResponse> {
  const buffers = [request.design, request.patch?.change].flatMap((part) =>
    part instanceof Uint8Array ? [part.buffer] : [],
  );
  return engine.api.evaluate(transfer(request, buffers), rulesAsOf).then(checked);
}

type Patches = typeof PatchesModule;
let patches: Promise<Patches> | null = null;
/** The patch code once loaded, for use without waiting a microtask. */
let patchCode: Patches | null = null;

/**
 * The patch code, out of the first load: asked for with the first answer, so that it is there by
 * the first edit. A fetch that failed (offline, before the service worker stored it) is asked
 * again next time.
 */
function loadPatches(): Promise<Patches> {
  patches ??= import('../../engine/patches.ts').then(
    (code) => (patchCode = code),
    (error: unknown) => {
      patches = null;
      throw error;
    },
  );
  return patches;
}

/**
 * The request that costs least: by key, as a patch of what the worker holds, or the whole design.
 * Worked out at once when the patch code is loaded, so that an edit's request is posted before the
 * screen renders the edit (see `queued`).
 */
function requestFor(
  engine: EngineClient,
  pack: string,
  key: string,
  design: Design,
): EvaluateRequest | Promise<EvaluateRequest> {
  const held = engine.kept.get(pack);
  // Another design (a new session: an import, a design opened from the list) is not a patch of
  // the one held; diffing thousands of items to find that out held the opening up.
  if (!held || sessionOf(held.key) !== sessionOf(key)) return wholeOrByKey(engine, key, design);
  if (patchCode) return requestWith(patchCode, engine, held, key, design);
  // Without the patch code (offline, not yet stored), the whole design goes: slower, never stuck.
  return loadPatches().then(
    (code) => requestWith(code, engine, held, key, design),
    () => wholeOrByKey(engine, key, design),
  );
}

/** The session part of a key (`session:revision`, evaluation.ts). */
const sessionOf = (key: string) => key.slice(0, key.indexOf(':'));

function requestWith(code: Patches, engine: EngineClient, held: Kept, key: string, design: Design): EvaluateRequest {
  const patch = code.diffDesigns(held.design, design);
  if (code.patchSize(patch) <= PATCH_SHARE * (design.nodes.length + design.edges.length)) {
    return { key, patch: { base: held.key, change: bytesOf(patch) } };
  }
  return wholeOrByKey(engine, key, design);
}

function wholeOrByKey(engine: EngineClient, key: string, design: Design): EvaluateRequest {
  if ([...engine.kept.values()].some((other) => other.key === key)) return { key };
  return { key, design: bytesOf(design) };
}

/** The whole result from what changed since `held`, in the design's order; null when they do not fit together. */
function merged(held: Kept, design: Design, delta: EvaluationDelta): EvaluationResult | null {
  if (delta.base !== held.key) return null;
  const changed = new Map(delta.flows);
  const flows: [string, EvaluationResult['flows'][string]][] = [];
  for (const edge of design.edges) {
    if (edge.kind !== 'flow') continue;
    const result =
      changed.get(edge.id) ?? (Object.hasOwn(held.result.flows, edge.id) ? held.result.flows[edge.id] : undefined);
    if (!result) return null;
    flows.push([edge.id, result]);
  }
  // fromEntries defines own properties, so a flow id such as "__proto__" stays a plain key.
  return { ...held.result, flows: Object.fromEntries(flows), findings: delta.findings ?? held.result.findings };
}

async function ask(engine: EngineClient, key: string, design: Design, rulesAsOf?: string): Promise<EvaluationAnswer> {
  const pack = rulesAsOf ?? '';
  const held = engine.kept.get(pack);
  if (held?.key === key) return { ok: true, result: held.result };
  const request = requestFor(engine, pack, key, design);
  let answer = await send(engine, request instanceof Promise ? await request : request, rulesAsOf);
  let result = answer.ok
    ? 'delta' in answer
      ? held
        ? merged(held, design, answer.delta)
        : null
      : answer.result
    : null;
  if (!answer.ok ? answer.errors[0] === NO_DOCUMENT : result === null) {
    // The worker no longer holds what this was based on (or the pieces did not fit): send it whole.
    answer = await send(engine, { key, design: bytesOf(design) }, rulesAsOf);
    result = answer.ok && 'result' in answer ? answer.result : null;
  }
  if (!result) {
    engine.kept.delete(pack);
    return answer.ok
      ? { ok: false, errors: ['the analysis answered with changes to a result it was not sent'] }
      : answer;
  }
  engine.kept.delete(pack);
  engine.kept.set(pack, { key, design, result });
  // The next request may be a patch of this one: its code is fetched now, not with the edit.
  void loadPatches().catch(() => undefined);
  // As many as the worker keeps: the oldest goes.
  for (const oldest of engine.kept.keys()) if (engine.kept.size > KEPT_PACKS) engine.kept.delete(oldest);
  return { ok: true, result };
}

/**
 * Evaluates a design document in the worker: one call per evaluation, plain JSON in and out.
 * `key` names the document's content (its session and revision): the worker keeps the last
 * document it was sent, so asking about the same key again (another rule pack) sends only the key.
 * Fails with `WorkerStoppedError`, `AnalysisTimeoutError` or `WorkerAnswerError`, never hangs.
 */
export function evaluateInWorker(key: string, design: Design, rulesAsOf?: string): Promise<EvaluationAnswer> {
  return queued(design, (engine) => ask(engine, key, design, rulesAsOf));
}

/**
 * One call to the worker, in turn. The worker answers one call at a time: a call waits for the one
 * before it, and only then does its clock start, so calls queued while someone types do not use up
 * their time waiting. `sized` is the design that sets the call's time limit.
 */
export async function queued<T>(sized: Design, work: (engine: EngineClient) => Promise<T>): Promise<T> {
  const engine = engineClient();
  const before = engine.idle;
  // With nothing ahead of it, the call goes now rather than a microtask later: an edit's request
  // then leaves in the store update, before the screen renders the edit, and the worker evaluates
  // meanwhile on the other core.
  const waits = engine.calls > 0;
  engine.calls++;
  let settle: () => void = () => undefined;
  engine.idle = new Promise<void>((resolve) => {
    settle = resolve;
  });
  try {
    if (waits) await Promise.race([before, engine.stopped]);
    return await withWatchdog(engine, sized, work);
  } finally {
    engine.calls--;
    settle();
  }
}

async function withWatchdog<T>(
  engine: EngineClient,
  design: Design,
  work: (engine: EngineClient) => Promise<T>,
): Promise<T> {
  const limitMs = watchdogMs(design);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watchdog = new Promise<never>((_, fail) => {
    timer = setTimeout(() => {
      // Rejected before the worker is stopped, so this call reports the timeout, not the stop.
      fail(new AnalysisTimeoutError(limitMs));
      // A looping worker never answers again: end it. Other calls waiting on it may try a new one.
      engine.stop(new WorkerStoppedError('The analysis was restarted after a call took too long', true));
    }, limitMs);
  });
  try {
    return await Promise.race([work(engine), engine.stopped, watchdog]);
  } catch (error) {
    // A worker that sent nonsense is not trusted with the next call either.
    if (error instanceof WorkerAnswerError) engine.stop(error);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
