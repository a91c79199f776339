import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type DragEvent } from 'react';
import {
  Background,
  BackgroundVariant,
  ConnectionLineType,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  type Connection,
  type EdgeChange,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
  type OnNodeDrag,
  type ReactFlowState,
} from '@xyflow/react';
import { NORMAL_TYPE_READABLE } from './present-controls.ts';
import {
  canPlace,
  isPackId,
  livesInVnet,
  NODE_KINDS,
  type DesignEdge,
  type EvaluationResult,
  type NodeKind,
  type Position,
} from '../../engine/index.ts';
import { addNode } from '../commands/add-node.ts';
import { connect } from '../commands/connect.ts';
import { runCommand } from '../commands/editor.ts';
import { importFile } from '../persistence/design-files.ts';
import { moveNodes, type NodeMove } from '../commands/move-nodes.ts';
import { markDesignDrawn } from '../persistence/opening-marker.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { findingMarks } from '../findings/marks.ts';
import { noteCounts } from '../review/notes.ts';
import { createCanvasCache, flowFocus, type CanvasEdge, type CanvasNode, type CanvasView } from './adapters.ts';
import { absoluteOf, centreOf, vnetAt } from './drop-target.ts';
import { CaptionLayerProbe, CaptionLayerProvider, type CaptionLayer } from './edges/caption-layer.tsx';
import { FlowEdge } from './edges/FlowEdge.tsx';
import { StructuralEdge } from './edges/StructuralEdge.tsx';
import { RESOURCE_SIZE } from './geometry.ts';
import { ResourceNode } from './nodes/ResourceNode.tsx';
import { VnetNode } from './nodes/VnetNode.tsx';
import { PALETTE_MIME } from './palette-mime.ts';
import { BundledLinks, BundledLinksNote } from './BundledLinks.tsx';
import { splitLinks } from './bundled-links.ts';
import { useProgressiveEdges } from './progressive.ts';
import { FIT_VIEW_OPTIONS, MIN_ZOOM, useFirstView } from './useFirstView.ts';
import { useSteppedResult } from './stepped-result.ts';

// Declared once, at module level: React Flow re-creates every node when these objects change.
const nodeTypes = {
  vnet: VnetNode,
  onPremises: ResourceNode,
  circuit: ResourceNode,
  gateway: ResourceNode,
  vm: ResourceNode,
  loadBalancer: ResourceNode,
  privateEndpoint: ResourceNode,
  dnsResolver: ResourceNode,
  nva: ResourceNode,
} satisfies NodeTypes;

const edgeTypes = {
  flow: FlowEdge,
  circuitLink: StructuralEdge,
  connection: StructuralEdge,
  vnetPeering: StructuralEdge,
} satisfies EdgeTypes;

const SNAP_GRID: [number, number] = [10, 10];
const NO_DRAG: ReadonlyMap<string, Position> = new Map();
const NO_LINKS: readonly DesignEdge[] = [];
const PRO_OPTIONS = { hideAttribution: true } as const;
/** From this many nodes and edges, only what is in view is in the DOM. */
const VISIBLE_ONLY_FROM = 1_500;

type DropTarget = CanvasView['dropTarget'];

function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

/**
 * The design on an editable canvas. React Flow draws what the adapters derive from the document;
 * every change a person makes goes through a command (so it can be refused, and undone). Only a
 * drag in progress lives here, as positions over the document, until the drop commits it.
 * `result` is the whole answer (markers follow it at once); the flow edges step towards it a
 * slice of flows at a time (see stepped-result.ts).
 */
