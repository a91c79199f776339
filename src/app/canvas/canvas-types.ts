// The React Flow node and edge types the adapters produce, and the view they draw with.
import type { Edge, Node } from '@xyflow/react';
import type { EdgeKind, NodeKind, Position, Severity } from '../../engine/index.ts';
import type { FindingMark } from '../findings/marks.ts';
import type { FlowState } from '../verdict-style.ts';
import type { ChangeMark } from '../store/ui-store.ts';

// ---- React Flow node and edge types -------------------------------------------------------------

/** Every kind but `vnet` is drawn as a resource card; `vnet` is a container (a parent node). */
export type ResourceKind = Exclude<NodeKind, 'vnet'>;

/** What every node and structural edge may carry: a findings marker, and its place on the selected flow's path. */
export type Marked = {
  findings?: number;
  worst?: Severity;
  /** "S" for the selected flow's source, then its traceroute hop numbers. */
  hop?: string;
  /** The selected flow's state, when this lies on its path. */
  onPath?: FlowState;
  /** How many review notes are pinned to it. */
  notes?: number;
  /** Compared with an older version: new since it, or changed. */
  change?: ChangeMark;
};

export type VnetNodeData = Marked & { label: string; detail: string; drop?: 'accept' | 'refuse' };
export type ResourceNodeData = Marked & { kind: ResourceKind; label: string; detail: string };

export type VnetCanvasNode = Node<VnetNodeData, 'vnet'>;
export type ResourceCanvasNode = Node<ResourceNodeData, ResourceKind>;
export type CanvasNode = VnetCanvasNode | ResourceCanvasNode;

export type StructuralKind = Exclude<EdgeKind, 'flow'>;
export type StructuralEdgeData = Omit<Marked, 'hop'> & {
  caption: string;
  /** One of its ends is selected: the links of what is selected stand out (in a mesh, among thousands). */
  ofSelected?: boolean;
};
export type FlowEdgeData = {
  state: FlowState;
  /** 0 for the first flow from a source to a target, 1 for the next, and so on: each bows further out. */
  lane: number;
  /** No other flow joins its two nodes, either way: routing may bow it to its right (flow-routes.ts). */
  alone: boolean;
  /** The flow's number in the design's flow order, drawn beside its verdict glyph. */
  number: number;
  /** "#3 Backup" or "#3 On-premises → Hub VM", for its caption and tooltip. */
  title: string;
  /** "#3 Backup" or "#3": its caption on the line, where the route is drawn. */
  tag: string;
  findings: number;
  worst?: Severity;
  expectationMet?: boolean;
  /** Another flow is selected: this one steps back. */
  muted?: boolean;
  /** How many review notes are pinned to it. */
  notes?: number;
  /** Compared with an older version: new since it, or changed (its outcome or itself). */
  change?: ChangeMark;
};

export type StructuralCanvasEdge = Edge<StructuralEdgeData, StructuralKind>;
export type FlowCanvasEdge = Edge<FlowEdgeData, 'flow'>;
export type CanvasEdge = StructuralCanvasEdge | FlowCanvasEdge;

/** Zoomed out over many flows: the flows between two places, counted by verdict (flow-groups.ts). */
export type FlowGroup = {
  id: string;
  source: string;
  target: string;
  counts: Record<FlowState, number>;
  total: number;
  /** What it says to assistive technology: "12 flows between Hub and Spoke 3: 10 FastPath, 2 Gateway". */
  name: string;
};
/** What the canvas hands React Flow: the adapters' edges (group lines are drawn in a layer of their own). */
export type DrawnEdge = CanvasEdge;

// ---- Nodes ------------------------------------------------------------------------------------

/** What the screen adds to the document when drawing it: selection and a drag in progress. */
export type CanvasView = {
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  /** Positions of nodes being dragged (relative to their VNet, as React Flow reports them). */
  dragging: ReadonlyMap<string, Position>;
  /** The VNet under a dragged resource, and whether it may go there. */
  dropTarget: { vnetId: string; allowed: boolean } | null;
  /** Nodes and edges with findings, and how many (for their markers). */
  findings?: ReadonlyMap<string, FindingMark>;
  /** How many notes are pinned to each node and edge (for their note markers). */
  notes?: ReadonlyMap<string, number>;
  /** The one selected flow and its path, drawn over the design. */
  focus?: FlowFocus;
  /** Compared with an older version: the nodes and edges new since it or changed. */
  changes?: ReadonlyMap<string, ChangeMark>;
};

/** A selected flow on the canvas: its id, state, the hop label of each node on its path. */
export type FlowFocus = { flowId: string; state: FlowState; hops: ReadonlyMap<string, string> };
