import { estateFormatOf, importEstatePages, type EstateImport } from './index.ts';

// Files as they arrive (their text, with their names) → an estate, for the loader worker and for the
// screen's thread when a file is small. Null when the files are no estate export at all (a design,
// a PNG), for the design pipeline to read; a message when only some of them are.

export function readEstatePages(
  texts: readonly string[],
  names: readonly string[],
  title: string,
): EstateImport | null {
  const pages = texts.map((text, index) => ({ name: names[index] ?? '', value: parsed(text) }));
  const estates = pages.filter((page) => page.value !== undefined && estateFormatOf(page.value));
  if (estates.length === 0) return null;
  if (pages.length > 1 && estates.length < pages.length) {
    const other = pages.find((page) => !estates.includes(page));
    return {
      ok: false,
      message: `“${other?.name ?? ''}” is not an estate export this tool reads; files imported together must be pages of one export.`,
    };
  }
  return importEstatePages(pages, title);
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
