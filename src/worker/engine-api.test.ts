import { describe, expect, it } from 'vitest';
import { diffDesigns, diffVersions, evaluate, type Design } from '../engine/index.ts';
import { estate } from '../app/testing/fixtures.ts';
import { createEngineApi } from './engine-api.ts';
import { isCompareAnswer, isCountAnswer } from './compare-protocol.ts';
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
    if ('result' in first && 'result' in second)
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

  describe('edits as patches', () => {
    /** The estate with a second flow, into the hub's VM, and the same with the spoke's VM renamed. */
    const twoFlows = (): Design => {
      const design = estate();
      return {
        ...design,
        edges: [...design.edges, { ...design.edges.find((e) => e.id === 'f1')!, id: 'f2', target: 'vm' }],
      };
    };
    const renamed = (design: Design): Design => ({
      ...design,
      nodes: design.nodes.map((n) => (n.id === 'vm2' ? { ...n, label: 'App' } : n)),
    });

    it('answers a patch of the revision it holds with only what changed', () => {
      const api = createEngineApi();
      const before = twoFlows();
      const after = renamed(before);
      api.evaluate({ key: '1:1', design: bytesOf(before) }, 'latest');
      const answer = api.evaluate(
        { key: '1:2', patch: { base: '1:1', change: bytesOf(diffDesigns(before, after)) } },
        'latest',
      );
      expect(answer.ok && 'delta' in answer).toBe(true);
      if (!('delta' in answer)) return;
      const full = evaluate(after, { rulesAsOf: 'latest' });
      // f1's path names the spoke's VM; f2 does not pass it. The design rules that read every
      // node ran again, so their findings come along.
      expect(answer.delta).toEqual({
        base: '1:1',
        flows: [['f1', full.flows.f1]],
        removed: [],
        findings: full.findings,
      });
    });

    it('refuses a patch of a revision it does not hold, so the screen sends the design whole', () => {
      const api = createEngineApi();
      const design = twoFlows();
      api.evaluate({ key: '1:1', design }, 'latest');
      const patch = { base: '1:0', change: diffDesigns(design, renamed(design)) };
      expect(api.evaluate({ key: '1:2', patch }, 'latest')).toEqual({ ok: false, errors: [NO_DOCUMENT] });
      // Under another pack it holds nothing at all.
      expect(api.evaluate({ key: '1:2', patch: { ...patch, base: '1:1' } }, '2019-05')).toEqual({
        ok: false,
        errors: [NO_DOCUMENT],
      });
    });

    it('keeps an evaluation per pack: patches under each follow their own revision', () => {
      const api = createEngineApi();
      const design = twoFlows();
      const after = renamed(design);
      api.evaluate({ key: '1:1', design }, 'latest');
      api.evaluate({ key: '1:1' }, '2019-05');
      const change = diffDesigns(design, after);
      const latest = api.evaluate({ key: '1:2', patch: { base: '1:1', change } }, 'latest');
      const old = api.evaluate({ key: '1:2', patch: { base: '1:1', change } }, '2019-05');
      expect([latest.ok, old.ok]).toEqual([true, true]);
      if ('delta' in old) expect(old.delta.flows).toEqual([['f1', evaluate(after, { rulesAsOf: '2019-05' }).flows.f1]]);
      else expect.unreachable('a patch is answered with what changed');
    });

    it('asked by key for the revision a patch brought it to, answers with that revision’s result', () => {
      const api = createEngineApi();
      const before = twoFlows();
      const after = renamed(before);
      api.evaluate({ key: '1:1', design: before }, 'latest');
      api.evaluate({ key: '1:2', patch: { base: '1:1', change: diffDesigns(before, after) } }, 'latest');
      expect(api.evaluate({ key: '1:2' }, 'latest')).toEqual({
        ok: true,
        result: evaluate(after, { rulesAsOf: 'latest' }),
      });
      // And under another pack, from the patched design.
      expect(api.evaluate({ key: '1:2' }, '2019-05')).toEqual({
        ok: true,
        result: evaluate(after, { rulesAsOf: '2019-05' }),
      });
    });

    it('refuses a patch that is not JSON with a readable error', () => {
      const api = createEngineApi();
      api.evaluate({ key: '1:1', design: twoFlows() });
      const answer = api.evaluate({ key: '1:2', patch: { base: '1:1', change: bytesOf('{"nodes":') } });
      expect(answer).toEqual({
        ok: false,
        errors: [expect.stringContaining('the patch handed to the analysis is not JSON')],
      });
    });
  });

  describe('comparing versions and counting verdicts', () => {
    const fastPath = (on: boolean): Design => {
      const design = estate();
      return {
        ...design,
        edges: design.edges.map((edge) =>
          edge.kind === 'connection' ? { ...edge, props: { ...edge.props, fastPath: on } } : edge,
        ),
      };
    };

    it('compares two versions handed over as bytes, as the engine does, and keeps what it was evaluating', () => {
      const api = createEngineApi();
      api.evaluate({ key: '1:1', design: estate() });
      const answer = api.compare(bytesOf(fastPath(true)), bytesOf(fastPath(false)), 'latest');
      expect(answer).toEqual({
        ok: true,
        diff: diffVersions(fastPath(true), fastPath(false), { rulesAsOf: 'latest' }),
      });
      expect(isCompareAnswer(answer)).toBe(true);
      if (answer.ok) expect(answer.diff.edges.map((edge) => edge.id)).toEqual(['conn']);
      expect(api.evaluate({ key: '1:1' }).ok).toBe(true);
    });

    it.each([
      { name: 'an unknown pack', before: estate(), after: estate(), pack: '2018-01', error: 'unknown rule pack' },
      { name: 'bytes that are not JSON', before: bytesOf('{'), after: estate(), pack: undefined, error: 'not JSON' },
      {
        name: 'a document the engine cannot evaluate',
        before: estate(),
        after: { nodes: null } as unknown as Design,
        pack: undefined,
        error: 'the engine failed',
      },
    ])('refuses $name with a readable error in the shape the screen checks for', ({ before, after, pack, error }) => {
      const answer = createEngineApi().compare(before, after, pack);
      expect(answer.ok).toBe(false);
      if (!answer.ok) expect(answer.errors.join('\n')).toContain(error);
      expect(isCompareAnswer(answer)).toBe(true);
    });

    it('counts a design’s flows by verdict under its own pack', () => {
      const answer = createEngineApi().countVerdicts(bytesOf(estate()));
      const expected: Record<string, number> = {};
      for (const flow of Object.values(evaluate(estate()).flows))
        expected[flow.verdict] = (expected[flow.verdict] ?? 0) + 1;
      expect(answer).toEqual({ ok: true, counts: expected });
      expect(isCountAnswer(answer)).toBe(true);
      expect(isCountAnswer(createEngineApi().countVerdicts(bytesOf('[')))).toBe(true);
    });

    it.each([undefined, null, 42, { ok: true }, { ok: true, diff: { flows: [] } }, { ok: true, counts: { a: 'x' } }])(
      'does not take %j for an answer',
      (value) => {
        expect(isCompareAnswer(value) && isCountAnswer(value)).toBe(false);
      },
    );
  });
});
