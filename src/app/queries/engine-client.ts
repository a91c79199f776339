import { wrap, type Remote } from 'comlink';
import type { EngineApi } from '../../worker/engine-api.ts';
import { NO_DOCUMENT, type EvaluateResponse } from '../../worker/protocol.ts';

export type { EvaluateResponse };

// One engine worker for the page, started on first use. Comlink cannot tell us when the worker
// dies (a failed script load, an out-of-memory kill), so every call races a "worker stopped"
// promise instead of waiting forever; the next call starts a fresh worker.

/** The worker died under a call; asking again runs it in a new worker. */
export class WorkerStoppedError extends Error {
  override name = 'WorkerStoppedError';
}

type EngineClient = {
  api: Remote<EngineApi>;
  stopped: Promise<never>;
  /** The key of the document this worker was last sent; it keeps that document. */
  sentKey: string | null;
};

let client: EngineClient | null = null;
const listeners = new Set<(error: WorkerStoppedError) => void>();

/** Tells the screen when the worker stopped (and will be restarted on the next call). */
export function onWorkerStopped(listener: (error: WorkerStoppedError) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function engineClient(): EngineClient {
  if (client) return client;
  const worker = new Worker(new URL('../../worker/engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'fastpath-engine',
  });
  const stopped = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      const error = new WorkerStoppedError(`the analysis worker stopped: ${event.message || 'it could not start'}`);
      worker.terminate();
      client = null;
      reject(error);
      for (const listener of listeners) listener(error);
    });
  });
  stopped.catch(() => undefined); // reported through the calls that race it, not as an unhandled rejection
  client = { api: wrap<EngineApi>(worker), stopped, sentKey: null };
  return client;
}

/**
 * Evaluates a design document in the worker: one call per evaluation, plain JSON in and out.
 * `key` names the document's content (its session and revision): the worker keeps the last
 * document it was sent, so asking about the same key again (another rule pack) sends only the key.
 */
export async function evaluateInWorker(key: string, design: unknown, rulesAsOf?: string): Promise<EvaluateResponse> {
  const engine = engineClient();
  // The worker answers calls in the order they are sent, so it holds whatever was sent last.
  const send = engine.sentKey !== key;
  engine.sentKey = key;
  const answer = await Promise.race([engine.api.evaluate(send ? { key, design } : { key }, rulesAsOf), engine.stopped]);
  if (answer.ok || answer.errors[0] !== NO_DOCUMENT) return answer;
  engine.sentKey = key;
  return Promise.race([engine.api.evaluate({ key, design }, rulesAsOf), engine.stopped]);
}
