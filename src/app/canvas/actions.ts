import { NODE_KINDS, type NodeKind } from '../../engine/index.ts';
import { deleteSelection } from '../commands/delete-selection.ts';
import { duplicateLater } from '../commands/paste-later.ts';
import { runCommand } from '../commands/editor.ts';
import { EMPTY_SELECTION } from '../commands/types.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore, type UiState } from '../store/ui-store.ts';
import {
  defineActions,
  modeOf,
  type ActionContext,
  type ActionGroup,
  type ActionMode,
  type EditorAction,
} from './action-types.ts';
import { ARROW_ACTIONS } from './arrow-actions.ts';
import { normaliseKey, type KeyEventLike } from './keys.ts';
import { PRESENT_ACTIONS } from './present-actions.ts';
import { KIND_NAMES } from '../words.ts';
import type { EditorActions } from './useEditorActions.ts';
import { focusCanvas, keyForCanvas } from './canvas-focus.ts';

// Every editor action in one table: the keydown handler, the canvas toolbar and the shortcut
// sheet all read it. Adding a shortcut or a toggle is adding a row; defining the table refuses
// two actions on one key. Present mode's rows and the arrow keys' are in their own modules.

export type { ActionContext, ActionGroup, ActionMode, EditorAction } from './action-types.ts';
export { defineActions } from './action-types.ts';
export { displayKey, normaliseKey } from './keys.ts';

/** The palette order; digits 1–9 add these kinds. */
export const PALETTE_KINDS: readonly NodeKind[] = NODE_KINDS;

const toggleTool = (ui: UiState) => ui.setTool(ui.tool === 'flow' ? 'connect' : 'flow');

export const ACTIONS = defineActions([
  {
    id: 'undo',
    edits: true,
    keys: ['Mod+Z'],
    label: 'Undo',
    button: 'Undo',
    group: 'Edit',
    perform: ({ editor }) => editor.undo(),
    enabled: ({ doc }) => doc.history.past.length > 0,
  },
  {
    id: 'redo',
    edits: true,
    keys: ['Mod+Shift+Z', 'Mod+Y'],
    label: 'Redo',
    button: 'Redo',
    group: 'Edit',
    perform: ({ editor }) => editor.redo(),
    enabled: ({ doc }) => doc.history.future.length > 0,
  },
  {
    id: 'delete',
    edits: true,
    keys: ['Delete', 'Backspace'],
    label: 'Delete the selection',
    group: 'Edit',
    perform: () => runCommand(deleteSelection, undefined),
  },
  {
    id: 'duplicate',
    edits: true,
    keys: ['Mod+D'],
    label: 'Duplicate the selection',
    group: 'Edit',
    perform: duplicateLater,
  },
  {
    id: 'selectAll',
    keys: ['Mod+A'],
    label: 'Select everything',
    group: 'Edit',
    perform: ({ ui, doc: { design } }) => {
      if (design) ui.setSelection({ nodeIds: design.nodes.map((n) => n.id), edgeIds: design.edges.map((e) => e.id) });
    },
  },
  {
    id: 'deselect',
    keys: ['Escape'],
    label: 'Back to the canvas from a field; there, clear the selection or leave the flow tool',
    group: 'Edit',
    whileTyping: true,
    perform: ({ ui }) => {
      // From a field or list in a panel, the first Escape goes back to the canvas, keeping the selection.
      const active = document.activeElement;
      if (active instanceof HTMLElement && active !== document.body && !keyForCanvas(active)) {
        active.blur();
        focusCanvas();
        return;
      }
      if (ui.tool === 'flow') ui.setTool('connect');
      else ui.setSelection(EMPTY_SELECTION);
    },
  },
  {
    id: 'rename',
    keys: ['Enter', 'F2'],
    label: 'Name the selected node (Enter or Escape goes back to the canvas)',
    group: 'Edit',
    edits: true,
    onCanvas: true,
    perform: ({ ui }) => ui.setNaming(ui.selection.nodeIds[0] ?? null),
    enabled: ({ ui }) => ui.selection.nodeIds.length === 1 && ui.selection.edgeIds.length === 0,
  },
  {
    id: 'connectTool',
    edits: true,
    keys: ['C'],
    label: 'Connect tool: drag between nodes to join them',
    button: 'Connect tool',
    group: 'Tools',
    perform: ({ ui }) => ui.setTool('connect'),
    checked: ({ ui }) => ui.tool === 'connect',
  },
  {
    id: 'flowTool',
    edits: true,
    keys: ['F'],
    label: 'Flow tool: drag between endpoints to draw a flow',
    button: 'Flow tool',
    group: 'Tools',
    perform: ({ ui }) => toggleTool(ui),
    checked: ({ ui }) => ui.tool === 'flow',
  },
  {
    id: 'fitView',
    keys: ['Shift+1'],
    label: 'Fit the design to the screen',
    button: 'Fit to screen',
    group: 'View',
    perform: ({ editor }) => editor.fitView(),
  },
  {
    id: 'tidy',
    edits: true,
    keys: ['Shift+L'],
    label: 'Tidy the layout',
    button: 'Tidy layout',
    group: 'View',
    perform: ({ editor }) => void editor.tidy(),
  },
  {
    id: 'toggleGrid',
    keys: ['G'],
    label: 'Snap to grid on or off',
    button: 'Snap to grid',
    group: 'View',
    perform: ({ ui }) => ui.toggleSnapToGrid(),
    checked: ({ ui }) => ui.snapToGrid,
  },
  {
    id: 'toggleMinimap',
    keys: ['M'],
    label: 'Minimap on or off',
    button: 'Minimap',
    group: 'View',
    perform: ({ ui }) => ui.toggleMinimap(),
    checked: ({ ui }) => ui.showMinimap,
  },
  {
    id: 'toggleTextView',
    keys: ['T'],
    label: 'Text view: the design and its verdicts as text',
    button: 'Text view',
    group: 'View',
    perform: ({ ui }) => ui.toggleTextView(),
    checked: ({ ui }) => ui.textView,
  },
  {
    id: 'present',
    keys: ['P'],
    label: 'Present: the canvas alone, full screen, stepping through the flows',
    button: 'Present',
    group: 'View',
    perform: ({ ui }) => ui.startPresenting(),
    enabled: ({ doc }) => (doc.design?.nodes.length ?? 0) > 0,
  },
  {
    id: 'togglePalette',
    keys: ['['],
    label: 'Palette on or off',
    group: 'View',
    perform: ({ ui }) => ui.togglePalette(),
    checked: ({ ui }) => ui.paletteOpen,
  },
  {
    id: 'toggleDetails',
    keys: [']'],
    label: 'Details panel (inspector, flows, findings) on or off',
    group: 'View',
    perform: ({ ui }) => ui.toggleDetails(),
    checked: ({ ui }) => ui.detailsOpen,
  },
  {
    id: 'help',
    keys: ['?'],
    label: 'Show these shortcuts',
    group: 'View',
    overDialogs: true,
    perform: ({ ui }) => ui.setDialog(ui.dialog === 'shortcuts' ? null : 'shortcuts'),
  },
  ...PRESENT_ACTIONS,
  ...ARROW_ACTIONS,
  ...PALETTE_KINDS.map((kind, i): EditorAction<`add:${NodeKind}`> => ({
    id: `add:${kind}`,
    keys: [String(i + 1)],
    label: `Add ${KIND_NAMES[kind] === 'VNet' ? 'a VNet' : KIND_NAMES[kind]}`,
    group: 'Add',
    edits: true,
    perform: ({ editor }) => editor.addKind(kind),
  })),
]);

