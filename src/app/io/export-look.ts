// How the canvas looks in an exported picture, whatever the screen shows: the theme chosen for the
// picture (a light picture from a dark screen, for documents), and subtitles written in full
// instead of ending in "…" where the card is narrow. Both last only for the render.

const EXPORTING = 'fp-exporting';

/** The elements that carry the theme: the page's root and React Flow's own wrapper. */
function themed(): Element[] {
  return [document.documentElement, document.querySelector('.react-flow')].filter((e): e is Element => e !== null);
}

export async function withExportLook<T>(viewport: HTMLElement, dark: boolean, render: () => Promise<T>): Promise<T> {
  const before = themed().map((element) => ({ element, dark: element.classList.contains('dark') }));
  for (const { element } of before) {
    element.classList.toggle('dark', dark);
    // React Flow's colour mode class: 'light' or 'dark' on its wrapper.
    if (element !== document.documentElement) element.classList.toggle('light', !dark);
  }
  viewport.classList.add(EXPORTING);
  try {
    return await render();
  } finally {
    viewport.classList.remove(EXPORTING);
    for (const { element, dark: was } of before) {
      element.classList.toggle('dark', was);
      if (element !== document.documentElement) element.classList.toggle('light', !was);
    }
  }
}
