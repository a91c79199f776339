import { MAX_DESIGN_BYTES, type Design } from '../../engine/index.ts';

// Design files in and out: the FORMAT.md document as JSON, or inside a PNG the app exported.
// Reading one is in file-reading.ts, loaded when a file is first opened.

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
