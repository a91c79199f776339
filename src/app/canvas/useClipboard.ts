import { useEffect } from 'react';
import { toast } from '../store/notices.ts';
import { formatProblem, type Design } from '../../engine/index.ts';
import { loadDesignOffThread } from '../io/off-thread.ts';
import { openAsNew } from '../persistence/design-files.ts';
import { deleteSelection } from '../commands/delete-selection.ts';
import { runCommand } from '../commands/editor.ts';
import { pasteLater } from '../commands/paste-later.ts';
import { fragmentContext, fragmentOf, fragmentText, type Fragment } from '../commands/fragment.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { isTypingTarget, targetVnet } from './targets.ts';

// Copy, cut and paste ride on the browser's own clipboard events, so they need no permission and
// work between tabs and windows: what is copied is design JSON, readable anywhere.

const PASTE_STEP = 30;

export function useClipboard(): void {
  useEffect(() => {
    // Each paste of the same text lands a step further, so copies never stack exactly.
    let lastText = '';
    let pastes = 0;

    function copy(event: ClipboardEvent, cut: boolean) {
      if (isTypingTarget(event) || !event.clipboardData) return;
      const design = useDesignStore.getState().design;
      const fragment = design ? fragmentOf(design, useUiStore.getState().selection) : null;
      if (!fragment) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', fragmentText(fragment));
      lastText = '';
      if (cut) runCommand(deleteSelection, undefined);
    }

    function onPaste(event: ClipboardEvent) {
      if (isTypingTarget(event) || !event.clipboardData) return;
      const text = event.clipboardData.getData('text/plain');
      if (!text.trim()) return;
      event.preventDefault();
      // Counted now, in the order pastes happen, though a large one is read in the loader worker.
      pastes = text === lastText ? pastes + 1 : 1;
      lastText = text;
      const step = PASTE_STEP * pastes;
      void readFragment(text).then((fragment) => {
        if (typeof fragment === 'string') {
          toast.error(fragment);
          return;
        }
        if ('whole' in fragment) {
          void openAsNew(fragment.whole, 'Opened the pasted design as a new design');
          return;
        }
        const design = useDesignStore.getState().design;
        const target = design ? targetVnet(design, useUiStore.getState().selection) : undefined;
        void pasteLater({
          fragment,
          ...(target !== undefined && !fragment.design.nodes.some((n) => n.id === target)
            ? { targetVnetId: target }
            : {}),
          offset: { x: step, y: step },
        });
      });
    }

    const onCopy = (event: ClipboardEvent) => copy(event, false);
    const onCut = (event: ClipboardEvent) => copy(event, true);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, []);
}

/**
 * What clipboard text holds: copied elements to paste into this design, a whole design (pasted
 * JSON from elsewhere, opened as a new design, with no second check), or why it is neither.
 */
async function readFragment(text: string): Promise<Fragment | { whole: Design } | string> {
  const loaded = await loadDesignOffThread(text);
  if (!loaded.ok) {
    const first = loaded.errors[0];
    return `The clipboard does not hold a design${first ? ` (${formatProblem(first)})` : ''}.`;
  }
  const context = fragmentContext(loaded.design);
  if (!context) return { whole: loaded.design };
  return { design: loaded.design, context };
}
