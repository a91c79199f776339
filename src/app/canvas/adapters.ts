// The one place that knows both the design document and React Flow. Everything React Flow draws
// is derived here from the document (plus the evaluation, for flow colours); nothing React Flow
// adds (selection, measurements) ever flows back into the document.
import type { Design, DesignNode, EvaluationResult, Position } from '../../engine/index.ts';
import { findingsWords, flowMark } from '../findings/marks.ts';
import { notesWord } from '../review/notes.ts';
import { VERDICT_STYLES, type FlowState } from '../verdict-style.ts';
import {
  EDGE_NAMES,
  flowAccessibleName,
  flowLabels,
  flowTag,
  flowTitle,
  isFlow,
  type FlowLabel,
  labelOf,
  nodeDetail,
  nodeIndex,
  edgeCaption,
} from '../words.ts';
import type { CanvasEdge, CanvasNode, CanvasView, FlowFocus, Marked, ResourceCanvasNode } from './canvas-types.ts';
import { LAYER, RESOURCE_SIZE } from './geometry.ts';
import { placeTopLevel, vnetInside } from '../drawing/where-drawn.ts';
import { pairKey } from './flow-routes.ts';

export type * from './canvas-types.ts';

/**
 * The selected flow's path as the canvas marks it: the source as "S", then each later hop by its
 * traceroute number. A node the path passes twice keeps its first number.
 */
export function flowFocus(flowId: string, evaluation: EvaluationResult | null): FlowFocus | undefined {
  const outcome = evaluation?.flows[flowId];
  if (!outcome) return undefined;
  const hops = new Map<string, string>();
  outcome.path.forEach((hop, index) => {
    if (!hops.has(hop.nodeId)) hops.set(hop.nodeId, index === 0 ? 'S' : String(index));
  });
  return { flowId, state: outcome.verdict, hops };
}

/** Marker and path fields for a node or structural edge, present only when they apply. */
function marked(view: CanvasView, id: string, hop?: string): Marked {
  const mark = view.findings?.get(id);
  return {
    ...(mark ? { findings: mark.count, worst: mark.worst } : {}),
    ...(hop !== undefined ? { hop, onPath: view.focus?.state } : {}),
    ...(view.notes?.has(id) ? { notes: view.notes.get(id) } : {}),
    ...(view.changes?.has(id) ? { change: view.changes.get(id) } : {}),
  };
}

/** How an item's change since the compared version is said: "new since v1". */
const CHANGE_WORDS = {
  added: 'new since the compared version',
  changed: 'changed since the compared version',
} as const;

/** An item's accessible name with what is pinned on it: "Hub (2 errors, 1 note)". */
function withMarks(name: string, view: CanvasView, id: string): string {
  const mark = view.findings?.get(id);
  const notes = view.notes?.get(id);
  const change = view.changes?.get(id);
  const marks = [
    mark ? findingsWords(mark) : '',
    notes ? notesWord(notes) : '',
    change ? CHANGE_WORDS[change] : '',
  ].filter(Boolean);
  return marks.length > 0 ? `${name} (${marks.join(', ')})` : name;
}

/**
 * The selected flow's state when a structural edge carries it between two consecutive hops: a
 * link or connection joins the hops themselves, a peering joins the VNets they live in.
 */
function onPathEdge(
  view: CanvasView,
  nodes: ReadonlyMap<string, DesignNode>,
  source: string,
  target: string,
): FlowState | undefined {
  const focus = view.focus;
  if (!focus) return undefined;
  const order = [...focus.hops.keys()];
  for (let i = 1; i < order.length; i++) {
    const a = order[i - 1] as string;
    const b = order[i] as string;
    const ends = new Set([source, target]);
    if (ends.has(a) && ends.has(b)) return focus.state;
    const parentA = nodes.get(a)?.parentId;
    const parentB = nodes.get(b)?.parentId;
    if (parentA !== undefined && parentB !== undefined && parentA !== parentB && ends.has(parentA) && ends.has(parentB))
      return focus.state;
  }
  return undefined;
}

