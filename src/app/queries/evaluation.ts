import { queryOptions, skipToken, type QueryClient } from '@tanstack/react-query';
import type { Design, PackId } from '../../engine/index.ts';
import { evaluateInWorker, WorkerStoppedError } from './engine-client.ts';

export type EvaluationKey = readonly ['evaluation', session: number, revision: number, rulesAsOf: PackId];

export function evaluationKey(session: number, revision: number, rulesAsOf: PackId): EvaluationKey {
  return ['evaluation', session, revision, rulesAsOf] as const;
}

/**
 * The evaluation of one revision of the open design under one rule pack, computed in the worker.
 * The revision identifies the document's content, so a result never goes stale: a new revision is
 * a new query. While it runs, the answer for the previous revision of the same design stands in
 * (flagged as a placeholder, so it is shown as updating, never as current); another design's
 * answer never does.
 *
 * Every observer of a key passes the real query function (`skipToken` only when no design is
 * open): a query reads its function from the options its observers last set, also when it
 * retries, and an observer holding `skipToken` turned a retry after a worker stop into "Missing
 * queryFn".
 */
export function evaluationQuery(design: Design | null, session: number, revision: number, rulesAsOf: PackId) {
  return queryOptions({
    queryKey: evaluationKey(session, revision, rulesAsOf),
    queryFn: design ? () => evaluateInWorker(`${session}:${revision}`, design, rulesAsOf) : skipToken,
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    // The engine is deterministic: asking again gives the same answer, unless the worker died
    // under the call, in which case a fresh worker gets one more try. A timeout is not retried:
    // it would keep the screen waiting as long again.
    retry: (failures, error) => error instanceof WorkerStoppedError && failures < 1,
    retryDelay: 0,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === session ? previous : undefined),
  });
}

/** "Retry analysis": asks again for the evaluations on screen that failed (the design's own, the compared one). */
export function retryEvaluations(client: QueryClient): Promise<void> {
  return client.refetchQueries({
    queryKey: ['evaluation'],
    type: 'active',
    predicate: (query) => query.state.status === 'error',
  });
}
