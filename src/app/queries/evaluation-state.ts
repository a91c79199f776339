import type { EvaluationResult, PackId } from '../../engine/index.ts';
import type { EvaluateResponse } from '../../worker/protocol.ts';

export type EvaluationState =
  | { status: 'idle' | 'pending'; rulesAsOf: PackId }
  /**
   * `updating`: the result is for an earlier revision or pack, shown until the new one arrives.
   * `stopped`: why the analysis stopped (the worker hung, died or sent nonsense); the result is the
   * last one it gave, kept on screen until a retry or an edit brings a new one.
   */
  | { status: 'done'; rulesAsOf: PackId; result: EvaluationResult; updating: boolean; stopped?: string }
  | { status: 'failed'; rulesAsOf: PackId; errors: string[]; stopped?: string };

/** The parts of the evaluation query the screen's state is made from. */
export type EvaluationQueryView = {
  data: EvaluateResponse | undefined;
  error: Error | null;
  isFetching: boolean;
  isPlaceholderData: boolean;
};

/**
 * The state of a design's evaluation, from its query and the last result the design was shown.
 * An error from the query is the analysis stopping, not the design being wrong (the engine answers
 * a bad design with `ok: false`), so the last verdicts stay and the reason goes beside them.
 */
export function evaluationState(
  rulesAsOf: PackId,
  query: EvaluationQueryView,
  last: EvaluationResult | null,
): EvaluationState {
  if (query.error) {
    // Asked again after stopping: the query keeps its error until the new answer comes.
    if (query.isFetching)
      return last ? { status: 'done', rulesAsOf, result: last, updating: true } : { status: 'pending', rulesAsOf };
    const stopped = query.error.message;
    return last
      ? { status: 'done', rulesAsOf, result: last, updating: false, stopped }
      : { status: 'failed', rulesAsOf, errors: [stopped], stopped };
  }
  if (!query.data) return { status: 'pending', rulesAsOf };
  if (!query.data.ok) return { status: 'failed', rulesAsOf, errors: query.data.errors };
  return { status: 'done', rulesAsOf, result: query.data.result, updating: query.isPlaceholderData };
}