export const EMPTY_VIEW: CanvasView = {
  selectedNodes: new Set(),
  selectedEdges: new Set(),
  dragging: new Map(),
  dropTarget: null,
};

/**
 * React Flow nodes for a design. VNets come first (React Flow needs parents before children) and
 * size themselves to their children, whose positions are relative to the VNet as in the document.
 * A VNet's size follows its children's saved positions, not a drag in progress, so a child can be
 * dragged out to another VNet without stretching its own; the VNet grows when the child is dropped.
 * Nodes that arrive without a position get a simple placement until automatic layout has run.
 *
 * `previous` is the last result: a node that has not changed is returned as the very same object,
 * so React Flow and the memoised node components skip it (a drag redraws only what moves).
 */
export function toCanvasNodes(
  design: Design,
  view: CanvasView = EMPTY_VIEW,
  previous: readonly CanvasNode[] = [],
): CanvasNode[] {
  const before = new Map(previous.map((node) => [node.id, node]));
  const children = new Map<string, DesignNode[]>();
  const topLevel: DesignNode[] = [];
  for (const node of design.nodes) {
    if (node.parentId !== undefined) {
      const siblings = children.get(node.parentId) ?? [];
      siblings.push(node);
      children.set(node.parentId, siblings);
    } else {
      topLevel.push(node);
    }
  }

  const topPositions = placeTopLevel(topLevel);
  const vnets: CanvasNode[] = [];
  const rest: CanvasNode[] = [];
  const keep = (node: CanvasNode) => reuse(before.get(node.id), node);

  for (const node of topLevel) {
    const position = view.dragging.get(node.id) ?? topPositions.get(node) ?? { x: 0, y: 0 };
    if (node.kind !== 'vnet') {
      rest.push(keep(resourceNode(node, position, view)));
      continue;
    }
    const inside = children.get(node.id) ?? [];
    const { places, width, height } = vnetInside(inside);
    for (const [i, child] of inside.entries()) {
      const saved = places[i] ?? { x: 0, y: 0 };
      if (child.kind !== 'vnet') {
        const shown = view.dragging.get(child.id) ?? saved;
        rest.push(keep({ ...resourceNode(child, shown, view), parentId: node.id }));
      }
    }
    const drop = view.dropTarget?.vnetId === node.id ? (view.dropTarget.allowed ? 'accept' : 'refuse') : undefined;
    vnets.push(
      keep({
        id: node.id,
        type: 'vnet',
        position,
        width,
        height,
        measured: { width, height },
        zIndex: LAYER.vnet,
        selected: view.selectedNodes.has(node.id),
        data: {
          label: node.label,
          detail: nodeDetail(node),
          ...(drop ? { drop } : {}),
          ...marked(view, node.id, view.focus?.hops.get(node.id)),
        },
        ariaLabel: withMarks(`VNet ${node.label || node.id}`, view, node.id),
        // A named group for assistive technology, though not a tab stop (the canvas is one).
        ariaRole: 'group',
      }),
    );
  }
  return [...vnets, ...rest];
}

// Nodes are drawn at exactly their given size, so they say so: without `measured`, React Flow
// takes every changed node for a new one and measures it again (a forced layout per node).
const RESOURCE_MEASURED = { width: RESOURCE_SIZE.width, height: RESOURCE_SIZE.height };

function resourceNode(
  node: Exclude<DesignNode, { kind: 'vnet' }>,
  position: Position,
  view: CanvasView,
): ResourceCanvasNode {
  const detail = nodeDetail(node);
  return {
    id: node.id,
    type: node.kind,
    position: { x: position.x, y: position.y },
    width: RESOURCE_SIZE.width,
    height: RESOURCE_SIZE.height,
    measured: RESOURCE_MEASURED,
    zIndex: LAYER.resource,
    selected: view.selectedNodes.has(node.id),
    data: { kind: node.kind, label: node.label, detail, ...marked(view, node.id, view.focus?.hops.get(node.id)) },
    ariaLabel: withMarks(`${node.label || node.id}: ${detail}`, view, node.id),
    ariaRole: 'group',
  };
}

