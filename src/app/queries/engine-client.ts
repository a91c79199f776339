import { transfer, wrap, type Remote } from 'comlink';
import type { Design } from '../../engine/index.ts';
import type { EngineApi } from '../../worker/engine-api.ts';
import { isEvaluateResponse, NO_DOCUMENT, type EvaluateRequest, type EvaluateResponse } from '../../worker/protocol.ts';
import { secondsText, watchdogMs } from './watchdog.ts';

export type { EvaluateResponse };

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

type EngineClient = {
  api: Remote<EngineApi>;
  /** Rejects once the worker is gone, with the reason. */
  stopped: Promise<never>;
  /** Ends the worker; calls still waiting on it fail with `error`. */
  stop: (error: Error) => void;
  /** The key of the document this worker was last sent; it keeps that document. */
  sentKey: string | null;
  /** Settles when the last call given to this worker has: the next one starts after it. */
  idle: Promise<void>;
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
    sentKey: null,
    idle: Promise.resolve(),
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

/**
 * The request with its design as UTF-8 JSON bytes, handed over to the worker rather than copied:
 * a structured clone of a large design's object graph held the screen's thread for a frame or more.
 */
function handedOver(request: { key: string; design?: Design }): EvaluateRequest {
  if (request.design === undefined) return request;
  const bytes = new TextEncoder().encode(JSON.stringify(request.design));
  return transfer({ ...request, design: bytes }, [bytes.buffer]);
}

async function ask(engine: EngineClient, key: string, design: Design, rulesAsOf?: string): Promise<EvaluateResponse> {
  // The worker answers calls in the order they are sent, so it holds whatever was sent last.
  const send = engine.sentKey !== key;
  engine.sentKey = key;
  const answer = checked(await engine.api.evaluate(handedOver(send ? { key, design } : { key }), rulesAsOf));
  if (answer.ok || answer.errors[0] !== NO_DOCUMENT) return answer;
  return checked(await engine.api.evaluate(handedOver({ key, design }), rulesAsOf));
}

/**
 * Evaluates a design document in the worker: one call per evaluation, plain JSON in and out.
 * `key` names the document's content (its session and revision): the worker keeps the last
 * document it was sent, so asking about the same key again (another rule pack) sends only the key.
 * Fails with `WorkerStoppedError`, `AnalysisTimeoutError` or `WorkerAnswerError`, never hangs.
 */
export async function evaluateInWorker(key: string, design: Design, rulesAsOf?: string): Promise<EvaluateResponse> {
  const engine = engineClient();
  // The worker answers one call at a time. A call waits for the one before it, and only then does
  // its clock start: calls queued while someone types must not use up their time waiting.
  const before = engine.idle;
  let settle: () => void = () => undefined;
  engine.idle = new Promise<void>((resolve) => {
    settle = resolve;
  });
  try {
    await Promise.race([before, engine.stopped]);
    return await evaluateNow(engine, key, design, rulesAsOf);
  } finally {
    settle();
  }
}

async function evaluateNow(
  engine: EngineClient,
  key: string,
  design: Design,
  rulesAsOf?: string,
): Promise<EvaluateResponse> {
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
    return await Promise.race([ask(engine, key, design, rulesAsOf), engine.stopped, watchdog]);
  } catch (error) {
    // A worker that sent nonsense is not trusted with the next call either.
    if (error instanceof WorkerAnswerError) engine.stop(error);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
