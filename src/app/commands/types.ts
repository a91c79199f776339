import type { Design } from '../../engine/index.ts';
import type { Selection } from '../store/selection.ts';

// The shape every editor command shares. A command is a pure function of the open document and
// the selection; the store applies what it returns (and records it for undo), so commands can be
// tested without React, a canvas or a store.

export { EMPTY_SELECTION, type Selection } from '../store/selection.ts';

export type EditorState = { readonly design: Design; readonly selection: Selection };

export type Outcome =
  /** The document changed. `coalesceKey`: successive changes with the same key undo as one. */
  | { status: 'changed'; design: Design; selection?: Selection; coalesceKey?: string }
  /** Azure (or the format) would not allow it; `reason` tells the person why. */
  | { status: 'refused'; reason: string }
  | { status: 'unchanged' };

export type Command<Args> = {
  id: string;
  /** What the history and menus call it: "Move", "Delete". */
  label: string;
  /**
   * It changes only how the design is looked at (the rule pack), so a read-only shared design
   * takes it too; such a design is never saved, so the change stays with this visit.
   */
  whileReadOnly?: true;
  run(state: EditorState, args: Args): Outcome;
};

export function defineCommand<Args = void>(command: Command<Args>): Command<Args> {
  return command;
}

export const unchanged: Outcome = { status: 'unchanged' };

export function refused(reason: string): Outcome {
  return { status: 'refused', reason };
}

export function changed(design: Design, selection?: Selection, coalesceKey?: string): Outcome {
  return { status: 'changed', design, ...(selection ? { selection } : {}), ...(coalesceKey ? { coalesceKey } : {}) };
}
