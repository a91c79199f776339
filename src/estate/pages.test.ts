import { describe, expect, it } from 'vitest';
import { loadDesign, type Design } from '../engine/index.ts';
import { importEstatePages, withFlows, type EstatePage } from './index.ts';
import { readEstatePages } from './read-pages.ts';
import { armTemplate, comparable, design, resourceGraph, terraformState } from './testing/estate-kit.ts';

// An export that comes in several files: the pages of a Resource Graph query (at most 1,000 rows
// each, chained by skip_token), or the states of several Terraform configurations. They import as
// one estate; pages missing from the chain, and files that cannot go together, are said plainly.

function pagesOf(rows: unknown[], sizes: readonly number[], tokens: readonly (string | null)[], total = rows.length) {
  let at = 0;
  return sizes.map((size, index) => {
    const data = rows.slice(at, at + size);
    at += size;
    return {
      name: `estate-page-${index + 1}.json`,
      value: { count: data.length, data, skip_token: tokens[index] ?? null, total_records: total },
    };
  });
}

function designOf(pages: readonly EstatePage[]): Design {
  const result = importEstatePages(pages, 'Contoso');
  if (!result.ok) throw new Error(result.message);
  const loaded = loadDesign(withFlows(result));
  if (!loaded.ok) throw new Error('the estate did not load');
  return loaded.design;
}

const warningsOf = (pages: readonly EstatePage[]) => {
  const result = importEstatePages(pages, 'Contoso');
  if (!result.ok) throw new Error(result.message);
  return result.report.warnings;
};

const messageOf = (pages: readonly EstatePage[]) => {
  const result = importEstatePages(pages, 'Contoso');
  return result.ok ? '' : result.message;
};

describe('an export in several files', () => {
  const rows = resourceGraph().data;

  it('takes Resource Graph pages together as the one export they are', () => {
    const pages = pagesOf(rows, [10, 10, rows.length - 20], ['token-1', 'token-2', null]);
    expect(comparable(designOf(pages))).toEqual(comparable(design(resourceGraph())));
    expect(warningsOf(pages)).toEqual([]);
  });

  it('reads a row that two pages both hold once', () => {
    const pages = pagesOf(rows, [12, rows.length - 12], ['token-1', null]);
    pages[1]?.value.data.push(rows[0]);
    const result = importEstatePages(pages, 'Contoso');
    if (!result.ok) throw new Error(result.message);
    expect(result.report.read.find((row) => row.type === 'microsoft.network/expressrouteports')?.count).toBe(1);
  });

  it('says a page is missing: every page ends in a skip_token, or fewer rows than Resource Graph counted', () => {
    expect(warningsOf(pagesOf(rows, [10, 10], ['token-1', 'token-2']))).toEqual([
      expect.stringMatching(/each of the 2 pages ends in a skip_token, so at least one more page follows/),
    ]);
    expect(warningsOf(pagesOf(rows, [10, 10], ['token-1', null], 2_400))).toEqual([
      'The export is incomplete: Resource Graph counted 2400 rows and these files hold 20. Import every page together.',
    ]);
  });

  it('takes several Terraform states together', () => {
    const whole = terraformState();
    const [hubs, spokes] = [terraformState(), terraformState()];
    hubs.values.root_module.child_modules = hubs.values.root_module.child_modules?.filter(
      (m) => m.address !== 'module.spokes',
    );
    spokes.values.root_module.resources = [];
    spokes.values.root_module.child_modules = spokes.values.root_module.child_modules?.filter(
      (m) => m.address === 'module.spokes',
    );
    const split = designOf([
      { name: 'connectivity.tfstate.json', value: hubs },
      { name: 'spokes.tfstate.json', value: spokes },
    ]);
    expect(comparable(split)).toEqual(comparable(design(whole)));
  });

  it.each([
    {
      what: 'a file that is no export, named',
      pages: [
        { name: 'page-1.json', value: resourceGraph() },
        { name: 'notes.json', value: { hello: 'world' } },
      ],
      message:
        '“notes.json” is not an estate export this tool reads; files imported together must be pages of one export.',
    },
    {
      what: 'two kinds of export',
      pages: [
        { name: 'graph.json', value: resourceGraph() },
        { name: 'state.json', value: terraformState() },
      ],
      message:
        '“state.json” is Terraform state, “graph.json” Azure Resource Graph or az network output: import one kind of export at a time.',
    },
    {
      what: 'two ARM templates',
      pages: [
        { name: 'rg-a.json', value: armTemplate() },
        { name: 'rg-b.json', value: armTemplate() },
      ],
      message: /ARM templates are imported one at a time/,
    },
  ])('refuses $what, saying which file and why', ({ pages, message }) => {
    expect(messageOf(pages)).toMatch(message);
  });
});

describe('files as they arrive', () => {
  const text = (value: unknown) => JSON.stringify(value);

  it('are no estate when none of them is one: the design pipeline reads them', () => {
    expect(readEstatePages(['{"format":"fastpath-design"}'], ['a.json'], 'a')).toBeNull();
    expect(readEstatePages(['not json'], ['a.json'], 'a')).toBeNull();
  });

  it('name the one that does not belong among pages of an export', () => {
    expect(readEstatePages([text(resourceGraph()), '{ broken'], ['page-1.json', 'page-2.json'], 'p')).toEqual({
      ok: false,
      message:
        '“page-2.json” is not an estate export this tool reads; files imported together must be pages of one export.',
    });
  });
});
