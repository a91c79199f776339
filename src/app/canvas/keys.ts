// Keys as the action table names them ("Mod+Shift+Z"), from a keyboard event, and as the
// shortcut sheet shows them.

export type KeyEventLike = {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
};

/** "Mod+Shift+Z" for Ctrl+Shift+Z; Shift is left out of symbols that need it anyway ("?"). */
export function normaliseKey(event: KeyEventLike): string | null {
  if (event.altKey || ['Control', 'Meta', 'Shift', 'Alt'].includes(event.key)) return null;
  const letter = event.key.length === 1 && /[a-z]/i.test(event.key);
  let key = letter ? event.key.toUpperCase() : event.key;
  // Shift+1 types "!" on most layouts; name it by the digit, as the table does.
  if (event.shiftKey && !letter && event.code && /^Digit[0-9]$/.test(event.code)) key = event.code.slice(5);
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('Mod');
  if (event.shiftKey && (letter || key.length > 1 || /[0-9]/.test(key))) parts.push('Shift');
  parts.push(key);
  return parts.join('+');
}

/** How a key is shown: "Ctrl+Shift+Z", or "⌘⇧Z" on a Mac. */
export function displayKey(key: string, mac: boolean): string {
  if (!mac) return key.replace('Mod', 'Ctrl');
  return key.replace('Mod+', '⌘').replace('Shift+', '⇧');
}
