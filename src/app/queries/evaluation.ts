import { queryOptions, skipToken } from '@tanstack/react-query';
import type { Design, PackId } from '../../engine/index.ts';
import { evaluateInWorker } from './engine-client.ts';

/**
 * The evaluation of one revision of the open design under one rule pack, computed in the worker.
 * The revision identifies the document's content, so a result never goes stale: a new revision is
 * a new query, and an answer for an older revision is never shown as the current one.
 */
export function evaluationQuery(design: Design | null, revision: number, rulesAsOf: PackId) {
  return queryOptions({
    queryKey: ['evaluation', revision, rulesAsOf] as const,
    queryFn: design ? () => evaluateInWorker(design, rulesAsOf) : skipToken,
    staleTime: Infinity,
    gcTime: 5 * 60_000,
    // The engine is deterministic: asking again gives the same answer.
    retry: false,
  });
}
