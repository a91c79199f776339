import { useEffect } from 'react';
import { actionContext, findAction, isEnabled } from './actions.ts';
import { isTypingTarget } from './targets.ts';
import { keyForCanvas } from './canvas-focus.ts';
import { sayReadOnly } from '../commands/editor.ts';
import { useUiStore } from '../store/ui-store.ts';
import type { EditorActions } from './useEditorActions.ts';

// The keyboard: one keydown listener reading the action table. Keys typed into a text field stay
// there (Ctrl+Z in a name field undoes typing, not the design); a focused drop-down still lets
// Ctrl+Z undo the choice just made in it.

export function useEditorShortcuts(editor: EditorActions): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      const action = findAction(event, useUiStore.getState().presenting ? 'present' : 'edit');
      if (!action) return;
      const modified = event.ctrlKey || event.metaKey;
      if (isTypingTarget(event) && !action.whileTyping) return;
      // Arrows move nodes only from the canvas; in a list or a panel they keep their own meaning.
      if (action.onCanvas && !keyForCanvas(event.target)) return;
      if (event.target instanceof HTMLSelectElement && !modified && event.key !== 'Escape') return;
      const ctx = actionContext(editor);
      // A dialog open over the canvas keeps its keys, except Escape which it handles itself.
      if (ctx.ui.dialog !== null && !action.overDialogs) return;
      event.preventDefault();
      if (isEnabled(action, ctx)) action.perform(ctx);
      // A key that would edit a shared design says why it did nothing.
      else if (action.edits && ctx.doc.readOnly) sayReadOnly();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor]);
}
