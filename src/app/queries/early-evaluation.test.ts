import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { estate } from '../testing/fixtures.ts';
import type * as EngineClient from './engine-client.ts';

// The worker is replaced by a recorder: which revisions were asked about, and when.
const asked: string[] = [];
vi.mock('./engine-client.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof EngineClient>()),
  evaluateInWorker: (key: string) => {
    asked.push(key);
    return new Promise(() => {});
  },
}));

const { evaluateEarly } = await import('./early-evaluation.ts');
const { evaluationKey } = await import('./evaluation.ts');
const { useDesignStore } = await import('../store/design-store.ts');

afterEach(() => {
  asked.length = 0;
});

describe('early evaluation', () => {
  it('asks the worker about each new revision as the store takes it, before anything renders', () => {
    const client = new QueryClient();
    const stop = evaluateEarly(client);
    const design = estate();
    useDesignStore.getState().open(design, null);
    const { session, revision } = useDesignStore.getState();
    expect(asked).toEqual([`${session}:${revision}`]);
    expect(client.getQueryState(evaluationKey(session, revision, design.rulesAsOf))?.fetchStatus).toBe('fetching');

    const before = { design, selection: { nodeIds: [], edgeIds: [] } };
    useDesignStore.getState().commit({ ...design, title: 'edited' }, before);
    expect(asked).toEqual([`${session}:${revision}`, `${session}:${revision + 1}`]);

    // A change that is not a new revision (the storage id) asks nothing.
    useDesignStore.getState().setDesignId('stored');
    expect(asked).toHaveLength(2);
    stop();
    useDesignStore.getState().commit({ ...design, title: 'again' }, before);
    expect(asked).toHaveLength(2);
  });
});