/** The previous node when nothing React Flow draws from has changed, else the new one. */
function reuse(previous: CanvasNode | undefined, next: CanvasNode): CanvasNode {
  if (!previous) return next;
  const same =
    previous.type === next.type &&
    previous.position.x === next.position.x &&
    previous.position.y === next.position.y &&
    previous.width === next.width &&
    previous.height === next.height &&
    previous.parentId === next.parentId &&
    Boolean(previous.selected) === Boolean(next.selected) &&
    previous.ariaLabel === next.ariaLabel &&
    shallowEqual(previous.data, next.data);
  return same ? previous : next;
}

function shallowEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.is(a[key], b[key]));
}

// ---- Edges ------------------------------------------------------------------------------------

/**
 * React Flow edges for a design. Flow edges carry their verdict from `evaluation` (or `pending`
 * while there is none) as data, as `data-flow-id` / `data-verdict` attributes and in their
 * accessible name. As with nodes, an unchanged edge from `previous` is returned as is.
 */
export function toCanvasEdges(
  design: Design,
  evaluation: EvaluationResult | null,
  view: CanvasView = EMPTY_VIEW,
  previous: readonly CanvasEdge[] = [],
): CanvasEdge[] {
  const before = new Map(previous.map((edge) => [edge.id, edge]));
  const nodes = nodeIndex(design);
  const labels = flowLabels(design, nodes);
  const lanes = lanesOf(design);
  const edges: CanvasEdge[] = [];
  for (const edge of design.edges) {
    const selected = view.selectedEdges.has(edge.id);
    if (!isFlow(edge)) {
      const caption = edgeCaption(edge);
      const onPath = onPathEdge(view, nodes, edge.source, edge.target);
      edges.push(
        reuseEdge(before.get(edge.id), {
          id: edge.id,
          type: edge.kind,
          source: edge.source,
          target: edge.target,
          selected,
          data: {
            caption,
            ...marked(view, edge.id),
            ...(onPath ? { onPath } : {}),
            ...(view.selectedNodes.has(edge.source) || view.selectedNodes.has(edge.target) ? { ofSelected: true } : {}),
          },
          zIndex: LAYER.structuralEdge,
          ariaLabel: withMarks(
            `${EDGE_NAMES[edge.kind]} ${labelOf(nodes, edge.source)} – ${labelOf(nodes, edge.target)}: ${caption}`,
            view,
            edge.id,
          ),
        }),
      );
      continue;
    }
    const outcome = evaluation?.flows[edge.id];
    const state: FlowState = outcome?.verdict ?? 'pending';
    const label = labels.get(edge.id) as FlowLabel;
    const style = VERDICT_STYLES[state];
    // A flow's marker follows the result it is drawn with (see stepped-result.ts).
    const mark = outcome ? flowMark(outcome) : undefined;
    const previousEdge = before.get(edge.id);
    edges.push(
      reuseEdge(previousEdge, {
        id: edge.id,
        type: 'flow',
        source: edge.source,
        target: edge.target,
        zIndex: LAYER.flowEdge,
        selected,
        data: {
          state,
          lane: lanes.get(edge.id)?.lane ?? 0,
          alone: lanes.get(edge.id)?.alone ?? false,
          number: label.number,
          title: flowTitle(label),
          tag: flowTag(label),
          findings: mark?.count ?? 0,
          ...(mark ? { worst: mark.worst } : {}),
          ...(outcome?.expectationMet !== undefined ? { expectationMet: outcome.expectationMet } : {}),
          ...(view.focus && view.focus.flowId !== edge.id ? { muted: true } : {}),
          ...(view.notes?.has(edge.id) ? { notes: view.notes.get(edge.id) } : {}),
          ...(view.changes?.has(edge.id) ? { change: view.changes.get(edge.id) } : {}),
        },
        markerEnd:
          previousEdge?.type === 'flow' && previousEdge.data?.state === state
            ? previousEdge.markerEnd
            : { type: 'arrowclosed', color: style.color, width: 16, height: 16, markerUnits: 'userSpaceOnUse' },
        ariaLabel: flowName(flowAccessibleName(label, state), view, edge.id),
        ariaRole: 'img',
        domAttributes: { 'data-flow-id': edge.id, 'data-verdict': state } as Record<string, string>,
      }),
    );
  }
  return edges;
}

