import { NODE_KINDS, type NodeKind } from '../../engine/index.ts';
import { KIND_NAMES } from '../words.ts';

// Every keyboard shortcut of the editor, in one table: the keydown handler and the shortcut
// sheet both read it, and defining it refuses two actions on one key.

export type ShortcutAction =
  | 'undo' | 'redo' | 'delete' | 'duplicate' | 'selectAll' | 'deselect'
  | 'connectTool' | 'flowTool' | 'help' | 'fitView' | 'tidy' | 'toggleGrid' | 'toggleMinimap' | 'toggleTextView'
  | `add:${NodeKind}`;

export type ShortcutGroup = 'Edit' | 'Tools' | 'View' | 'Add';

export type Shortcut = {
  action: ShortcutAction;
  /** Normalised keys ("Mod+Shift+Z", "Delete", "?"); Mod is Ctrl, or Cmd on a Mac. */
  keys: readonly string[];
  label: string;
  group: ShortcutGroup;
};

export function defineShortcuts(shortcuts: readonly Shortcut[]): readonly Shortcut[] {
  const owner = new Map<string, ShortcutAction>();
  for (const shortcut of shortcuts) {
    for (const key of shortcut.keys) {
      const other = owner.get(key);
      if (other) throw new Error(`The shortcut ${key} is given to both "${other}" and "${shortcut.action}".`);
      owner.set(key, shortcut.action);
    }
  }
  return shortcuts;
}

/** The palette order; digits 1–9 add these kinds. */
export const PALETTE_KINDS: readonly NodeKind[] = NODE_KINDS;

export const SHORTCUTS = defineShortcuts([
  { action: 'undo', keys: ['Mod+Z'], label: 'Undo', group: 'Edit' },
  { action: 'redo', keys: ['Mod+Shift+Z', 'Mod+Y'], label: 'Redo', group: 'Edit' },
  { action: 'delete', keys: ['Delete', 'Backspace'], label: 'Delete the selection', group: 'Edit' },
  { action: 'duplicate', keys: ['Mod+D'], label: 'Duplicate the selection', group: 'Edit' },
  { action: 'selectAll', keys: ['Mod+A'], label: 'Select everything', group: 'Edit' },
  { action: 'deselect', keys: ['Escape'], label: 'Clear the selection, leave the flow tool', group: 'Edit' },
  { action: 'connectTool', keys: ['C'], label: 'Connect tool: drag between nodes to join them', group: 'Tools' },
  { action: 'flowTool', keys: ['F'], label: 'Flow tool: drag between endpoints to draw a flow', group: 'Tools' },
  { action: 'fitView', keys: ['Shift+1'], label: 'Fit the design to the screen', group: 'View' },
  { action: 'tidy', keys: ['Shift+L'], label: 'Tidy the layout', group: 'View' },
  { action: 'toggleGrid', keys: ['G'], label: 'Snap to grid on or off', group: 'View' },
  { action: 'toggleMinimap', keys: ['M'], label: 'Minimap on or off', group: 'View' },
  { action: 'toggleTextView', keys: ['T'], label: 'Text view: the design and its verdicts as text', group: 'View' },
  { action: 'help', keys: ['?'], label: 'Show these shortcuts', group: 'View' },
  ...PALETTE_KINDS.map((kind, i): Shortcut => ({
    action: `add:${kind}`, keys: [String(i + 1)], label: `Add ${KIND_NAMES[kind] === 'VNet' ? 'a VNet' : KIND_NAMES[kind]}`, group: 'Add',
  })),
]);

/** Copy and paste ride on the browser's own copy and paste events; listed for the sheet only. */
export const CLIPBOARD_SHORTCUTS: readonly { keys: string; label: string }[] = [
  { keys: 'Mod+C', label: 'Copy the selection (as design JSON, also to other tabs)' },
  { keys: 'Mod+X', label: 'Cut the selection' },
  { keys: 'Mod+V', label: 'Paste' },
];

type KeyEventLike = { key: string; code?: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

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

export function findShortcut(event: KeyEventLike, shortcuts: readonly Shortcut[] = SHORTCUTS): Shortcut | undefined {
  const key = normaliseKey(event);
  if (!key) return undefined;
  return shortcuts.find((s) => s.keys.includes(key));
}

/** How the sheet shows a key: "Ctrl+Shift+Z", or "⌘⇧Z" on a Mac. */
export function displayKey(key: string, mac: boolean): string {
  if (!mac) return key.replace('Mod', 'Ctrl');
  return key.replace('Mod+', '⌘').replace('Shift+', '⇧');
}