export type ActionId = (typeof ACTIONS)[number]['id'];

/** The canvas toolbar, left to right; '|' is a divider. Each id is a row with a `button` name. */
export const TOOLBAR = [
  'connectTool',
  'flowTool',
  '|',
  'undo',
  'redo',
  '|',
  'tidy',
  'fitView',
  'toggleGrid',
  'toggleMinimap',
  'toggleTextView',
  '|',
  'present',
] as const satisfies readonly (ActionId | '|')[];

export type ToolbarActionId = Exclude<(typeof TOOLBAR)[number], '|'>;

/** Copy and paste ride on the browser's own copy and paste events (useClipboard); listed for the sheet only. */
export const CLIPBOARD_SHORTCUTS: readonly { keys: string; label: string }[] = [
  { keys: 'Mod+C', label: 'Copy the selection (as design JSON, also to other tabs)' },
  { keys: 'Mod+X', label: 'Cut the selection' },
  { keys: 'Mod+V', label: 'Paste' },
];

export function actionById(id: ActionId): EditorAction<ActionId> {
  const action = ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`No editor action "${id}".`);
  return action;
}

/** The context as the stores hold it now. */
export function actionContext(editor: EditorActions): ActionContext {
  return { ui: useUiStore.getState(), doc: useDesignStore.getState(), editor };
}

export const isEnabled = (action: EditorAction, ctx: ActionContext): boolean =>
  !(action.edits && ctx.doc.readOnly) && (action.enabled?.(ctx) ?? true);

/** The shortcut sheet's sections, in order: every action with a key, and the clipboard keys under Edit. */
export function shortcutSheet(): readonly {
  group: ActionGroup;
  entries: readonly { id: string; label: string; keys: readonly string[] }[];
}[] {
  const groups: readonly ActionGroup[] = ['Edit', 'Tools', 'View', 'Add', 'Present'];
  return groups.map((group) => ({
    group,
    entries: [
      ...ACTIONS.filter((a) => a.group === group && a.keys.length > 0).map(({ id, label, keys }) => ({
        id,
        label,
        keys,
      })),
      ...(group === 'Edit' ? CLIPBOARD_SHORTCUTS.map(({ keys, label }) => ({ id: keys, label, keys: [keys] })) : []),
    ],
  }));
}

export function findAction(
  event: KeyEventLike,
  mode: ActionMode = 'edit',
  actions: readonly EditorAction<ActionId>[] = ACTIONS,
): EditorAction<ActionId> | undefined {
  const key = normaliseKey(event);
  if (!key) return undefined;
  return actions.find((a) => modeOf(a) === mode && a.keys.includes(key));
}
