import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate, loadDesign, formatProblem, PACK_IDS, VERDICTS } from './index.ts';
import { arbitraryDesignDocument } from './testing/arbitrary-design.ts';
import { decisiveProblems } from './testing/decisive.ts';

const load = (doc: unknown) => {
  const result = loadDesign(doc);
  if (!result.ok) throw new Error(`generated design refused: ${result.errors.map(formatProblem).join('; ')}`);
  return result.design;
};

describe('engine properties', () => {
  it('every generated design loads, evaluates without throwing, and gives each flow exactly one verdict', () => {
    fc.assert(
      fc.property(arbitraryDesignDocument, (doc) => {
        const design = load(doc);
        const result = evaluate(design);
        const flowIds = design.edges.filter((e) => e.kind === 'flow').map((e) => e.id);
        expect(Object.keys(result.flows)).toEqual(flowIds);
        for (const id of flowIds) {
          const flow = result.flows[id]!;
          expect(VERDICTS).toContain(flow.verdict);
          expect(flow.path[0]?.nodeId).toBe(design.edges.find((e) => e.id === id)?.source);
          expect(flow.path.filter((h) => h.gateway).length).toBe(flow.verdict === 'gateway' ? 1 : 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same document gives the same bytes, whichever way it arrives', () => {
    fc.assert(
      fc.property(arbitraryDesignDocument, (doc) => {
        const once = JSON.stringify(evaluate(load(doc)));
        const again = JSON.stringify(evaluate(load(JSON.stringify(doc))));
        expect(again).toBe(once);
      }),
      { numRuns: 150 },
    );
  });

  it('every finding is complete: rule, severity, subject that exists, source with a date', () => {
    fc.assert(
      fc.property(arbitraryDesignDocument, (doc) => {
        const design = load(doc);
        const ids = new Set([...design.nodes.map((n) => n.id), ...design.edges.map((e) => e.id)]);
        const result = evaluate(design);
        for (const finding of [...result.findings, ...Object.values(result.flows).flatMap((f) => f.findings)]) {
          expect(ids.has(finding.subject)).toBe(true);
          expect(finding.message.length).toBeGreaterThan(10);
          expect(finding.source.url).toMatch(/^https:\/\//);
          expect(finding.source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('marks what decided every gateway or unreachable verdict, in every pack, and lists it first', () => {
    fc.assert(
      fc.property(arbitraryDesignDocument, (doc) => {
        const design = load(doc);
        for (const pack of PACK_IDS) {
          expect(decisiveProblems(evaluate(design, { rulesAsOf: pack })), pack).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('loader properties', () => {
  it('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = loadDesign(value);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary strings, and refuses them with a located message', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = loadDesign(text);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when a valid document is damaged at random', () => {
    const damaged = fc
      .tuple(
        arbitraryDesignDocument,
        fc.constantFrom('nodes', 'edges', 'version', 'rulesAsOf', 'title'),
        fc.jsonValue(),
      )
      .map(([doc, key, value]) => ({ ...doc, [key]: value }));
    fc.assert(
      fc.property(damaged, (doc) => {
        const result = loadDesign(doc);
        if (!result.ok) for (const e of result.errors) expect(formatProblem(e).length).toBeGreaterThan(3);
      }),
      { numRuns: 300 },
    );
  });
});
