// What the engine worker offers, without the worker around it (so it is tested directly). The
// worker keeps the document it was last sent: evaluating the same revision under another rule
// pack (the compare view) sends only the revision's key, not the document again.
import { evaluate, formatProblem, isPackId, loadDesign, type Design } from '../engine/index.ts';
import { NO_DOCUMENT, type EvaluateRequest, type EvaluateResponse } from './protocol.ts';

export function createEngineApi() {
  let current: { key: string; design: Design } | null = null;
  return {
    /** Loads the request's document through the one load pipeline (or reuses the kept one), then evaluates it. */
    evaluate(request: EvaluateRequest, rulesAsOf?: string): EvaluateResponse {
      if (rulesAsOf !== undefined && !isPackId(rulesAsOf)) {
        return { ok: false, errors: [`rulesAsOf: unknown rule pack ${JSON.stringify(rulesAsOf)}`] };
      }
      if (request.design !== undefined) {
        // The screen hands documents over as UTF-8 JSON bytes (see engine-client.ts).
        const loaded = loadDesign(
          request.design instanceof Uint8Array ? new TextDecoder().decode(request.design) : request.design,
        );
        if (!loaded.ok) {
          current = null;
          return { ok: false, errors: loaded.errors.map(formatProblem) };
        }
        current = { key: request.key, design: loaded.design };
      } else if (current?.key !== request.key) {
        return { ok: false, errors: [NO_DOCUMENT] };
      }
      try {
        return { ok: true, result: evaluate(current.design, rulesAsOf === undefined ? {} : { rulesAsOf }) };
      } catch (error) {
        // The engine promises not to throw on a valid document; if it does, say so instead of hanging the UI.
        return { ok: false, errors: [`the engine failed: ${error instanceof Error ? error.message : String(error)}`] };
      }
    },
  };
}

export type EngineApi = ReturnType<typeof createEngineApi>;