/** A flow's accessible name with its notes and its change since the compared version. */
function flowName(name: string, view: CanvasView, id: string): string {
  const notes = view.notes?.get(id);
  const change = view.changes?.get(id);
  const marks = [notes ? notesWord(notes) : '', change ? CHANGE_WORDS[change] : ''].filter(Boolean);
  return marks.length ? `${name} (${marks.join(', ')})` : name;
}

let lastLanes: { edges: Design['edges']; lanes: Map<string, { lane: number; alone: boolean }> } | null = null;

/**
 * Each flow's lane among the flows from its source to its target, and whether it is alone
 * between its two nodes (either way), as routing needs them (flow-routes.ts); worked out again
 * only when the edges change.
 */
function lanesOf(design: Design): Map<string, { lane: number; alone: boolean }> {
  if (lastLanes?.edges === design.edges) return lastLanes.lanes;
  const next = new Map<string, number>();
  const pairs = new Map<string, number>();
  const lanes = new Map<string, { lane: number; alone: boolean }>();
  for (const edge of design.edges) if (isFlow(edge)) pairs.set(pairKey(edge), (pairs.get(pairKey(edge)) ?? 0) + 1);
  for (const edge of design.edges) {
    if (!isFlow(edge)) continue;
    const ordered = `${edge.source}\u0000${edge.target}`;
    const lane = next.get(ordered) ?? 0;
    next.set(ordered, lane + 1);
    lanes.set(edge.id, { lane, alone: pairs.get(pairKey(edge)) === 1 });
  }
  lastLanes = { edges: design.edges, lanes };
  return lanes;
}

function reuseEdge(previous: CanvasEdge | undefined, next: CanvasEdge): CanvasEdge {
  if (!previous) return next;
  const same =
    previous.type === next.type &&
    previous.source === next.source &&
    previous.target === next.target &&
    Boolean(previous.selected) === Boolean(next.selected) &&
    previous.ariaLabel === next.ariaLabel &&
    previous.markerEnd === next.markerEnd &&
    shallowEqual(previous.data ?? {}, next.data ?? {});
  return same ? previous : next;
}

/**
 * The previous array when every item in it was reused as is: an edit that changes nothing drawn
 * (the title, the rule pack) then costs React Flow nothing, not a pass over every node and edge.
 */
function sameItems<T>(previous: T[], next: T[]): T[] {
  return previous.length === next.length && next.every((item, i) => item === previous[i]) ? previous : next;
}

/**
 * Remembers the last nodes and edges handed to React Flow, so each new derivation can reuse the
 * objects that did not change (see toCanvasNodes).
 */
export function createCanvasCache() {
  let nodes: CanvasNode[] = [];
  let edges: CanvasEdge[] = [];
  return {
    nodes(design: Design, view: CanvasView): CanvasNode[] {
      nodes = sameItems(nodes, toCanvasNodes(design, view, nodes));
      return nodes;
    },
    edges(design: Design, evaluation: EvaluationResult | null, view: CanvasView): CanvasEdge[] {
      edges = sameItems(edges, toCanvasEdges(design, evaluation, view, edges));
      return edges;
    },
    /** The nodes as last drawn, for event handlers that hit-test against them. */
    drawnNodes(): readonly CanvasNode[] {
      return nodes;
    },
  };
}
