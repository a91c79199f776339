import { describe, expect, it } from 'vitest';
import { titleKey, uniqueTitle } from './design-names.ts';

describe('uniqueTitle', () => {
  it.each<[string, string, string[], string]>([
    ['a free title is kept as it is', 'lab', ['hub', 'spoke'], 'lab'],
    ['nothing stored yet', 'lab', [], 'lab'],
    ['a free title keeps its own spacing', ' lab ', ['hub'], ' lab '],
    ['a taken title gets (2)', 'lab', ['lab'], 'lab (2)'],
    ['the count goes on past the taken ones', 'lab', ['lab', 'lab (2)'], 'lab (3)'],
    ['a gap is filled first', 'lab', ['lab', 'lab (3)'], 'lab (2)'],
    ['a counted title continues its count', 'lab (2)', ['lab', 'lab (2)'], 'lab (3)'],
    ['a counted title skips what is taken', 'lab (2)', ['lab (2)', 'lab (3)', 'lab (4)'], 'lab (5)'],
    ['a counted title that is free stays', 'lab (7)', ['lab', 'lab (2)'], 'lab (7)'],
    ['case does not make a title different', 'Lab', ['LAB'], 'Lab (2)'],
    ['nor does case of the counted ones', 'Lab', ['lab', 'LAB (2)'], 'Lab (3)'],
    ['nor spaces around it', 'lab', ['  lab  '], 'lab (2)'],
    ['the new title is trimmed when counted', '  lab  ', ['lab'], 'lab (2)'],
    ['inner space runs compare as one', 'hub  lab', ['hub lab'], 'hub  lab (2)'],
    ['a year in brackets is not a count', 'Review (2024)', ['Review (2024)'], 'Review (2024) (2)'],
    ['other brackets are part of the name', 'Hub (lab)', ['Hub (lab)'], 'Hub (lab) (2)'],
    ['a tab’s copy is counted like any title', 'Lab (this tab)', ['Lab (this tab)'], 'Lab (this tab) (2)'],
    ['a copy counts on', 'Lab (copy)', ['Lab (copy)', 'Lab (copy) (2)'], 'Lab (copy) (3)'],
    ['(1) counts on to (2)', 'lab (1)', ['lab (1)'], 'lab (2)'],
    ['the counted stem need not be taken', 'lab (2)', ['lab (2)'], 'lab (3)'],
    ['Unicode forms compare equal', 'Caf\u00e9', ['Cafe\u0301'], 'Caf\u00e9 (2)'],
  ])('%s', (_label, wanted, taken, expected) => {
    expect(uniqueTitle(wanted, taken)).toBe(expected);
  });

  it('always answers a title that is not taken', () => {
    const taken = ['lab', ...Array.from({ length: 50 }, (_, i) => `lab (${i + 2})`)];
    const title = uniqueTitle('lab', taken);
    expect(title).toBe('lab (52)');
    expect(taken.map(titleKey)).not.toContain(titleKey(title));
  });
});
