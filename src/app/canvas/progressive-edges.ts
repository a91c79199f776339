import { startTransition, useEffect, useMemo, useState } from 'react';

// React cannot split one commit, and the browser styles and lays out every element a commit adds
// before the next frame: handing React Flow tens of thousands of edges at once held the main thread
// for half a minute. The canvas draws its nodes and flows first and takes the other edges in a
// slice per task, so the first frame comes at once and no task grows with the design.

/** Structural edges added to the canvas per task. */
export const EDGES_PER_STEP = 1_500;

type Drawable = { type?: string };

/**
 * The edges that may be drawn now: every flow, and the structural edges up to `limit` in design
 * order. Returns `edges` itself once the limit covers them all, so a settled canvas pays nothing.
 */
export function edgesUpTo<E extends Drawable>(edges: E[], limit: number): E[] {
  if (edges.length <= limit) return edges;
  const drawn: E[] = [];
  let structural = 0;
  for (const edge of edges) {
    if (edge.type === 'flow') drawn.push(edge);
    else if (structural < limit) {
      drawn.push(edge);
      structural++;
    }
  }
  return drawn.length === edges.length ? edges : drawn;
}

/** `edges`, reached a step at a time when there are more than a step's worth still to draw. */
export function useProgressiveEdges<E extends Drawable>(edges: E[]): E[] {
  const [limit, setLimit] = useState(EDGES_PER_STEP);
  const behind = edges.length > limit;
  useEffect(() => {
    if (!behind) return;
    // A new task each step, so a frame is painted between them and input is answered.
    const timer = setTimeout(() => startTransition(() => setLimit((before) => before + EDGES_PER_STEP)), 0);
    return () => clearTimeout(timer);
  }, [behind, limit]);
  return useMemo(() => edgesUpTo(edges, limit), [edges, limit]);
}
