import { wrap, type Remote } from 'comlink';
import type { EngineApi, EvaluateResponse } from '../../worker/engine.worker.ts';

export type { EvaluateResponse };

// One engine worker for the page, started on first use. Comlink cannot tell us when the worker
// dies (a failed script load, an out-of-memory kill), so every call races a "worker failed" promise
// instead of waiting forever.

type EngineClient = { api: Remote<EngineApi>; failed: Promise<never> };

let client: EngineClient | null = null;

function engineClient(): EngineClient {
  if (client) return client;
  const worker = new Worker(new URL('../../worker/engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'fastpath-engine',
  });
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      reject(new Error(`the analysis worker stopped: ${event.message || 'it could not start'}`));
      worker.terminate();
      client = null; // the next call starts a fresh worker
    });
  });
  failed.catch(() => undefined); // reported through the calls that race it, not as an unhandled rejection
  client = { api: wrap<EngineApi>(worker), failed };
  return client;
}

/** Evaluates a design document in the worker. */
export function evaluateInWorker(designJson: unknown, rulesAsOf?: string): Promise<EvaluateResponse> {
  const { api, failed } = engineClient();
  return Promise.race([api.evaluate(designJson, rulesAsOf), failed]);
}
