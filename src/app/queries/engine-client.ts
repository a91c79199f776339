import { wrap, type Remote } from 'comlink';
import type { EngineApi, EvaluateResponse } from '../../worker/engine.worker.ts';

export type { EvaluateResponse };

// One engine worker for the page, started on first use. Comlink cannot tell us when the worker
// dies (a failed script load, an out-of-memory kill), so every call races a "worker stopped"
// promise instead of waiting forever; the next call starts a fresh worker.

/** The worker died under a call; asking again runs it in a new worker. */
export class WorkerStoppedError extends Error {
  override name = 'WorkerStoppedError';
}

type EngineClient = { api: Remote<EngineApi>; stopped: Promise<never> };

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
  client = { api: wrap<EngineApi>(worker), stopped };
  return client;
}

/** Evaluates a design document in the worker: one call per evaluation, plain JSON in and out. */
export function evaluateInWorker(designJson: unknown, rulesAsOf?: string): Promise<EvaluateResponse> {
  const { api, stopped } = engineClient();
  return Promise.race([api.evaluate(designJson, rulesAsOf), stopped]);
}
