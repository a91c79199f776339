import { formatProblem, loadDesign, MAX_DESIGN_BYTES, type Design, type LoadResult } from '../../engine/index.ts';
import { isPng, readPngText } from './png-text.ts';

// Design files in and out: the FORMAT.md document as JSON, or inside a PNG the app exported.
// Every file goes through the one load pipeline; a bad one gets a sentence naming the problem.

/** The PNG text keyword an exported picture keeps its design under. */
export const DESIGN_KEYWORD = 'fastpath-design';

export type FileRead = { ok: true; design: Design } | { ok: false; message: string };

/** "Hub and spoke (lab)" → "hub-and-spoke-lab.json" */
export function fileNameFor(title: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'design'}.${extension}`;
}

/** The design as its JSON file: the document only, nothing the canvas adds. */
export function designJson(design: Design): string {
  return `${JSON.stringify(design, null, 2)}\n`;
}

/** Why a file of `size` bytes is refused, or null when its size is fine. */
export function sizeProblem(name: string, size: number): string | null {
  if (size <= MAX_DESIGN_BYTES) return null;
  return `“${name}” cannot be opened: it is ${(size / 1024 / 1024).toFixed(1)} MB; designs are at most ${MAX_DESIGN_BYTES / 1024 / 1024} MB`;
}

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
