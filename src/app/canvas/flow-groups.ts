import type { FlowCanvasEdge, FlowGroupCanvasEdge, FlowGroupData } from './canvas-types.ts';
import { VERDICT_STYLES, type FlowState } from '../verdict-style.ts';
import { LAYER } from './geometry.ts';

// Zoomed out over a large design, thousands of flow curves are a tangle nobody can read, and
// each one costs the browser a path to lay out and draw. There the canvas draws one line per
// pair of places that flows join (a VNet, or a site or circuit on the open canvas), with how many
// flows take it by verdict; zooming in, or selecting a flow or one of its ends, draws flows one by
// one again. Pure: the edges in, the edges to draw out.

/** Ids of group lines start so; a design's own ids never do (they are never drawn with it). */
export const GROUP_ID_PREFIX = 'flows:';

const STATES: readonly FlowState[] = ['fastpath', 'direct', 'gateway', 'unreachable', 'pending'];

type Groupable = { id: string; type?: string };

/**
 * `edges` with every flow not kept replaced by its pair's group line. `placeOf` names the place a
 * node is drawn in (its VNet, or itself on the open canvas); `keep` says which flows stay drawn one
 * by one; flows inside one place are left out (the place's own box holds them). `previous` lets an
 * unchanged group line keep its identity, so React Flow does not redraw it.
 */
export function groupFlows<E extends Groupable>(
  edges: readonly E[],
  placeOf: (nodeId: string) => string,
  nameOf: (placeId: string) => string,
  keep: (flow: FlowCanvasEdge) => boolean,
  previous: ReadonlyMap<string, FlowGroupCanvasEdge> = new Map(),
): (E | FlowGroupCanvasEdge)[] {
  const drawn: (E | FlowGroupCanvasEdge)[] = [];
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
  for (const [id, { source, target, counts }] of groups) {
    const data: FlowGroupData = { counts, total: STATES.reduce((sum, state) => sum + counts[state], 0) };
    const before = previous.get(id);
    if (before?.data && STATES.every((state) => before.data?.counts[state] === counts[state])) {
      drawn.push(before);
      continue;
    }
    drawn.push({
      id,
      type: 'flowGroup',
      source,
      target,
      data,
      zIndex: LAYER.flowEdge,
      selectable: false,
      focusable: false,
      ariaRole: 'img',
      ariaLabel: groupWords(nameOf(source), nameOf(target), data),
    });
  }
  return drawn;
}

/** "12 flows between Hub and Spoke 3: 10 FastPath, 2 Gateway". */
export function groupWords(a: string, b: string, data: FlowGroupData): string {
  const parts = STATES.filter((state) => data.counts[state] > 0).map(
    (state) => `${data.counts[state]} ${VERDICT_STYLES[state].word}`,
  );
  return `${data.total} ${data.total === 1 ? 'flow' : 'flows'} between ${a} and ${b}: ${parts.join(', ')}`;
}

/** The verdicts a group line shows, in the legend's order, with their counts (none left out that is there). */
export function groupParts(data: FlowGroupData): { state: FlowState; count: number }[] {
  return STATES.filter((state) => data.counts[state] > 0).map((state) => ({ state, count: data.counts[state] }));
}

/** groupFlows that remembers its last group lines, so unchanged ones keep their identity. */
export function createGroupCache() {
  let before: ReadonlyMap<string, FlowGroupCanvasEdge> = new Map();
  return {
    group<E extends Groupable>(
      edges: readonly E[],
      placeOf: (nodeId: string) => string,
      nameOf: (placeId: string) => string,
      keep: (flow: FlowCanvasEdge) => boolean,
    ): (E | FlowGroupCanvasEdge)[] {
      const drawn = groupFlows(edges, placeOf, nameOf, keep, before);
      before = new Map(
        drawn.filter((edge): edge is FlowGroupCanvasEdge => edge.type === 'flowGroup').map((edge) => [edge.id, edge]),
      );
      return drawn;
    },
  };
}
