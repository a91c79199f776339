import { formatProblem, loadDesign, type LoadResult } from '../../engine/index.ts';
import { DESIGN_KEYWORD, sizeProblem, type FileRead } from './design-file.ts';
import { isPng, readPngText } from './png-text.ts';

// Reading a design file a person chose, dropped or pasted: a JSON design, or a PNG this app
// exported. Every file goes through the one load pipeline; a bad one gets a sentence naming the
// problem. Loaded on first use (io/off-thread.ts), with the PNG reader.

/** Reads a design from a file's bytes: a JSON design, or a PNG exported by this app. */
export function readDesignFile(name: string, bytes: Uint8Array): FileRead {
  const text = designTextOf(name, bytes);
  return text.ok ? fileReadOf(name, loadDesign(text.text)) : text;
}

/** The design text a file holds (JSON as it is, or the text inside an exported PNG). */
export function designTextOf(
  name: string,
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; message: string } {
  const refuse = (why: string) => ({ ok: false as const, message: `“${name}” cannot be opened: ${why}` });
  const tooLarge = sizeProblem(name, bytes.length);
  if (tooLarge) return { ok: false, message: tooLarge };
  if (isPng(bytes)) {
    const found = readPngText(bytes, DESIGN_KEYWORD);
    if (found === null)
      return refuse('this PNG holds no design. Only pictures exported by FastPath Designer carry one.');
    if (typeof found !== 'string') return refuse(found.problem);
    return { ok: true, text: found };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return refuse('it is neither a JSON text file nor a PNG');
  }
}

/** What a file's load result means to the person who chose it. */
export function fileReadOf(name: string, loaded: LoadResult): FileRead {
  if (!loaded.ok) {
    const shown = loaded.errors.slice(0, 3).map(formatProblem).join('; ');
    const more = loaded.errors.length > 3 ? ` (and ${loaded.errors.length - 3} more problems)` : '';
    return { ok: false, message: `“${name}” cannot be opened: ${shown}${more}` };
  }
  return { ok: true, design: loaded.design };
}
