import type { SaveState } from '../persistence/session.ts';

// What the header's save indicator says. "Saved" is only as good as the browser's promise to keep
// its storage: when it refused to make storage persistent, the indicator says so and why.

const SAVE_WORDS = {
  saved: 'Saved in this browser',
  pending: 'Unsaved changes…',
  saving: 'Saving…',
  failed: 'Not saved',
  off: 'Not saved (no storage)',
} as const;

const MAY_BE_CLEARED = 'Saved in this browser (may be cleared)';
const MAY_BE_CLEARED_WHY =
  'This browser did not agree to keep its storage for this site, so it may clear your designs on its own, for example when a private window closes or disk space runs low. Export designs you want to keep.';

export type SaveWords = { text: string; title?: string; tone: 'good' | 'warn' | 'bad' };

/** What else the header must know: a read-only shared design, or another tab's newer changes. */
export type SaveContext = { readOnly?: boolean; conflict?: boolean };

export function saveWords(save: SaveState, persistent: boolean | null, context: SaveContext = {}): SaveWords {
  // A shared design is never saved, by design: saying "not saved" in red would alarm for nothing.
  if (context.readOnly)
    return { text: 'Shared link, read-only', title: 'Choose “Save a copy” to keep it and edit it.', tone: 'warn' };
  if (context.conflict)
    return {
      text: 'Changed in another tab',
      title: 'Another tab saved newer changes to this design: the banner below offers what to do.',
      tone: 'bad',
    };
  if (save === 'saved')
    return persistent === false
      ? { text: MAY_BE_CLEARED, title: MAY_BE_CLEARED_WHY, tone: 'warn' }
      : { text: SAVE_WORDS.saved, tone: 'good' };
  return { text: SAVE_WORDS[save], tone: save === 'failed' || save === 'off' ? 'bad' : 'warn' };
}
