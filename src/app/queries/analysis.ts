import type { EvaluationResult, PackId } from '../../engine/index.ts';
import type { EvaluationAnswer } from '../../worker/protocol.ts';

/**
 * The open design's analysis as the screen uses it: one shape for every consumer (the status line,
 * the panels, the canvas, the compare view), whatever state the worker and the query are in.
 */
export type Analysis = {
  /**
   * `idle`: no design is open; `pending`: no answer yet; `done`: `current` holds one; `failed`: there
   * is no result to show and `errors` say why (the engine refused the design, or the analysis stopped).
   */
  status: 'idle' | 'pending' | 'done' | 'failed';
  /** The rule pack asked for. */
  rulesAsOf: PackId;
  /** The newest result; while `updating` it is the previous revision's (or pack's), shown until the new one arrives. */
  current: EvaluationResult | null;
  /**
   * `current`, one task behind: what panels and the canvas draw, so that an edit's
   * own task stays short while a large design's answer is drawn (see useAnalysis).
   */
  shown: EvaluationResult | null;
  updating: boolean;
  /** A new answer is on its way: nothing yet, or the shown one is for an earlier revision. */
  busy: boolean;
  /** Why the analysis stopped (the worker hung, died or sent nonsense); `current` is then the last answer it gave. */
  stopped: string | null;
  errors: readonly string[];
};

/** The parts of the evaluation query the analysis is made from. */
export type EvaluationQueryView = {
  data: EvaluationAnswer | undefined;
  error: Error | null;
  isFetching: boolean;
  isPlaceholderData: boolean;
};

const NONE = { current: null, shown: null, updating: false, busy: false, stopped: null, errors: [] } as const;

/** The analysis while nothing is asked: no design is open. */
export function idleAnalysis(rulesAsOf: PackId): Analysis {
  return { ...NONE, status: 'idle', rulesAsOf };
}

/**
 * The analysis of a design, from its query and the last result the design was shown (`shown` is
 * `current` here; the hook defers it). An error from the query is the analysis stopping, not the
 * design being wrong (the engine answers a bad design with `ok: false`), so the last verdicts stay
 * and the reason goes beside them.
 */
export function analysisOf(rulesAsOf: PackId, query: EvaluationQueryView, last: EvaluationResult | null): Analysis {
  const pending: Analysis = { ...NONE, status: 'pending', rulesAsOf, busy: true };
  const done = (current: EvaluationResult, updating: boolean, stopped: string | null = null): Analysis => ({
    ...NONE,
    status: 'done',
    rulesAsOf,
    current,
    shown: current,
    updating,
    busy: updating,
    stopped,
  });
  if (query.error) {
    // Asked again after stopping: the query keeps its error until the new answer comes.
    if (query.isFetching) return last ? done(last, true) : pending;
    const stopped = query.error.message;
    return last ? done(last, false, stopped) : { ...NONE, status: 'failed', rulesAsOf, stopped, errors: [stopped] };
  }
  if (!query.data) return pending;
  if (!query.data.ok) return { ...NONE, status: 'failed', rulesAsOf, errors: query.data.errors };
  return done(query.data.result, query.isPlaceholderData);
}
