import { describe, expect, it } from 'vitest';
import { estate } from '../app/testing/fixtures.ts';
import { createEngineApi } from './engine-api.ts';
import { isEvaluateResponse, NO_DOCUMENT } from './protocol.ts';

describe('engine API (the worker)', () => {
  it.each([
    {
      name: 'an unknown rule pack',
      request: { key: 'k', design: estate() },
      pack: '2018-01',
      error: 'rulesAsOf: unknown rule pack "2018-01"',
    },
    {
      name: 'a document that is not a design',
      request: { key: 'k', design: { nodes: [] } },
      pack: undefined,
      error: 'format',
    },
    { name: 'a key it holds no document for', request: { key: 'k' }, pack: undefined, error: NO_DOCUMENT },
  ])('refuses $name with a readable error', ({ request, pack, error }) => {
    const answer = createEngineApi().evaluate(request, pack);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.errors.join('\n')).toContain(error);
  });

  it('keeps the last document: the same key evaluates under another pack without it', () => {
    const api = createEngineApi();
    const first = api.evaluate({ key: '1:1', design: estate() }, 'latest');
    const second = api.evaluate({ key: '1:1' }, '2019-05');
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok)
      expect([first.result.rulesAsOf, second.result.rulesAsOf]).toEqual(['2025-11', '2019-05']);
    expect(api.evaluate({ key: '1:2' }).ok).toBe(false);
  });

  it('forgets the document when a new one fails to load', () => {
    const api = createEngineApi();
    api.evaluate({ key: '1:1', design: estate() });
    api.evaluate({ key: '1:2', design: 'not json' });
    const answer = api.evaluate({ key: '1:1' });
    expect(answer).toEqual({ ok: false, errors: [NO_DOCUMENT] });
  });

  it('answers in the shape the screen checks for, whether it evaluates or refuses', () => {
    const api = createEngineApi();
    expect(isEvaluateResponse(api.evaluate({ key: '1:1', design: estate() }))).toBe(true);
    expect(isEvaluateResponse(api.evaluate({ key: '1:2', design: 'not json' }))).toBe(true);
    expect(isEvaluateResponse(api.evaluate({ key: '1:1' }, '2018-01'))).toBe(true);
  });
});
