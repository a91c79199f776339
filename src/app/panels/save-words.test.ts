import { describe, expect, it } from 'vitest';
import { saveWords } from './save-words.ts';

describe('save indicator words', () => {
  it('says “Saved in this browser” when storage is persistent or not yet known', () => {
    expect(saveWords('saved', true)).toEqual({ text: 'Saved in this browser', tone: 'good' });
    expect(saveWords('saved', null)).toEqual({ text: 'Saved in this browser', tone: 'good' });
  });

  it('says the browser may clear the designs, and why, when it refused to keep them', () => {
    const words = saveWords('saved', false);
    expect(words.text).toBe('Saved in this browser (may be cleared)');
    expect(words.title).toMatch(/private window closes/);
    expect(words.title).toMatch(/Export designs you want to keep/);
  });

  it('keeps the unsaved states as they were', () => {
    expect(saveWords('failed', false).text).toBe('Not saved');
    expect(saveWords('off', null).text).toBe('Not saved (no storage)');
    expect(saveWords('pending', true).text).toBe('Unsaved changes…');
  });

  it.each([
    [
      'a shared design says it is read-only, not that saving failed',
      { readOnly: true },
      'Shared link, read-only',
      'warn',
    ],
    ['another tab’s changes are said while the conflict lasts', { conflict: true }, 'Changed in another tab', 'bad'],
  ] as const)('%s', (_name, context, text, tone) => {
    for (const save of ['saved', 'off', 'failed'] as const)
      expect(saveWords(save, true, context)).toMatchObject({ text, tone });
  });
});
