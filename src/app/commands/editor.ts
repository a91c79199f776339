import { toast } from '../store/notices.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import type { Command, Outcome, Selection } from './types.ts';

// Where commands meet the stores: run a command on the open design and selection, apply what it
// returns (recording it for undo), and tell the person when Azure would not allow it.

/** `quiet`: the caller shows a refusal itself (the inspector, at the field) instead of a toast. */
/** Said when something would change a read-only shared design. */
export const READ_ONLY_EDIT = 'This shared design is read-only: save a copy to change it.';

/** Tells the person why nothing happened in a read-only shared design. */
export function sayReadOnly(): void {
  toast.info(READ_ONLY_EDIT, { id: 'read-only' });
}

export function runCommand<Args>(command: Command<Args>, args: Args, options: { quiet?: boolean } = {}): Outcome {
  const { design, commit, readOnly } = useDesignStore.getState();
  if (!design) return { status: 'unchanged' };
  if (readOnly && !command.whileReadOnly) {
    sayReadOnly();
    return { status: 'refused', reason: READ_ONLY_EDIT };
  }
  const selection = useUiStore.getState().selection;
  const outcome = command.run({ design, selection }, args);
  if (outcome.status === 'refused' && !options.quiet) {
    toast.error(outcome.reason, { id: `refused:${outcome.reason}` });
  } else if (outcome.status === 'changed') {
    commit(outcome.design, { design, selection }, outcome.coalesceKey);
    if (outcome.selection) useUiStore.getState().setSelection(outcome.selection);
    else useUiStore.getState().setSelection(pruneSelection(useUiStore.getState().selection));
  }
  return outcome;
}

export function undoChange(): boolean {
  const restored = useDesignStore.getState().undo(useUiStore.getState().selection);
  if (restored) useUiStore.getState().setSelection(pruneSelection(restored));
  return restored !== null;
}

export function redoChange(): boolean {
  const restored = useDesignStore.getState().redo(useUiStore.getState().selection);
  if (restored) useUiStore.getState().setSelection(pruneSelection(restored));
  return restored !== null;
}

/** The selection without ids that no longer exist in the open design. */
function pruneSelection(selection: Selection): Selection {
  const design = useDesignStore.getState().design;
  if (!design) return { nodeIds: [], edgeIds: [] };
  const nodes = new Set(design.nodes.map((n) => n.id));
  const edges = new Set(design.edges.map((e) => e.id));
  const nodeIds = selection.nodeIds.filter((id) => nodes.has(id));
  const edgeIds = selection.edgeIds.filter((id) => edges.has(id));
  return nodeIds.length === selection.nodeIds.length && edgeIds.length === selection.edgeIds.length
    ? selection
    : { nodeIds, edgeIds };
}
