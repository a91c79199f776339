import { toast } from '../store/notices.ts';
import type { Design } from '../../engine/index.ts';
import { download } from '../io/browser-files.ts';
import { designJson, fileNameFor, sizeProblem } from '../io/design-file.ts';
import { readDesignFileOffThread } from '../io/off-thread.ts';
import { useDesignStore } from '../store/design-store.ts';
import { createDesign } from './session.ts';
import { notStoredMessage } from './session-context.ts';

// Files the person opens as designs, and the open design saved as a file. An import always opens
// as a new design; the open one is never touched.

/** Opens a design from a file as a new design, or says why it cannot. */
export async function importFile(file: File): Promise<boolean> {
  // Refused before reading: a huge file is never loaded into memory.
  const tooLarge = sizeProblem(file.name, file.size);
  if (tooLarge) {
    toast.error(tooLarge);
    return false;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    toast.error(`“${file.name}” cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  const read = await readDesignFileOffThread(file.name, bytes);
  if (!read.ok) {
    toast.error(read.message);
    return false;
  }
  return openAsNew(read.design, `Opened “${file.name}” as a new design`);
}

/**
 * Opens a design that arrived whole (a file, a paste, a link) as a new design in the list; true when
 * it is open. Success is announced only when it is also stored: otherwise the person is told to export it.
 */
export async function openAsNew(design: Design, message: string): Promise<boolean> {
  const result = await createDesign(design);
  if (result.stored) {
    toast.success(message);
  } else if (result.opened) {
    toast.warning(notStoredMessage(message, result.problem), {
      duration: 10_000,
      action: { label: 'Export JSON', onClick: exportOpenDesign },
    });
  } else if (!result.cancelled) {
    toast.error('The design could not be opened.');
  }
  return result.opened;
}

/** Downloads the open design as its JSON file, as Export JSON does: the way out when storage fails. */
export function exportOpenDesign(): void {
  const design = useDesignStore.getState().design;
  if (design) download(fileNameFor(design.title, 'json'), designJson(design), 'application/json');
}
