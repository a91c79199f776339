import { useEffect } from 'react';
import { deleteSelection } from '../commands/delete-selection.ts';
import { duplicateSelection } from '../commands/duplicate-selection.ts';
import { runCommand } from '../commands/editor.ts';
import { findShortcut, type ShortcutAction } from '../commands/shortcuts.ts';
import { EMPTY_SELECTION } from '../commands/types.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import type { EditorActions } from './useEditorActions.ts';

// The keyboard: one keydown listener reading the shortcut table. Keys typed into a text field
// stay there (Ctrl+Z in a name field undoes typing, not the design); a focused drop-down still
// lets Ctrl+Z undo the choice just made in it.

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'range', 'color', 'file'].includes(target.type);
}

export function useEditorShortcuts(actions: EditorActions): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.isComposing) return;
      const shortcut = findShortcut(event);
      if (!shortcut) return;
      const modified = event.ctrlKey || event.metaKey;
      if (isTextField(event.target) && shortcut.action !== 'deselect') return;
      if (event.target instanceof HTMLSelectElement && !modified) return;
      // A dialog open over the canvas keeps its keys, except Escape which it handles itself.
      if (useUiStore.getState().dialog !== null && shortcut.action !== 'help') return;
      event.preventDefault();
      perform(shortcut.action, actions);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}

function perform(action: ShortcutAction, actions: EditorActions): void {
  const ui = useUiStore.getState();
  switch (action) {
    case 'undo':
      actions.undo();
      return;
    case 'redo':
      actions.redo();
      return;
    case 'delete':
      runCommand(deleteSelection, undefined);
      return;
    case 'duplicate':
      runCommand(duplicateSelection, undefined);
      return;
    case 'selectAll': {
      const design = useDesignStore.getState().design;
      if (design) ui.setSelection({ nodeIds: design.nodes.map((n) => n.id), edgeIds: design.edges.map((e) => e.id) });
      return;
    }
    case 'deselect':
      if (ui.tool === 'flow') ui.setTool('connect');
      else ui.setSelection(EMPTY_SELECTION);
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      return;
    case 'connectTool':
      ui.setTool('connect');
      return;
    case 'flowTool':
      ui.setTool(ui.tool === 'flow' ? 'connect' : 'flow');
      return;
    case 'help':
      ui.setDialog(ui.dialog === 'shortcuts' ? null : 'shortcuts');
      return;
    case 'fitView':
      actions.fitView();
      return;
    case 'tidy':
      void actions.tidy();
      return;
    case 'toggleGrid':
      ui.toggleSnapToGrid();
      return;
    case 'toggleMinimap':
      ui.toggleMinimap();
      return;
    case 'toggleTextView':
      ui.toggleTextView();
      return;
    default:
      actions.addKind(action.slice('add:'.length) as Parameters<EditorActions['addKind']>[0]);
  }
}
