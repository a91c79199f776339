import { describe, expect, it } from 'vitest';
import type { Design } from '../engine/index.ts';
import { estate } from '../app/testing/fixtures.ts';
import { createEngineApi } from './engine-api.ts';
import { isEvaluateResponse, NO_DOCUMENT, type EvaluateRequest } from './protocol.ts';

/** A design as the screen hands it over: UTF-8 JSON bytes. */
const bytesOf = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

describe('engine API (the worker)', () => {
  it.each<{ name: string; request: EvaluateRequest; pack: string | undefined; error: string }>([
    {
      name: 'an unknown rule pack',
      request: { key: 'k', design: estate() },
      pack: '2018-01',
      error: 'rulesAsOf: unknown rule pack "2018-01"',
    },
    {
      name: 'bytes that are not JSON',
      request: { key: 'k', design: bytesOf('{"nodes": [') },
      pack: undefined,
      error: 'not JSON',
    },
    {
      name: 'JSON that is not an object',
      request: { key: 'k', design: bytesOf('42') },
      pack: undefined,
      error: 'not a design',
    },
    {
      name: 'a document the engine cannot evaluate',
      request: { key: 'k', design: { nodes: null } as unknown as Design },
      pack: undefined,
      error: 'the engine failed',
    },
    { name: 'a key it holds no document for', request: { key: 'k' }, pack: undefined, error: NO_DOCUMENT },
  ])('refuses $name with a readable error', ({ request, pack, error }) => {
    const answer = createEngineApi().evaluate(request, pack);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.errors.join('\n')).toContain(error);
  });

  it('evaluates a loaded design handed over as bytes as it evaluates the design itself', () => {
    const fromBytes = createEngineApi().evaluate({ key: '1:1', design: bytesOf(estate()) });
    const fromObject = createEngineApi().evaluate({ key: '1:1', design: estate() });
    expect(fromBytes.ok).toBe(true);
    expect(fromBytes).toEqual(fromObject);
  });

  it('keeps the last document: the same key evaluates under another pack without it', () => {
    const api = createEngineApi();
    const first = api.evaluate({ key: '1:1', design: bytesOf(estate()) }, 'latest');
    const second = api.evaluate({ key: '1:1' }, '2019-05');
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok)
      expect([first.result.rulesAsOf, second.result.rulesAsOf]).toEqual(['2025-11', '2019-05']);
    expect(api.evaluate({ key: '1:2' }).ok).toBe(false);
  });

  it('forgets the document when a new one cannot be read', () => {
    const api = createEngineApi();
    api.evaluate({ key: '1:1', design: estate() });
    api.evaluate({ key: '1:2', design: bytesOf('not json') });
    const answer = api.evaluate({ key: '1:1' });
    expect(answer).toEqual({ ok: false, errors: [NO_DOCUMENT] });
  });

  it('answers in the shape the screen checks for, whether it evaluates or refuses', () => {
    const api = createEngineApi();
    expect(isEvaluateResponse(api.evaluate({ key: '1:1', design: estate() }))).toBe(true);
    expect(isEvaluateResponse(api.evaluate({ key: '1:2', design: bytesOf('not json') }))).toBe(true);
    expect(isEvaluateResponse(api.evaluate({ key: '1:1' }, '2018-01'))).toBe(true);
  });
});
