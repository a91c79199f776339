import { describe, expect, it } from 'vitest';
import { evaluate } from '../../engine/index.ts';
import { estate } from '../testing/fixtures.ts';
import { AnalysisTimeoutError } from './engine-client.ts';
import { evaluationState, type EvaluationQueryView } from './evaluation-state.ts';

const earlier = evaluate(estate());
const query = (view: Partial<EvaluationQueryView>): EvaluationQueryView => ({
  data: undefined,
  error: null,
  isFetching: false,
  isPlaceholderData: false,
  ...view,
});
/** What App.tsx puts in the design region's aria-busy. */
const busy = (state: ReturnType<typeof evaluationState>) =>
  state.status === 'pending' || (state.status === 'done' && state.updating);

describe('evaluation state', () => {
  const timeout = new AnalysisTimeoutError(5_000);

  it('keeps the last verdicts when the analysis stops, says why, and is no longer busy', () => {
    const state = evaluationState('latest', query({ error: timeout }), earlier);
    expect(state).toEqual({
      status: 'done',
      rulesAsOf: 'latest',
      result: earlier,
      updating: false,
      stopped: timeout.message,
    });
    expect(busy(state)).toBe(false);
  });

  it('with nothing shown before, fails with the reason as its error', () => {
    const state = evaluationState('latest', query({ error: timeout }), null);
    expect(state).toEqual({
      status: 'failed',
      rulesAsOf: 'latest',
      errors: [timeout.message],
      stopped: timeout.message,
    });
    expect(busy(state)).toBe(false);
  });

  it('shows a retry as updating, over the last verdicts', () => {
    expect(evaluationState('latest', query({ error: timeout, isFetching: true }), earlier)).toEqual({
      status: 'done',
      rulesAsOf: 'latest',
      result: earlier,
      updating: true,
    });
    expect(evaluationState('latest', query({ error: timeout, isFetching: true }), null)).toEqual({
      status: 'pending',
      rulesAsOf: 'latest',
    });
  });

  it('treats a design the engine refuses as failed, not stopped', () => {
    expect(
      evaluationState(
        'latest',
        query({ data: { ok: false, errors: ['format: expected "fastpath-design"'] } }),
        earlier,
      ),
    ).toEqual({
      status: 'failed',
      rulesAsOf: 'latest',
      errors: ['format: expected "fastpath-design"'],
    });
  });

  it('shows a placeholder answer as updating and a current one as done', () => {
    expect(
      evaluationState('latest', query({ data: { ok: true, result: earlier }, isPlaceholderData: true }), earlier),
    ).toMatchObject({ status: 'done', updating: true });
    expect(evaluationState('latest', query({ data: { ok: true, result: earlier } }), earlier)).toEqual({
      status: 'done',
      rulesAsOf: 'latest',
      result: earlier,
      updating: false,
    });
    expect(evaluationState('latest', query({}), null)).toEqual({ status: 'pending', rulesAsOf: 'latest' });
  });
});