export function DesignCanvas({ result }: { result: EvaluationResult | null }) {
  const design = useDesignStore((s) => s.design);
  const readOnly = useDesignStore((s) => s.readOnly);
  const selection = useUiStore((s) => s.selection);
  const tool = useUiStore((s) => s.tool);
  const snapToGrid = useUiStore((s) => s.snapToGrid);
  const showMinimap = useUiStore((s) => s.showMinimap);
  const presenting = useUiStore((s) => s.presenting);
  const smallZoom = useStore(belowNormalType);
  const theme = useUiStore((s) => s.theme);
  const setHighlightedFlow = useUiStore((s) => s.setHighlightedFlow);
  const flow = useReactFlow<CanvasNode, CanvasEdge>();

  const [dragging, setDragging] = useState<ReadonlyMap<string, Position>>(NO_DRAG);
  const [dropTarget, setDropTarget] = useState<DropTarget>(null);
  // The last nodes and edges handed to React Flow, so unchanged ones keep their identity.
  const [drawn] = useState(createCanvasCache);
  const [captionLayer, setCaptionLayer] = useState<CaptionLayer>({ element: null, readable: true });
  // The design has drawn: the next start may reopen it without asking (see opening-marker.ts).
  useEffect(() => {
    const frame = requestAnimationFrame(() => markDesignDrawn());
    return () => cancelAnimationFrame(frame);
  }, []);
  const onCaptionLayer = useCallback((next: CaptionLayer) => {
    setCaptionLayer((before) => (before.element === next.element && before.readable === next.readable ? before : next));
  }, []);

  // What the analysis adds to the drawing: verdicts, finding markers, and the selected flow's path.
  // Markers on nodes and links follow the whole answer at once; they are few.
  const findings = useMemo(() => (result ? findingMarks(result) : undefined), [result]);
  const designNotes = design?.notes;
  const notes = useMemo(() => (designNotes ? noteCounts(designNotes) : undefined), [designNotes]);
  const shown = useSteppedResult(result);
  const selectedFlow =
    selection.nodeIds.length === 0 && selection.edgeIds.length === 1 ? selection.edgeIds[0] : undefined;
  const focus = useMemo(() => (selectedFlow ? flowFocus(selectedFlow, shown) : undefined), [selectedFlow, shown]);

  const view = useMemo<CanvasView>(
    () => ({
      selectedNodes: new Set(selection.nodeIds),
      selectedEdges: new Set(selection.edgeIds),
      dragging,
      dropTarget,
      findings,
      notes,
      focus,
    }),
    [selection, dragging, dropTarget, findings, notes, focus],
  );
  // Edges depend on the selection, not on a drag in progress: a drag frame re-derives nodes only.
  const edgeView = useMemo<CanvasView>(
    () => ({
      selectedNodes: new Set(selection.nodeIds),
      selectedEdges: new Set(selection.edgeIds),
      dragging: NO_DRAG,
      dropTarget: null,
      findings,
      notes,
      focus,
    }),
    [selection, findings, notes, focus],
  );
  const allNodes = useMemo(() => (design ? drawn.nodes(design, view) : []), [design, view, drawn]);
  const firstView = useFirstView(allNodes);
  const nodes = firstView.nodes;
  // A design with thousands of links draws most of them as one path (see bundled-links.ts).
  const split = useMemo(
    () =>
      design
        ? splitLinks(
            design,
            new Set(selection.nodeIds),
            new Set(selection.edgeIds),
            focus ? new Set(focus.hops.keys()) : undefined,
          )
        : null,
    [design, selection, focus],
  );
  const allEdges = useMemo(
    () => (split ? drawn.edges(split.drawn, shown, edgeView) : []),
    [split, shown, edgeView, drawn],
  );
  const edges = useProgressiveEdges(allEdges);

  const onNodesChange = useCallback((changes: NodeChange<CanvasNode>[]) => {
    const moved = new Map<string, Position>();
    const select = new Map<string, boolean>();
    for (const change of changes) {
      if (change.type === 'position' && change.position && change.dragging) moved.set(change.id, change.position);
      else if (change.type === 'select') select.set(change.id, change.selected);
    }
    if (moved.size > 0) setDragging((before) => new Map([...before, ...moved]));
    if (select.size > 0) {
      const { selection: current, setSelection } = useUiStore.getState();
      setSelection({ nodeIds: applySelect(current.nodeIds, select), edgeIds: current.edgeIds });
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<CanvasEdge>[]) => {
    const select = new Map<string, boolean>();
    for (const change of changes) if (change.type === 'select') select.set(change.id, change.selected);
    if (select.size === 0) return;
    const { selection: current, setSelection } = useUiStore.getState();
    setSelection({ nodeIds: current.nodeIds, edgeIds: applySelect(current.edgeIds, select) });
  }, []);

  // While one resource is dragged, the VNet under it lights up: green if it may go there, red if not.
  const onNodeDrag: OnNodeDrag<CanvasNode> = useCallback(
    (_event, node, dragged) => {
      const doc = useDesignStore.getState().design;
      if (!doc || dragged.length !== 1 || node.type === 'vnet' || !livesInVnet(node.type as NodeKind)) return;
      const byId = new Map(drawn.drawnNodes().map((n) => [n.id, n]));
      const over = vnetAt(drawn.drawnNodes(), centreOf(absoluteOf(node, byId), node));
      const next: DropTarget = over
        ? {
            vnetId: over.id,
            allowed: canPlace(
              doc,
              node.type as NodeKind,
              doc.nodes.find((n) => n.id === over.id),
              node.id,
            ).ok,
          }
        : null;
      setDropTarget((before) => (before?.vnetId === next?.vnetId && before?.allowed === next?.allowed ? before : next));
    },
    [drawn],
  );

  const onNodeDragStop: OnNodeDrag<CanvasNode> = useCallback(
    (_event, _node, dragged) => {
      const byId = new Map(drawn.drawnNodes().map((n) => [n.id, n]));
      for (const n of dragged) byId.set(n.id, n);
      const draggedIds = new Set(dragged.map((n) => n.id));
      const moves: NodeMove[] = [];
      for (const node of dragged) {
        // A resource dragged along with its VNet keeps its place inside it.
        if (node.parentId !== undefined && draggedIds.has(node.parentId)) continue;
        const topLeft = absoluteOf(node, byId);
        const over = vnetAt(drawn.drawnNodes(), centreOf(topLeft, node), draggedIds);
        moves.push(
          over
            ? {
                id: node.id,
                parentId: over.id,
                position: { x: topLeft.x - over.position.x, y: topLeft.y - over.position.y },
              }
            : { id: node.id, position: topLeft },
        );
      }
      runCommand(moveNodes, { moves });
      setDragging(NO_DRAG);
      setDropTarget(null);
    },
    [drawn],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      runCommand(connect, { from: connection.source, to: connection.target, mode: tool === 'flow' ? 'flow' : 'auto' });
    },
    [tool],
  );

  // Stable handlers: React Flow passes them to every edge, and a new function re-renders them all.
  const onEdgeMouseEnter = useCallback(
    (_: unknown, edge: CanvasEdge) => setHighlightedFlow(edge.type === 'flow' ? edge.id : null),
    [setHighlightedFlow],
  );
  const onEdgeMouseLeave = useCallback(() => setHighlightedFlow(null), [setHighlightedFlow]);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME) && !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  // A kind dropped from the palette lands centred under the pointer, inside the VNet it is over.
  const onDrop = useCallback(
    (event: DragEvent) => {
      // A design file dropped on the canvas opens as a new design.
      const file = event.dataTransfer.files[0];
      if (file && !event.dataTransfer.types.includes(PALETTE_MIME)) {
        event.preventDefault();
        void importFile(file);
        return;
      }
      const kind = event.dataTransfer.getData(PALETTE_MIME);
      if (!isNodeKind(kind)) return;
      event.preventDefault();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const over = vnetAt(drawn.drawnNodes(), point);
      const topLeft =
        kind === 'vnet'
          ? { x: point.x - 60, y: point.y - 24 }
          : { x: point.x - RESOURCE_SIZE.width / 2, y: point.y - RESOURCE_SIZE.height / 2 };
      runCommand(
        addNode,
        over
          ? { kind, parentId: over.id, position: { x: topLeft.x - over.position.x, y: topLeft.y - over.position.y } }
          : { kind, position: topLeft },
      );
    },
    [flow, drawn],
  );

  if (!design) return null;
  const packLabel = isPackId(design.rulesAsOf) ? design.rulesAsOf : 'latest';

  const large = design.nodes.length + design.edges.length >= VISIBLE_ONLY_FROM;

  return (
    <CaptionLayerProvider value={captionLayer}>
      <ReactFlow<CanvasNode, CanvasEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onConnect={onConnect}
        onDragOver={onDragOver}
        onDrop={onDrop}
        onEdgeMouseEnter={onEdgeMouseEnter}
        onEdgeMouseLeave={onEdgeMouseLeave}
        onlyRenderVisibleElements={large}
        nodesDraggable={!readOnly && !presenting}
        nodesConnectable={!readOnly && !presenting}
        elementsSelectable={!presenting}
        // Space is a presentation clicker's "next": it must not switch React Flow to panning then.
        panActivationKeyCode={presenting ? null : 'Space'}
        zIndexMode="manual"
        colorMode={theme}
        fitView={firstView.fitView}
        {...(firstView.defaultViewport ? { defaultViewport: firstView.defaultViewport } : {})}
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={MIN_ZOOM}
        maxZoom={2.5}
        snapToGrid={snapToGrid}
        snapGrid={SNAP_GRID}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        // Shift+drag draws a selection box; the browser must not also select the page's text.
        onSelectionStart={startBoxSelect}
        onSelectionEnd={endBoxSelect}
        multiSelectionKeyCode={['Meta', 'Control']}
        connectionLineType={ConnectionLineType.Straight}
        connectionLineStyle={
          tool === 'flow'
            ? { stroke: '#0284c7', strokeWidth: 2, strokeDasharray: '6 4' }
            : { stroke: '#64748b', strokeWidth: 1.5 }
        }
        connectionRadius={28}
        elevateNodesOnSelect={false}
        proOptions={PRO_OPTIONS}
        // The canvas is one tab stop: inside it, arrows move the selection and Ctrl+arrow picks the
        // next node (actions.ts); the nodes and edges are not tab stops of their own.
        tabIndex={0}
        nodesFocusable={false}
        edgesFocusable={false}
        aria-label={`Design canvas (${tool === 'flow' ? 'flow tool' : 'connect tool'}, rules as of ${packLabel})`}
        className={
          presenting
            ? `fp-presenting${smallZoom ? ' fp-present-type' : ''}`
            : tool === 'flow'
              ? 'fp-flow-tool'
              : undefined
        }
      >
        <CaptionLayerProbe onChange={onCaptionLayer} />
        <ZoomVariable />
        {split && split.bundled.length > 0 ? (
          <>
            {/* Redrawing tens of thousands of segments each frame of a drag would stall it: hidden until the drop. */}
            <BundledLinks links={dragging.size > 0 ? NO_LINKS : split.bundled} nodes={nodes} />
            <BundledLinksNote count={split.bundled.length} />
          </>
        ) : null}
        <Background
          variant={BackgroundVariant.Dots}
          gap={20}
          size={1.4}
          color={theme === 'dark' ? '#334155' : '#cbd5e1'}
        />
        {/* Fit lives in the toolbar, where it keeps the design clear of the minimap (framing.ts). */}
        {presenting ? null : <Controls position="bottom-left" showInteractive={false} showFitView={false} />}
        {showMinimap && !presenting ? (
          <MiniMap
            position="bottom-right"
            pannable
            zoomable
            ariaLabel="Minimap"
            nodeColor={minimapColour}
            nodeBorderRadius={6}
            bgColor={theme === 'dark' ? '#0f172a' : '#ffffff'}
          />
        ) : null}
      </ReactFlow>
    </CaptionLayerProvider>
  );
}

