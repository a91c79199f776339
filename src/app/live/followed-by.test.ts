import { describe, expect, it } from 'vitest';
import { followedBy } from './followed-by.ts';

describe('followedBy', () => {
  it.each([
    [[], ''],
    [['Ana'], 'Ana follows you'],
    [['Ana', 'Ben'], 'Ana and Ben follow you'],
    [['Ana', 'Ben', 'Cleo'], 'Ana, Ben and Cleo follow you'],
    [['Ana', 'Ben', 'Cleo', 'Dev'], '4 following you'],
  ])('%j → %s', (names, words) => {
    expect(followedBy(names)).toBe(words);
  });
});
