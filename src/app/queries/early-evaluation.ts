import type { QueryClient } from '@tanstack/react-query';
import { useDesignStore } from '../store/design-store.ts';
import { evaluationQuery } from './evaluation.ts';

// An edit on a large design takes the screen a render and a paint (a hundred milliseconds or more
// at a thousand flows) before the analysis would hear of it from a component. Asking the worker
// as soon as the store has the new revision lets it evaluate on the other core meanwhile; the
// components then find the query already under way (the same key: useAnalysis.ts).

/** Starts the evaluation of every new revision of the open design under its own pack; returns the unsubscribe. */
export function evaluateEarly(client: QueryClient): () => void {
  return useDesignStore.subscribe((state, previous) => {
    const { design, session, revision } = state;
    if (!design || (revision === previous.revision && session === previous.session)) return;
    void client.prefetchQuery(evaluationQuery(design, session, revision, design.rulesAsOf));
  });
}
