import { fragmentOf } from './fragment.ts';
import { paste } from './paste.ts';
import { defineCommand, unchanged } from './types.ts';

export const DUPLICATE_OFFSET = { x: 30, y: 30 } as const;

/** Copies the selection in place, shifted a little, with fresh ids; the copy is selected. */
export const duplicateSelection = defineCommand({
  id: 'duplicate-selection',
  label: 'Duplicate',
  run(state) {
    const fragment = fragmentOf(state.design, state.selection);
    if (!fragment) return unchanged;
    return paste.run(state, { fragment, offset: DUPLICATE_OFFSET });
  },
});
