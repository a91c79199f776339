import { describe, expect, it } from 'vitest';
import { evaluate } from '../../engine/index.ts';
import { estate } from '../testing/fixtures.ts';
import { AnalysisTimeoutError } from './engine-client.ts';
import { analysisOf, idleAnalysis, type Analysis, type EvaluationQueryView } from './analysis.ts';

const earlier = evaluate(estate());
const query = (view: Partial<EvaluationQueryView>): EvaluationQueryView => ({
  data: undefined,
  error: null,
  isFetching: false,
  isPlaceholderData: false,
  ...view,
});
const none = { current: null, shown: null, updating: false, busy: false, stopped: null, errors: [] };
const done = (extra: Partial<Analysis> = {}): Analysis => ({
  ...none,
  status: 'done',
  rulesAsOf: 'latest',
  current: earlier,
  shown: earlier,
  ...extra,
});

describe('analysis', () => {
  const timeout = new AnalysisTimeoutError(5_000);

  it('is idle, with nothing to show, while no design is open', () => {
    expect(idleAnalysis('2024-06')).toEqual({ ...none, status: 'idle', rulesAsOf: '2024-06' });
  });

  it('keeps the last verdicts when the analysis stops, says why, and is no longer busy', () => {
    expect(analysisOf('latest', query({ error: timeout }), earlier)).toEqual(done({ stopped: timeout.message }));
  });

  it('with nothing shown before, fails with the reason as its error', () => {
    expect(analysisOf('latest', query({ error: timeout }), null)).toEqual({
      ...none,
      status: 'failed',
      rulesAsOf: 'latest',
      errors: [timeout.message],
      stopped: timeout.message,
    });
  });

  it('shows a retry as updating (busy) over the last verdicts, or as pending without any', () => {
    expect(analysisOf('latest', query({ error: timeout, isFetching: true }), earlier)).toEqual(
      done({ updating: true, busy: true }),
    );
    expect(analysisOf('latest', query({ error: timeout, isFetching: true }), null)).toEqual({
      ...none,
      status: 'pending',
      rulesAsOf: 'latest',
      busy: true,
    });
  });

  it('treats a design the engine refuses as failed, not stopped, and shows no verdicts', () => {
    expect(
      analysisOf('latest', query({ data: { ok: false, errors: ['format: expected "fastpath-design"'] } }), earlier),
    ).toEqual({ ...none, status: 'failed', rulesAsOf: 'latest', errors: ['format: expected "fastpath-design"'] });
  });

  it('shows a placeholder answer as updating and a current one as done', () => {
    expect(
      analysisOf('latest', query({ data: { ok: true, result: earlier }, isPlaceholderData: true }), earlier),
    ).toEqual(done({ updating: true, busy: true }));
    expect(analysisOf('latest', query({ data: { ok: true, result: earlier } }), earlier)).toEqual(done());
    expect(analysisOf('2019-05', query({}), null)).toEqual({
      ...none,
      status: 'pending',
      rulesAsOf: '2019-05',
      busy: true,
    });
  });
});
