import { create } from 'zustand';
import { formatProblem, loadDesign, type Design } from '../../engine/index.ts';
import { DEFAULT_EXAMPLE } from '../io/examples.ts';

// The document store: the open design and its revision. Only document state lives here (it is
// what gets saved, undone and evaluated); selection, highlight and panel state live in ui-store.

export type DesignState = {
  design: Design | null;
  /** Grows on every change to the document; the evaluation query is keyed by it. */
  revision: number;
  /** Where the open design came from, such as an example id. */
  origin: string | null;
  /** Why the last attempt to open a design was refused (the open design is left as it was). */
  refused: string[];
  /** Loads `input` (JSON text or a parsed document) and opens it; false when it was refused. */
  openDesign: (input: unknown, origin: string) => boolean;
};

type DocumentFields = Pick<DesignState, 'design' | 'revision' | 'origin' | 'refused'>;

function open(current: DocumentFields, input: unknown, origin: string): DocumentFields {
  const loaded = loadDesign(input);
  if (!loaded.ok) return { ...current, refused: loaded.errors.map(formatProblem) };
  return {
    design: loaded.design,
    revision: current.revision + 1,
    origin,
    refused: [],
  };
}

const empty: DocumentFields = { design: null, revision: 0, origin: null, refused: [] };

export const useDesignStore = create<DesignState>()((set, get) => ({
  ...open(empty, DEFAULT_EXAMPLE.document, DEFAULT_EXAMPLE.id),
  openDesign(input, origin) {
    const next = open(get(), input, origin);
    set(next);
    return next.refused.length === 0;
  },
}));
