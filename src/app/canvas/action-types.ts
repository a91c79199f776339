import type { DesignState } from '../store/design-store.ts';
import type { UiState } from '../store/ui-store.ts';
import type { EditorActions } from './useEditorActions.ts';

// The shape of a row of the action table (actions.ts), and defining a table of them: two actions
// on one key in one mode are refused.

/** What an action may read and do: both stores as they are now, and the viewport's helpers. */
export type ActionContext = { readonly ui: UiState; readonly doc: DesignState; readonly editor: EditorActions };

export type ActionGroup = 'Edit' | 'Tools' | 'View' | 'Add' | 'Present';

/** The keys' meaning depends on the mode: presenting, → is the next flow and Delete does nothing. */
export type ActionMode = 'edit' | 'present';

export type EditorAction<Id extends string = string> = {
  id: Id;
  /** The line in the shortcut sheet. */
  label: string;
  /** Normalised keys ("Mod+Shift+Z", "Delete", "?"); Mod is Ctrl, or Cmd on a Mac. */
  keys: readonly string[];
  group: ActionGroup;
  perform(ctx: ActionContext): void;
  /** A toggle's state: the toolbar shows it pressed. */
  checked?(ctx: ActionContext): boolean;
  /** When false the toolbar button is disabled and the key does nothing. */
  enabled?(ctx: ActionContext): boolean;
  /** The toolbar button's name, when the action has a button (see TOOLBAR). */
  button?: string;
  /** The key works even while a text field has focus. */
  whileTyping?: true;
  /** The key works even while a dialog is open. */
  overDialogs?: true;
  /** The mode the action belongs to; `edit` when absent. */
  mode?: ActionMode;
  /** It changes the design: off in a read-only shared design. */
  edits?: true;
  /** Its key acts only with the canvas focused (or nothing in particular): arrows elsewhere scroll. */
  onCanvas?: true;
};

export const modeOf = (action: { mode?: ActionMode }): ActionMode => action.mode ?? 'edit';

export function defineActions<const Id extends string>(
  actions: readonly EditorAction<Id>[],
): readonly EditorAction<Id>[] {
  const owner = new Map<string, string>();
  for (const action of actions) {
    for (const key of action.keys) {
      const slot = `${modeOf(action)}:${key}`;
      const other = owner.get(slot);
      if (other) throw new Error(`The shortcut ${key} is given to both "${other}" and "${action.id}".`);
      owner.set(slot, action.id);
    }
  }
  return actions;
}
