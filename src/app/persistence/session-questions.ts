import { askToConfirm } from '../store/confirm-store.ts';
import type { Conflict } from './storage-store.ts';

// The questions the session asks before it could lose work or freeze the tab again. Wording lives
// here, apart from the decisions in conflicts.ts and start-up.ts.

export type UnsavedChoice = 'discard' | 'keep' | 'cancel';

/** Another tab changed or deleted the open design, this tab has edits autosave may not write, and something would replace them. */
export function askAboutUnsavedChanges(title: string, conflict: Conflict, consequence: string): Promise<UnsavedChoice> {
  const why =
    conflict.kind === 'changed'
      ? 'it was changed in another tab, so autosave is paused'
      : 'it was deleted in another tab';
  return askToConfirm<UnsavedChoice>({
    title: 'Unsaved changes in this tab',
    message: `This tab has changes to “${title}” that are not saved (${why}). ${consequence}`,
    actions: [
      { id: 'discard', label: 'Discard them' },
      { id: 'keep', label: 'Keep them as a new design' },
      { id: 'cancel', label: 'Cancel' },
    ],
    safe: 'cancel',
  });
}

/** The open design is kept nowhere but this tab (storage unavailable or full), and something would replace it. */
export function askAboutUnstoredChanges(title: string, consequence: string): Promise<'discard' | 'cancel'> {
  return askToConfirm<'discard' | 'cancel'>({
    title: 'Unsaved changes in this tab',
    message: `This tab has changes to “${title}” that are not saved in this browser. ${consequence} Export the design first to keep them.`,
    actions: [
      { id: 'discard', label: 'Discard them' },
      { id: 'cancel', label: 'Cancel' },
    ],
    safe: 'cancel',
  });
}

export type StartChoice = 'open' | 'list' | 'empty';

/** The design start-up would reopen did not finish opening last time. */
export function askAboutUnfinishedOpen(title: string): Promise<StartChoice> {
  return askToConfirm<StartChoice>({
    title: 'Open this design again?',
    message: `“${title}” did not finish opening last time (the tab may have frozen or closed).`,
    actions: [
      { id: 'open', label: 'Open it anyway' },
      { id: 'list', label: 'Open the designs list' },
      { id: 'empty', label: 'Start a new empty design' },
    ],
    safe: 'list',
  });
}
