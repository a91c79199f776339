import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { evaluate } from '../../engine/index.ts';
import { estate } from '../testing/fixtures.ts';
import type * as EngineClient from './engine-client.ts';
import type { EvaluationAnswer } from './engine-client.ts';

// The worker is replaced by answers the test hands out when it chooses, so the order in which
// answers arrive is under the test's control.
const pending: {
  rulesAsOf: string | undefined;
  resolve: (response: EvaluationAnswer) => void;
  reject: (error: Error) => void;
}[] = [];
vi.mock('./engine-client.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof EngineClient>()),
  evaluateInWorker: (_key: string, _design: unknown, rulesAsOf?: string) =>
    new Promise<EvaluationAnswer>((resolve, reject) => pending.push({ rulesAsOf, resolve, reject })),
}));

const { evaluationKey, evaluationQuery, retryEvaluations } = await import('./evaluation.ts');
const { AnalysisTimeoutError, WorkerAnswerError, WorkerStoppedError } = await import('./engine-client.ts');

const design = estate();
const answer = (): EvaluationAnswer => ({ ok: true, result: evaluate(design) });

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
    expect(evaluationQuery(design, 2, 8, '2024-06').queryKey).not.toEqual(
      evaluationQuery(design, 2, 7, '2024-06').queryKey,
    );
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
    const late = answer();
    pending[0]?.resolve(late); // revision 1 answers last
    // The late answer has landed, in revision 1's own entry, and nowhere else.
    await vi.waitFor(() => expect(client.getQueryData(evaluationKey(1, 1, 'latest'))).toBe(late));
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

  it('does not retry a timeout: it would wait as long again; the error reaches the screen', async () => {
    const client = new QueryClient();
    const observer = observe(client, 1, 1);
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    pending[0]?.reject(new AnalysisTimeoutError(5_000));
    // Settled: in error and no longer fetching, so no retry is pending.
    await vi.waitFor(() => expect(observer.getCurrentResult()).toMatchObject({ isError: true, fetchStatus: 'idle' }));
    expect(observer.getCurrentResult().error).toBeInstanceOf(AnalysisTimeoutError);
    expect(observer.getCurrentResult().failureCount).toBe(1);
    expect(pending).toHaveLength(1);
    unsubscribe();
  });

  it('does not retry an answer it cannot read', async () => {
    const client = new QueryClient();
    const observer = observe(client, 1, 1);
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    pending[0]?.reject(new WorkerAnswerError());
    await vi.waitFor(() => expect(observer.getCurrentResult().error).toBeInstanceOf(WorkerAnswerError));
    expect(pending).toHaveLength(1);
    unsubscribe();
  });

  it('gives a stopped worker exactly one more try, then shows why it stopped', async () => {
    const client = new QueryClient();
    const observer = observe(client, 1, 1);
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    pending[0]?.reject(new WorkerStoppedError('The analysis could not start: its script failed to load', false));
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    pending[1]?.reject(new WorkerStoppedError('The analysis could not start: its script failed to load', false));
    // Settled: in error and no longer fetching, so no third try is pending.
    await vi.waitFor(() => expect(observer.getCurrentResult()).toMatchObject({ isError: true, fetchStatus: 'idle' }));
    expect(observer.getCurrentResult().error?.message).toBe('The analysis could not start: its script failed to load');
    expect(observer.getCurrentResult().failureCount).toBe(2);
    expect(pending).toHaveLength(2);
    unsubscribe();
  });

  it('retries with the real query function while the compare view watches the same key (no "Missing queryFn")', async () => {
    const client = new QueryClient();
    const own = observe(client, 1, 1);
    const unsubscribeOwn = own.subscribe(() => undefined);
    await vi.waitFor(() => expect(pending).toHaveLength(1));
    // The compare view, set to the design's own pack, renders after the design's own evaluation and
    // sets the query's options last.
    const compared = new QueryObserver(client, evaluationQuery(design, 1, 1, 'latest'));
    const unsubscribeClosed = compared.subscribe(() => undefined);
    pending[0]?.reject(new WorkerStoppedError('The analysis worker stopped: out of memory', true));
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    const second = answer();
    pending[1]?.resolve(second);
    await vi.waitFor(() => expect(own.getCurrentResult().data).toBe(second));
    expect(own.getCurrentResult().isError).toBe(false);
    unsubscribeClosed();
    unsubscribeOwn();
  });

  it('asks again on "Retry analysis", only for the evaluations that failed', async () => {
    const client = new QueryClient();
    const failing = observe(client, 1, 2);
    const fine = new QueryObserver(client, evaluationQuery(design, 1, 2, '2019-05'));
    const unsubscribe = [failing.subscribe(() => undefined), fine.subscribe(() => undefined)];
    await vi.waitFor(() => expect(pending).toHaveLength(2));
    pending.find((call) => call.rulesAsOf === 'latest')?.reject(new AnalysisTimeoutError(5_000));
    pending.find((call) => call.rulesAsOf === '2019-05')?.resolve(answer());
    await vi.waitFor(() => expect(failing.getCurrentResult().isError).toBe(true));

    const retried = retryEvaluations(client);
    await vi.waitFor(() => expect(pending).toHaveLength(3));
    expect(pending[2]?.rulesAsOf).toBe('latest');
    const current = answer();
    pending[2]?.resolve(current);
    await retried;
    expect(failing.getCurrentResult().data).toBe(current);
    expect(failing.getCurrentResult().isError).toBe(false);
    for (const stop of unsubscribe) stop();
  });
});
