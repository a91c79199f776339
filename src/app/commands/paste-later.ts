import { toast } from '../store/notices.ts';
import { runCommand } from './editor.ts';
import type { PasteArgs } from './paste.ts';

// Pasting and duplicating are not needed to open and look at a design: their code loads on first
// use (a clipboard paste waits for its text to be read anyway).

const failed = (error: unknown) =>
  toast.error(`Could not paste: ${error instanceof Error ? error.message : String(error)}`);

/** Pastes copied elements into the open design, as an undoable edit. */
export function pasteLater(args: PasteArgs): Promise<void> {
  return import('./paste.ts').then(({ paste }) => void runCommand(paste, args)).catch(failed);
}

/** Copies the selection in place, shifted a little, with fresh ids; the copy is selected. */
export function duplicateLater(): void {
  void import('./duplicate-selection.ts')
    .then(({ duplicateSelection }) => void runCommand(duplicateSelection, undefined))
    .catch(failed);
}
