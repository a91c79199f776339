// Edges are drawn border to border by our own edge components; React Flow still wants a handle
// at each end of an edge, so every node carries one of each, invisible and not connectable.
export const HIDDEN_HANDLE_STYLE = { opacity: 0, pointerEvents: 'none' } as const;
