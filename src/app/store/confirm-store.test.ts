import { beforeEach, describe, expect, it } from 'vitest';
import { answerConfirm, askToConfirm, useConfirmStore } from './confirm-store.ts';

const question = (title: string) => ({
  title,
  message: `${title}?`,
  actions: [
    { id: 'yes', label: 'Yes' },
    { id: 'no', label: 'No' },
  ] as const,
  safe: 'no' as const,
});

describe('confirm store', () => {
  beforeEach(() => useConfirmStore.setState({ current: null, queue: [] }));

  it('answers a question with the chosen action and clears it', async () => {
    const answer = askToConfirm(question('Delete'));
    expect(useConfirmStore.getState().current?.title).toBe('Delete');
    answerConfirm('yes');
    expect(await answer).toBe('yes');
    expect(useConfirmStore.getState().current).toBeNull();
  });

  it('shows questions asked together one at a time, in order', async () => {
    const first = askToConfirm(question('First'));
    const second = askToConfirm(question('Second'));
    expect(useConfirmStore.getState().current?.title).toBe('First');
    answerConfirm('no');
    expect(useConfirmStore.getState().current?.title).toBe('Second');
    answerConfirm('yes');
    expect([await first, await second]).toEqual(['no', 'yes']);
  });

  it('ignores an answer that is not one of the question’s actions', () => {
    void askToConfirm(question('Only'));
    answerConfirm('maybe');
    expect(useConfirmStore.getState().current?.title).toBe('Only');
  });
});
