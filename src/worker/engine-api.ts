// What the engine worker offers, without the worker around it (so it is tested directly). The
// worker keeps the document it was last sent: evaluating the same revision under another rule
// pack (the compare view) sends only the revision's key, not the document again.
// Documents arrive already loaded: the screen only holds designs that came out of the load
// pipeline (and the commands that change them), so they are parsed here, not checked a second time.
import { evaluate, isPackId, type Design } from '../engine/index.ts';
import { NO_DOCUMENT, type EvaluateRequest, type EvaluateResponse } from './protocol.ts';

export function createEngineApi() {
  let current: { key: string; design: Design } | null = null;
  return {
    /** Evaluates the request's loaded design (or the kept one, for the same key). */
    evaluate(request: EvaluateRequest, rulesAsOf?: string): EvaluateResponse {
      if (rulesAsOf !== undefined && !isPackId(rulesAsOf)) {
        return { ok: false, errors: [`rulesAsOf: unknown rule pack ${JSON.stringify(rulesAsOf)}`] };
      }
      if (request.design !== undefined) {
        const design = parsed(request.design);
        if (typeof design === 'string') {
          current = null;
          return { ok: false, errors: [design] };
        }
        current = { key: request.key, design };
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

/** The design handed over as UTF-8 JSON bytes (see engine-client.ts), or why it could not be read. */
function parsed(document: Uint8Array | Design): Design | string {
  if (!(document instanceof Uint8Array)) return document;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(document));
    if (typeof value === 'object' && value !== null) return value as Design;
    return 'the document handed to the analysis is not a design';
  } catch (error) {
    return `the document handed to the analysis is not JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
}
