import { useEffect, useMemo, useState } from 'react';

// A render cannot be split, and the browser styles, lays out and measures every element a
// commit adds before the next frame: handing React Flow a whole large design at once held the
// main thread for seconds. The canvas takes nodes and edges in a slice per task instead, so the
// first frame comes at once and no task grows with the design.

/** Structural edges added to the canvas per task. */
export const EDGES_PER_STEP = 1_500;
/** Nodes added to the canvas per task (VNets come first, so a slice never has a child without its VNet). */
export const NODES_PER_STEP = 30;

/**
 * A limit that grows by `step` a task at a time until it covers `total`; or, `doubling`, that
 * doubles each task once past `steadyUpTo`. A canvas that draws only what is in view adds few
 * elements to the page whatever the slice, but React Flow takes in every node of the array again
 * at each step: equal steps cost it the square of the design's size, doubling steps twice its
 * size. The head of the array is what a zoomed-out canvas does draw (the VNets, first): that part
 * goes in equal steps, so no task mounts hundreds of VNets at once.
 */
function useGrowingLimit(total: number, step: number, doubling = false, steadyUpTo = 0): number {
  const [limit, setLimit] = useState(step);
  const behind = total > limit;
  useEffect(() => {
    if (!behind) return;
    // A new task each step, so a frame is painted between them and input is answered.
    const timer = setTimeout(
      () => setLimit((before) => (doubling && before >= steadyUpTo ? before * 2 : before + step)),
      0,
    );
    return () => clearTimeout(timer);
  }, [behind, limit, step, doubling, steadyUpTo]);
  return limit;
}

/**
 * `items`, a prefix of `step` more each task (or twice as many, `doubling`, past the first
 * `steadyUpTo`) until all are there; `complete` once they are.
 */
export function useProgressiveNodes<T>(
  items: T[],
  step: number = NODES_PER_STEP,
  doubling = false,
  steadyUpTo = 0,
): { shown: T[]; complete: boolean } {
  const limit = useGrowingLimit(items.length, step, doubling, steadyUpTo);
  const behind = items.length > limit;
  const shown = useMemo(() => (behind ? items.slice(0, limit) : items), [items, limit, behind]);
  return { shown, complete: !behind };
}

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
  const limit = useGrowingLimit(edges.length, EDGES_PER_STEP);
  return useMemo(() => edgesUpTo(edges, limit), [edges, limit]);
}
