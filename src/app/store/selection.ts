// What is selected on the canvas: the UI store holds it, the history records it with each change,
// and commands receive it (see commands/types.ts).

export type Selection = { readonly nodeIds: readonly string[]; readonly edgeIds: readonly string[] };

export const EMPTY_SELECTION: Selection = { nodeIds: [], edgeIds: [] };
