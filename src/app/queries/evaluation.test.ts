import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { evaluate } from '../../engine/index.ts';
import { estate } from '../commands/test-design.ts';
import type { EvaluateResponse } from './engine-client.ts';

// The worker is replaced by answers the test hands out when it chooses, so the order in which
// answers arrive is under the test's control.
const pending: { rulesAsOf: string | undefined; resolve: (response: EvaluateResponse) => void }[] = [];
vi.mock('./engine-client.ts', () => ({
  evaluateInWorker: (_key: string, _design: unknown, rulesAsOf?: string) =>
    new Promise<EvaluateResponse>((resolve) => pending.push({ rulesAsOf, resolve })),
}));

const { evaluationKey, evaluationQuery } = await import('./evaluation.ts');

const design = estate();
const answer = (): EvaluateResponse => ({ ok: true, result: evaluate(design) });

function observe(client: QueryClient, session: number, revision: number) {
  return new QueryObserver(client, evaluationQuery(design, session, revision, 'latest'));
}

afterEach(() => {
  pending.length = 0;
});

describe('evaluation query', () => {
  it('is keyed by session, revision and rule pack', () => {
    expect(evaluationKey(2, 7, '2024-06')).toEqual(['evaluation', 2, 7, '2024-06']);
    expect(evaluationQuery(design, 2, 7, '2024-06').queryKey).toEqual(['evaluation', 2, 7, '2024-06']);
    expect(evaluationQuery(design, 2, 8, '2024-06').queryKey).not.toEqual(evaluationQuery(design, 2, 7, '2024-06').queryKey);
  });

  it('shows the previous revision’s answer as a placeholder while the new one runs, never as current', async () => {
    const client = new QueryClient();
    const observer = observe(client, 1, 1);
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    const first = answer();
    pending[0]?.resolve(first);
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe(first));

    observer.setOptions(evaluationQuery(design, 1, 2, 'latest'));
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    const during = observer.getCurrentResult();
    expect(during.data).toBe(first);
    expect(during.isPlaceholderData).toBe(true);

    const second = answer();
    pending[1]?.resolve(second);
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe(second));
    expect(observer.getCurrentResult().isPlaceholderData).toBe(false);
    unsubscribe();
  });

  it('never lets a late answer for an older revision replace the current one', async () => {
    const client = new QueryClient();
    const observer = observe(client, 1, 1);
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    observer.setOptions(evaluationQuery(design, 1, 2, 'latest'));
    await vi.waitFor(() => expect(pending).toHaveLength(2));

    const current = answer();
    pending[1]?.resolve(current);
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBe(current));
    pending[0]?.resolve(answer()); // revision 1 answers last
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(observer.getCurrentResult().data).toBe(current);
    expect(client.getQueryData(evaluationKey(1, 2, 'latest'))).toBe(current);
    unsubscribe();
  });

  it('does not carry one design’s answer over to another design', async () => {
    const client = new QueryClient();
    const observer = observe(client, 1, 1);
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    pending[0]?.resolve(answer());
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toBeDefined());

    observer.setOptions(evaluationQuery(design, 2, 2, 'latest'));
    expect(observer.getCurrentResult().data).toBeUndefined();
    unsubscribe();
  });
});
