// What the engine worker offers, without the worker around it (so it is tested directly).
//
// The worker keeps the evaluation it last made under each rule pack (at most two: the design's
// own and the compared one), with what each flow read (engine/incremental.ts). The screen then
// sends an edit as a patch against the revision the worker holds, and gets back only what changed;
// evaluating the same revision under another pack sends only the revision's key.
// Documents arrive already loaded: the screen only holds designs that came out of the load
// pipeline (and the commands that change them), so they are parsed here, not checked a second time.
import { isPackId, LiveEvaluation, type Design, type DesignPatch, type PackId } from '../engine/index.ts';
import { NO_DOCUMENT, type EvaluateRequest, type EvaluateResponse } from './protocol.ts';

/** Evaluations kept: the open design's pack and one compared pack. */
const KEPT_PACKS = 2;

export function createEngineApi() {
  /** Pack asked for ('' for the design's own) → the evaluation kept for it and the revision it is of. */
  const kept = new Map<string, { key: string; live: LiveEvaluation }>();
  const keep = (pack: string, key: string, live: LiveEvaluation) => {
    kept.delete(pack);
    kept.set(pack, { key, live });
    for (const oldest of kept.keys()) if (kept.size > KEPT_PACKS) kept.delete(oldest);
  };

  return {
    /**
     * Evaluates the request's design: a whole loaded design, a patch of the revision this pack was
     * last evaluated at (answered with what changed), or by key alone a revision the worker holds.
     */
    evaluate(request: EvaluateRequest, rulesAsOf?: string): EvaluateResponse {
      if (rulesAsOf !== undefined && !isPackId(rulesAsOf)) {
        return { ok: false, errors: [`rulesAsOf: unknown rule pack ${JSON.stringify(rulesAsOf)}`] };
      }
      const pack = rulesAsOf ?? '';
      try {
        if (request.design !== undefined) {
          const design = parsed<Design>(request.design, 'design');
          if (typeof design === 'string') {
            kept.clear();
            return { ok: false, errors: [design] };
          }
          const live = new LiveEvaluation(design, rulesAsOf);
          keep(pack, request.key, live);
          return { ok: true, result: live.result };
        }
        if (request.patch !== undefined) {
          const held = kept.get(pack);
          if (held?.key !== request.patch.base) return { ok: false, errors: [NO_DOCUMENT] };
          const patch = parsed<DesignPatch>(request.patch.change, 'patch');
          if (typeof patch === 'string') {
            kept.delete(pack);
            return { ok: false, errors: [patch] };
          }
          const update = held.live.update(patch);
          keep(pack, request.key, held.live);
          if (update.full) return { ok: true, result: held.live.result };
          return {
            ok: true,
            delta: {
              base: request.patch.base,
              flows: update.changed.map((id) => [id, held.live.flow(id)!]),
              removed: update.removed,
              ...(update.findingsRerun ? { findings: held.live.findings } : {}),
            },
          };
        }
        const same = kept.get(pack);
        if (same?.key === request.key) return { ok: true, result: same.live.result };
        const other = [...kept.values()].find((entry) => entry.key === request.key);
        if (!other) return { ok: false, errors: [NO_DOCUMENT] };
        const live = new LiveEvaluation(other.live.document, rulesAsOf as PackId | undefined);
        keep(pack, request.key, live);
        return { ok: true, result: live.result };
      } catch (error) {
        // The engine promises not to throw on a valid document; if it does, say so instead of
        // hanging the UI, and start again from a whole document next time.
        kept.delete(pack);
        return { ok: false, errors: [`the engine failed: ${error instanceof Error ? error.message : String(error)}`] };
      }
    },
  };
}

export type EngineApi = ReturnType<typeof createEngineApi>;

/** A document handed over as UTF-8 JSON bytes (see engine-client.ts), or why it could not be read. */
function parsed<T>(document: Uint8Array | T, what: 'design' | 'patch'): T | string {
  if (!(document instanceof Uint8Array)) return document;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(document));
    if (typeof value === 'object' && value !== null) return value as T;
    return `the document handed to the analysis is not a ${what}`;
  } catch (error) {
    return `the ${what === 'design' ? 'document' : 'patch'} handed to the analysis is not JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
}
