// The pure parts of a panel's error boundary (PanelBoundary.tsx): the sentence it shows and the
// test hook that makes a panel fail on purpose.

/** Whatever was thrown, as an Error (a component may throw a string or anything else). */
export function asError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  return new Error(typeof thrown === 'string' && thrown ? thrown : 'an unknown error');
}

/** "Inspector stopped working: test failure." */
export function failureText(name: string, error: Error): string {
  const message = error.message.trim().replace(/[.!?]+$/, '') || error.name;
  return `${name} stopped working: ${message}.`;
}

/**
 * Test hook: an end-to-end test sets `globalThis.__fastpathFailPanel` to a panel's name (with
 * page.evaluate) to make that panel throw on its next render, and deletes it before "Try again".
 * Only script running on the page can set a global; no design content or URL reaches it.
 */
export function failProbeArmed(name: string, scope: object = globalThis): boolean {
  return (scope as { __fastpathFailPanel?: unknown }).__fastpathFailPanel === name;
}
