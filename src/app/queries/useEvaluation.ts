import { useQuery } from '@tanstack/react-query';
import { useShallow } from 'zustand/react/shallow';
import type { EvaluationResult, PackId } from '../../engine/index.ts';
import { useDesignStore } from '../store/design-store.ts';
import { evaluationQuery } from './evaluation.ts';

export type EvaluationState =
  | { status: 'idle' | 'pending'; rulesAsOf: PackId }
  /** `updating`: the result is for an earlier revision or pack, shown until the new one arrives. */
  | { status: 'done'; rulesAsOf: PackId; result: EvaluationResult; updating: boolean }
  | { status: 'failed'; rulesAsOf: PackId; errors: string[] };

/** The open design's evaluation under the rule pack it asks for (its `rulesAsOf`), or under `pack`. */
export function useEvaluation(pack?: PackId | null): EvaluationState {
  const { design, session, revision } = useDesignStore(useShallow((s) => ({ design: s.design, session: s.session, revision: s.revision })));
  const rulesAsOf: PackId = pack ?? design?.rulesAsOf ?? 'latest';
  // `null` asks for nothing (the compare view is closed).
  const query = useQuery(evaluationQuery(pack === null ? null : design, session, revision, rulesAsOf));

  if (!design || pack === null) return { status: 'idle', rulesAsOf };
  if (query.isError) return { status: 'failed', rulesAsOf, errors: [query.error.message] };
  if (!query.data) return { status: 'pending', rulesAsOf };
  if (!query.data.ok) return { status: 'failed', rulesAsOf, errors: query.data.errors };
  return { status: 'done', rulesAsOf, result: query.data.result, updating: query.isPlaceholderData };
}
