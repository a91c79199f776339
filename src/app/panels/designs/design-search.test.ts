import { describe, expect, it } from 'vitest';
import { designCount, foldForSearch, matchingDesigns } from './design-search.ts';

const designs = ['Hub LAB (2)', 'Résumé of the hub', 'Spoke  design', 'Ｆｕｌｌ width', 'lab'].map((title) => ({
  title,
}));
const titles = (query: string) => matchingDesigns(designs, query).map((design) => design.title);

describe('matchingDesigns', () => {
  it.each<[string, string, string[]]>([
    ['an empty query keeps every design', '', designs.map((d) => d.title)],
    ['spaces alone are an empty query', '   ', designs.map((d) => d.title)],
    ['a substring, whatever its case', 'LaB', ['Hub LAB (2)', 'lab']],
    ['anywhere in the title', 'hub', ['Hub LAB (2)', 'Résumé of the hub']],
    ['accents do not matter in the title', 'resume', ['Résumé of the hub']],
    ['nor in the query', 'rÉsumÉ', ['Résumé of the hub']],
    ['space runs compare as one', 'spoke design', ['Spoke  design']],
    ['the query is trimmed', '  (2) ', ['Hub LAB (2)']],
    ['full-width letters match plain ones', 'full', ['Ｆｕｌｌ width']],
    ['nothing matches', 'xyz', []],
  ])('%s', (_label, query, expected) => {
    expect(titles(query)).toEqual(expected);
  });

  it('returns the very list for an empty query, so nothing is redrawn', () => {
    expect(matchingDesigns(designs, '')).toBe(designs);
  });
});

describe('designCount', () => {
  it.each<[number, number, boolean, string]>([
    [12, 12, false, '12 designs'],
    [1, 1, false, '1 design'],
    [3, 12, true, '3 of 12 designs'],
    [0, 12, true, '0 of 12 designs'],
    [1, 1, true, '1 of 1 design'],
    [2, 1_500, true, '2 of 1,500 designs'],
  ])('%i shown of %i (searching: %s) is “%s”', (shown, total, searching, expected) => {
    expect(designCount(shown, total, searching)).toBe(expected);
  });
});

describe('foldForSearch', () => {
  it('drops accents and case', () => {
    expect(foldForSearch('  Ça  VA ')).toBe('ca va');
  });
});
