// What the engine worker offers, without the worker around it (so it is tested directly).
//
// The worker keeps the evaluation it last made under each rule pack (at most two: the design's
// own and the compared one), with what each flow read (engine/incremental.ts). The screen then
// sends an edit as a patch against the revision the worker holds, and gets back only what changed;
// evaluating the same revision under another pack sends only the revision's key.
// Documents arrive already loaded: the screen only holds designs that came out of the load
// pipeline (and the commands that change them), so they are parsed here, not checked a second time.
import {
  diffVersions,
  evaluate,
  isPackId,
  LiveEvaluation,
  type Design,
  type DesignPatch,
  type EvaluationResult,
  type PackId,
} from '../engine/index.ts';
import type { CompareAnswer, CountAnswer } from './compare-protocol.ts';
import { KEPT_PACKS, NO_DOCUMENT, type EvaluateRequest, type EvaluateResponse } from './protocol.ts';

/**
 * A revision evaluated under one pack. The first answer comes from a plain evaluation; what each
 * flow read, which patches need, is recorded a moment later (in idle time, or when the first
 * patch arrives): recording costs about twice an evaluation, and opening a design should not wait for it.
 */
class Kept {
  private live: LiveEvaluation | null = null;
  private readonly design: Design;
  /** The result of the revision it was made for. */
  readonly first: EvaluationResult;
  constructor(
    design: Design,
    private readonly rulesAsOf: PackId | undefined,
  ) {
    this.design = design;
    this.first = evaluate(design, rulesAsOf === undefined ? {} : { rulesAsOf });
  }
  /** The kept evaluation, following patches. */
  follow(): LiveEvaluation {
    this.live ??= new LiveEvaluation(this.design, this.rulesAsOf);
    return this.live;
  }
  get document(): Design {
    return this.live?.document ?? this.design;
  }
  /** The result for the revision it is at now. */
  get current(): EvaluationResult {
    return this.live?.result ?? this.first;
  }
}

export function createEngineApi() {
  /** Pack asked for ('' for the design's own) → the evaluation kept for it and the revision it is of. */
  const kept = new Map<string, { key: string; entry: Kept }>();
  const keep = (pack: string, key: string, entry: Kept) => {
    kept.delete(pack);
    kept.set(pack, { key, entry });
    for (const oldest of kept.keys()) if (kept.size > KEPT_PACKS) kept.delete(oldest);
  };
  /** A new evaluation, answered at once and made ready for patches when the worker is idle. */
  const fresh = (pack: string, key: string, design: Design, rulesAsOf: PackId | undefined): EvaluateResponse => {
    const entry = new Kept(design, rulesAsOf);
    keep(pack, key, entry);
    setTimeout(() => {
      if (kept.get(pack)?.entry !== entry) return;
      try {
        entry.follow();
      } catch {
        // Not in answer to a call: forget it, and the next call for this pack sends the design whole.
        kept.delete(pack);
      }
    }, 0);
    return { ok: true, result: entry.first };
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
          return fresh(pack, request.key, design, rulesAsOf);
        }
        if (request.patch !== undefined) {
          const held = kept.get(pack);
          if (held?.key !== request.patch.base) return { ok: false, errors: [NO_DOCUMENT] };
          const patch = parsed<DesignPatch>(request.patch.change, 'patch');
          if (typeof patch === 'string') {
            kept.delete(pack);
            return { ok: false, errors: [patch] };
          }
          const live = held.entry.follow();
          const update = live.update(patch);
          keep(pack, request.key, held.entry);
          if (update.full) return { ok: true, result: live.result };
          return {
            ok: true,
            delta: {
              base: request.patch.base,
              flows: update.changed.map((id) => [id, live.flow(id)!]),
              removed: update.removed,
              ...(update.findingsRerun ? { findings: live.findings } : {}),
            },
          };
        }
        const same = kept.get(pack);
        if (same?.key === request.key) return { ok: true, result: same.entry.current };
        const other = [...kept.values()].find((held) => held.key === request.key);
        if (!other) return { ok: false, errors: [NO_DOCUMENT] };
        return fresh(pack, request.key, other.entry.document, rulesAsOf as PackId | undefined);
      } catch (error) {
        // The engine promises not to throw on a valid document; if it does, say so instead of
        // hanging the UI, and start again from a whole document next time.
        kept.delete(pack);
        return { ok: false, errors: [engineFailed(error)] };
      }
    },

    /**
     * Two versions of a design evaluated with one pack (the newer one's own when absent), and what
     * changed between them (engine/diff). Nothing is kept: the design being edited keeps its place.
     */
    compare(before: Uint8Array | Design, after: Uint8Array | Design, rulesAsOf?: string): CompareAnswer {
      if (rulesAsOf !== undefined && !isPackId(rulesAsOf)) {
        return { ok: false, errors: [`rulesAsOf: unknown rule pack ${JSON.stringify(rulesAsOf)}`] };
      }
      const older = parsed<Design>(before, 'design');
      const newer = parsed<Design>(after, 'design');
      if (typeof older === 'string' || typeof newer === 'string') {
        return { ok: false, errors: [older, newer].filter((e): e is string => typeof e === 'string') };
      }
      try {
        return { ok: true, diff: diffVersions(older, newer, rulesAsOf === undefined ? {} : { rulesAsOf }) };
      } catch (error) {
        return { ok: false, errors: [engineFailed(error)] };
      }
    },

    /** How many of a design's flows get each verdict under its own pack: what a version is listed with. */
    countVerdicts(document: Uint8Array | Design): CountAnswer {
      const design = parsed<Design>(document, 'design');
      if (typeof design === 'string') return { ok: false, errors: [design] };
      try {
        const counts: Record<string, number> = {};
        for (const flow of Object.values(evaluate(design).flows))
          counts[flow.verdict] = (counts[flow.verdict] ?? 0) + 1;
        return { ok: true, counts };
      } catch (error) {
        return { ok: false, errors: [engineFailed(error)] };
      }
    },
  };
}

const engineFailed = (error: unknown) => `the engine failed: ${error instanceof Error ? error.message : String(error)}`;

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
