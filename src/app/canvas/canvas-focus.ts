// The canvas is one tab stop (React Flow's wrapper); these move the keyboard's focus to it, from the
// skip link or when a node's name has been typed.

const CANVAS = '[role="application"][aria-label^="Design canvas"]';

export function focusCanvas(): void {
  document.querySelector<HTMLElement>(CANVAS)?.focus();
}

/** Whether a key pressed here is meant for the canvas: the canvas itself, or nothing in particular. */
export function keyForCanvas(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return true;
  return target === document.body || target.closest(CANVAS) !== null;
}
