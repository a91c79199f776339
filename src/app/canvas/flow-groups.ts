import type { FlowCanvasEdge, FlowGroup } from './canvas-types.ts';
import { VERDICT_STYLES, type FlowState } from '../verdict-style.ts';

// Zoomed out over a large design, thousands of flow curves are a tangle nobody can read, and
// each one costs the browser a path to lay out and draw. There the canvas draws one line per
// pair of places that flows join (a VNet, or a site or circuit on the open canvas), with how many
// flows take it by verdict; zooming in, or selecting a flow or one of its ends, draws flows one by
// one again. The lines are not React Flow edges: they are drawn together in one layer
// (FlowGroupLayer, group-lines.ts). Pure: the edges in, the edges still drawn and the groups out.

/** Ids of group lines start so; a design's own ids never do (they are never drawn with it). */
export const GROUP_ID_PREFIX = 'flows:';

const STATES: readonly FlowState[] = ['fastpath', 'direct', 'gateway', 'unreachable', 'pending'];

type Groupable = { id: string; type?: string };

export type GroupedFlows<E> = {
  /** The edges React Flow still draws: every link, and the flows kept. */
  drawn: E[];
  /** One per pair of places, in the order of their first flow. */
  groups: FlowGroup[];
};

/**
 * `edges` with every flow not kept counted into its pair's group. `placeOf` names the place a node
 * is drawn in (its VNet, or itself on the open canvas); `keep` says which flows stay drawn one by
 * one; flows inside one place are left out (the place's own box holds them).
 */
export function groupFlows<E extends Groupable>(
  edges: readonly E[],
  placeOf: (nodeId: string) => string,
  nameOf: (placeId: string) => string,
  keep: (flow: FlowCanvasEdge) => boolean,
): GroupedFlows<E> {
  const drawn: E[] = [];
  const groups = new Map<string, { source: string; target: string; counts: Record<FlowState, number> }>();
  for (const edge of edges) {
    if (edge.type !== 'flow') {
      drawn.push(edge);
      continue;
    }
    const flow = edge as unknown as FlowCanvasEdge;
    if (keep(flow)) {
      drawn.push(edge);
      continue;
    }
    const a = placeOf(flow.source);
    const b = placeOf(flow.target);
    if (a === b) continue;
    const [source, target] = a < b ? [a, b] : [b, a];
    const key = `${GROUP_ID_PREFIX}${source}\u0000${target}`;
    let group = groups.get(key);
    if (!group) {
      group = { source, target, counts: { fastpath: 0, direct: 0, gateway: 0, unreachable: 0, pending: 0 } };
      groups.set(key, group);
    }
    group.counts[flow.data?.state ?? 'pending']++;
  }
  return {
    drawn,
    groups: [...groups].map(([id, { source, target, counts }]) => {
      const total = STATES.reduce((sum, state) => sum + counts[state], 0);
      return { id, source, target, counts, total, name: groupWords(nameOf(source), nameOf(target), { counts, total }) };
    }),
  };
}

type Counted = Pick<FlowGroup, 'counts' | 'total'>;

/** "12 flows between Hub and Spoke 3: 10 FastPath, 2 Gateway". */
export function groupWords(a: string, b: string, data: Counted): string {
  const parts = groupParts(data).map(({ state, count }) => `${count} ${VERDICT_STYLES[state].word}`);
  return `${data.total} ${data.total === 1 ? 'flow' : 'flows'} between ${a} and ${b}: ${parts.join(', ')}`;
}

/** The verdicts a group line shows, in the legend's order, with their counts (none left out that is there). */
export function groupParts(data: Counted): { state: FlowState; count: number }[] {
  return STATES.filter((state) => data.counts[state] > 0).map((state) => ({ state, count: data.counts[state] }));
}

/** The verdict most of a group's flows have (the first in the legend's order on a tie): the line's colour. */
export function mostOf(data: Counted): FlowState {
  let best: FlowState = 'pending';
  let most = 0;
  for (const state of STATES)
    if (data.counts[state] > most) {
      best = state;
      most = data.counts[state];
    }
  return best;
}
