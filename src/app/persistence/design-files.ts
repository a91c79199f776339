import { toast } from '../store/notices.ts';
import { formatProblem, type Design } from '../../engine/index.ts';
import { download } from '../io/browser-files.ts';
import { designJson, fileNameFor, sizeProblem } from '../io/design-file.ts';
import { loadDesignOffThread, readDesignFileOffThread, readEstateOffThread } from '../io/off-thread.ts';
import { useEstateImportStore } from '../store/estate-import-store.ts';
import { useDesignStore } from '../store/design-store.ts';
import { createDesign } from './session.ts';
import { notStoredMessage } from './session-context.ts';

// Files the person opens as designs, and the open design saved as a file. An import always opens
// as a new design; the open one is never touched. An estate export is converted and waits for the
// architect to confirm its proposed flows (panels/estate/) before it opens.

/**
 * Opens a design from a file as a new design, or says why it cannot. Several files are taken
 * together only as the pages of one estate export (Resource Graph's 1,000-row pages, say).
 */
export async function importFiles(files: readonly File[]): Promise<boolean> {
  const [first] = files;
  if (!first) return false;
  // Refused before reading: a huge file is never loaded into memory.
  for (const file of files) {
    const tooLarge = sizeProblem(file.name, file.size);
    if (tooLarge) {
      toast.error(tooLarge);
      return false;
    }
  }
  const read: { name: string; bytes: Uint8Array }[] = [];
  for (const file of files) {
    try {
      read.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch (error) {
      toast.error(`“${file.name}” cannot be read: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  }
  const name = files.length === 1 ? first.name : `${first.name} and ${files.length - 1} more`;
  // An estate export (Resource Graph, az network output) is converted, then confirmed in its dialog.
  const estate = await readEstateOffThread(read);
  if (estate) {
    if (!estate.ok) {
      toast.error(`“${name}” cannot be imported: ${estate.message}`);
      return false;
    }
    useEstateImportStore.setState({ pending: { name, estate } });
    return true;
  }
  if (files.length > 1) {
    toast.error(
      'Open one design at a time: several files are imported together only as the pages of an estate export.',
    );
    return false;
  }
  const design = await readDesignFileOffThread(first.name, read[0]?.bytes ?? new Uint8Array());
  if (!design.ok) {
    toast.error(design.message);
    return false;
  }
  return openAsNew(design.design, `Opened “${first.name}” as a new design`);
}

/**
 * The estate waiting in the import dialog, with the proposed flows the architect kept, opened as a
 * new design (laid out as it opens: an estate has no positions). False when it could not be.
 */
export async function finishEstateImport(kept: ReadonlySet<string>): Promise<boolean> {
  const pending = useEstateImportStore.getState().pending;
  if (!pending) return false;
  const { withFlows } = await import('../../estate/with-flows.ts');
  const loaded = await loadDesignOffThread(withFlows(pending.estate, kept));
  if (!loaded.ok) {
    toast.error(`The estate could not be imported: ${loaded.errors.slice(0, 2).map(formatProblem).join('; ')}`);
    return false;
  }
  useEstateImportStore.setState({ pending: null });
  return openAsNew(
    loaded.design,
    `Imported the estate “${pending.name}” with ${kept.size} ${kept.size === 1 ? 'flow' : 'flows'}`,
  );
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