function startBoxSelect(): void {
  document.body.classList.add('fp-box-selecting');
  document.getSelection()?.removeAllRanges();
}

function endBoxSelect(): void {
  document.body.classList.remove('fp-box-selecting');
  document.getSelection()?.removeAllRanges();
}

/**
 * The zoom as a CSS variable on the canvas, for sizes that must hold on screen at any zoom (the
 * connect dot). One tiny component follows the zoom; the nodes do not re-render for it.
 */
function ZoomVariable() {
  const zoom = useStore(currentZoom);
  const element = useStore(canvasElement);
  useLayoutEffect(() => {
    element?.style.setProperty('--fp-zoom', String(zoom));
  }, [element, zoom]);
  return null;
}

const currentZoom = (s: ReactFlowState) => s.transform[2];
const canvasElement = (s: ReactFlowState) => s.domNode;

const belowNormalType = (s: ReactFlowState) => s.transform[2] < NORMAL_TYPE_READABLE;

function minimapColour(node: CanvasNode): string {
  return node.type === 'vnet' ? '#7dd3fc' : '#64748b';
}

function applySelect(current: readonly string[], changes: ReadonlyMap<string, boolean>): string[] {
  const next = new Set(current);
  for (const [id, selected] of changes) {
    if (selected) next.add(id);
    else next.delete(id);
  }
  return [...next];
}
