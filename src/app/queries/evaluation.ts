import { queryOptions, skipToken } from '@tanstack/react-query';
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
 */
export function evaluationQuery(design: Design | null, session: number, revision: number, rulesAsOf: PackId) {
  return queryOptions({
    queryKey: evaluationKey(session, revision, rulesAsOf),
    queryFn: design ? () => evaluateInWorker(`${session}:${revision}`, design, rulesAsOf) : skipToken,
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    // The engine is deterministic: asking again gives the same answer, unless the worker died
    // under the call, in which case a fresh worker gets one more try.
    retry: (failures, error) => error instanceof WorkerStoppedError && failures < 2,
    retryDelay: 0,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === session ? previous : undefined),
  });
}
