// The engine behind comlink: plain JSON in, plain JSON out. The UI thread never runs `evaluate`;
// it sends the document here and gets back the evaluation result or readable problems.
import { expose } from 'comlink';
import { evaluate, formatProblem, isPackId, loadDesign, type EvaluationResult } from '../engine/index.ts';

export type EvaluateResponse =
  | { ok: true; result: EvaluationResult }
  | { ok: false; errors: string[] };

const engineApi = {
  /** Loads `designJson` (a parsed document or JSON text) through the one load pipeline, then evaluates it. */
  evaluate(designJson: unknown, rulesAsOf?: string): EvaluateResponse {
    if (rulesAsOf !== undefined && !isPackId(rulesAsOf)) {
      return { ok: false, errors: [`rulesAsOf: unknown rule pack ${JSON.stringify(rulesAsOf)}`] };
    }
    const loaded = loadDesign(designJson);
    if (!loaded.ok) return { ok: false, errors: loaded.errors.map(formatProblem) };
    try {
      const result = evaluate(loaded.design, rulesAsOf === undefined ? {} : { rulesAsOf });
      return { ok: true, result };
    } catch (error) {
      // The engine promises not to throw on a valid document; if it does, say so instead of hanging the UI.
      return { ok: false, errors: [`the engine failed: ${error instanceof Error ? error.message : String(error)}`] };
    }
  },
};

export type EngineApi = typeof engineApi;

expose(engineApi);
