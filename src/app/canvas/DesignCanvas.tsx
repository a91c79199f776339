import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useLiveStore } from '../live/live-store.ts';
import {
  Background,
  BackgroundVariant,
  ConnectionLineType,
  Controls,
  MiniMap,
  ReactFlow,
  useStore,
  useStoreApi,
  type Connection,
  type EdgeTypes,
  type NodeTypes,
  type ReactFlowState,
} from '@xyflow/react';
import { NORMAL_TYPE_READABLE } from './present-controls.ts';
import { isPackId, type EvaluationResult } from '../../engine/index.ts';
import { connect } from '../commands/connect.ts';
import { runCommand } from '../commands/editor.ts';
import { markDesignDrawn } from '../persistence/opening-marker.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { findingMarks } from '../findings/marks.ts';
import { noteCounts } from '../review/notes.ts';
import { createCanvasCache, flowFocus, type CanvasEdge, type CanvasNode, type CanvasView } from './adapters.ts';
import type { DrawnEdge } from './canvas-types.ts';
import {
  CAPTION_MIN_ZOOM,
  CaptionLayerProbe,
  CaptionLayerProvider,
  type CaptionLayer,
} from './edges/caption-layer.tsx';
import { FlowEdge } from './edges/FlowEdge.tsx';
import { FlowGroupLayer } from './FlowGroupLayer.tsx';
import { useFlowGroups } from './useFlowGroups.ts';
import { obstacleGrid } from './flow-routes.ts';
import { ObstacleContext } from './edges/obstacles.ts';
import { drawnBoxes } from '../drawing/where-drawn.ts';
import { StructuralEdge } from './edges/StructuralEdge.tsx';
import { ResourceNode } from './nodes/ResourceNode.tsx';
import { VnetNode } from './nodes/VnetNode.tsx';
import { BundledLinks, BundledLinksNote } from './BundledLinks.tsx';
import { SketchContext } from './nodes/ChildSketch.tsx';
import { useOverview } from './useOverview.ts';
import { splitLinks, type Link } from './bundled-links.ts';
import { useProgressiveEdges } from './progressive.ts';
import { useLaterValue } from '../later-value.ts';
import { FIT_VIEW_OPTIONS, MIN_ZOOM, useFirstView } from './useFirstView.ts';
import { useSteppedResult } from './stepped-result.ts';
import { useNodeChanges, NO_DRAG } from './useNodeChanges.ts';
import { useCanvasDrop } from './useCanvasDrop.ts';
import { endBoxSelect, FlowFocusClass, setMoving, startBoxSelect, ZoomVariable } from './canvas-extras.tsx';

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
const NO_LINKS: readonly Link[] = [];
const NO_EDGES: CanvasEdge[] = [];
const PRO_OPTIONS = { hideAttribution: true } as const;
/** From this many nodes and edges, only what is in view is in the DOM. */
const VISIBLE_ONLY_FROM = 1_500;
/**
 * Above this many flows, flows are drawn solid even at rest: their verdict glyphs and colours
 * tell them apart, and hundreds of dashed curves take the browser most of a second to draw.
 */
export const DASHED_FLOWS_UP_TO = 150;

// Drawn only while the design is compared with a version: loaded then.
const LiveOverlay = lazy(() => import('./LiveOverlay.tsx').then((m) => ({ default: m.LiveOverlay })));
const ChangeOverlay = lazy(() => import('./ChangeOverlay.tsx').then((m) => ({ default: m.ChangeOverlay })));

/** Above this many flows, zoomed out below readable text, flows are drawn a line per pair of places (flow-groups.ts). */
export const GROUP_FLOWS_FROM = 150;

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

  // The last nodes and edges handed to React Flow, so unchanged ones keep their identity.
  const [drawn] = useState(createCanvasCache);
  const { dragging, dropTarget, onNodesChange, onEdgesChange, onNodeDrag, onNodeDragStop } = useNodeChanges(drawn);
  const { onDragOver, onDrop } = useCanvasDrop(drawn);
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
  const large = design ? design.nodes.length + design.edges.length >= VISIBLE_ONLY_FROM : false;
  const shown = useSteppedResult(result, large ? Infinity : undefined);
  const selectedFlow =
    selection.nodeIds.length === 0 && selection.edgeIds.length === 1 ? selection.edgeIds[0] : undefined;
  const focus = useMemo(() => (selectedFlow ? flowFocus(selectedFlow, shown) : undefined), [selectedFlow, shown]);
  const changeMarks = useUiStore((s) => s.changeMarks);
  const live = useLiveStore((s) => s.status !== 'off');
  const changes = changeMarks?.marks;

  const view = useMemo<CanvasView>(
    () => ({
      selectedNodes: new Set(selection.nodeIds),
      selectedEdges: new Set(selection.edgeIds),
      dragging,
      dropTarget,
      findings,
      notes,
      focus,
      ...(changes ? { changes } : {}),
    }),
    [selection, dragging, dropTarget, findings, notes, focus, changes],
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
      ...(changes ? { changes } : {}),
    }),
    [selection, findings, notes, focus, changes],
  );
  const allNodes = useMemo(() => (design ? drawn.nodes(design, view) : []), [design, view, drawn]);
  const firstView = useFirstView(allNodes, large);
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
  // A large design opens with its nodes first: its edges (and what flows are routed around) are
  // worked out a task later, so neither holds up the first frame.
  const edgesDrawn = useLaterValue(true, !large);
  const allEdges = useMemo(
    () => (split && edgesDrawn ? drawn.edges(split.drawn, shown, edgeView) : NO_EDGES),
    [split, edgesDrawn, shown, edgeView, drawn],
  );
  const progressive = useProgressiveEdges(allEdges);
  // What flows are routed around (flow-routes.ts): the layout's cards and VNet headings.
  const designNodes = design?.nodes;
  const obstacles = useMemo(
    () => (designNodes && edgesDrawn ? obstacleGrid(drawnBoxes(designNodes)) : null),
    [designNodes, edgesDrawn],
  );
  const flowCount = useMemo(() => design?.edges.filter((edge) => edge.kind === 'flow').length ?? 0, [design]);
  const zoomedOut = useStore(belowReadable);
  // Zoomed out over a large design: the places only, their resources sketched (overview.ts).
  const overview = large && zoomedOut && !presenting;
  const grouping = zoomedOut && flowCount > GROUP_FLOWS_FROM && !presenting;
  const groups = useFlowGroups(grouping, design, progressive, edgeView, allNodes);
  const drawing = useOverview(
    overview,
    nodes,
    groups.edges,
    designNodes,
    selection,
    focus?.hops,
    split?.bundled ?? NO_LINKS,
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      runCommand(connect, { from: connection.source, to: connection.target, mode: tool === 'flow' ? 'flow' : 'auto' });
    },
    [tool],
  );

  // Stable handlers: React Flow passes them to every edge, and a new function re-renders them all.
  const onEdgeMouseEnter = useCallback(
    (_: unknown, edge: DrawnEdge) => setHighlightedFlow(edge.type === 'flow' ? edge.id : null),
    [setHighlightedFlow],
  );
  const onEdgeMouseLeave = useCallback(() => setHighlightedFlow(null), [setHighlightedFlow]);
  const store = useStoreApi<CanvasNode, CanvasEdge>();
  const onMoveStart = useCallback(() => setMoving(store.getState().domNode, true), [store]);
  const onMoveEnd = useCallback(() => setMoving(store.getState().domNode, false), [store]);
  const onDragStop = useCallback<typeof onNodeDragStop>(
    (...args) => {
      setMoving(store.getState().domNode, false);
      onNodeDragStop(...args);
    },
    [store, onNodeDragStop],
  );

  if (!design) return null;
  const packLabel = isPackId(design.rulesAsOf) ? design.rulesAsOf : 'latest';

  return (
    <CaptionLayerProvider value={captionLayer}>
      <ObstacleContext.Provider value={obstacles}>
        <SketchContext.Provider value={drawing.sketches}>
          <ReactFlow<CanvasNode, DrawnEdge>
            nodes={drawing.nodes}
            edges={drawing.edges}
            onNodeClick={drawing.onNodeClick}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDrag={onNodeDrag}
            onNodeDragStart={onMoveStart}
            onNodeDragStop={onDragStop}
            onMoveStart={onMoveStart}
            onMoveEnd={onMoveEnd}
            onConnect={onConnect}
            onDragOver={onDragOver}
            onDrop={onDrop}
            onPaneClick={groups.onPaneClick}
            onPaneMouseMove={groups.onPaneMouseMove}
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
            className={[
              presenting
                ? `fp-presenting${smallZoom ? ' fp-present-type' : ''}`
                : tool === 'flow'
                  ? 'fp-flow-tool'
                  : '',
              flowCount > DASHED_FLOWS_UP_TO ? 'fp-solid-flows' : '',
            ]
              .filter(Boolean)
              .join(' ')}
          >
            <CaptionLayerProbe onChange={onCaptionLayer} />
            <ZoomVariable />
            <FlowFocusClass />
            {live ? (
              <Suspense fallback={null}>
                <LiveOverlay />
              </Suspense>
            ) : null}
            {changeMarks && !presenting ? (
              <Suspense fallback={null}>
                <ChangeOverlay changes={changeMarks} />
              </Suspense>
            ) : null}
            {drawing.bundled.length > 0 ? (
              <>
                {/* Redrawing tens of thousands of segments each frame of a drag would stall it: hidden until the drop. */}
                <BundledLinks links={dragging.size > 0 ? NO_LINKS : drawing.bundled} nodes={allNodes} />
                {split && split.bundled.length > 0 ? <BundledLinksNote count={split.bundled.length} /> : null}
              </>
            ) : null}
            {groups.lines.length > 0 ? <FlowGroupLayer lines={groups.lines} /> : null}
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
        </SketchContext.Provider>
      </ObstacleContext.Provider>
    </CaptionLayerProvider>
  );
}

const belowNormalType = (s: ReactFlowState) => s.transform[2] < NORMAL_TYPE_READABLE;
const belowReadable = (s: ReactFlowState) => s.transform[2] < CAPTION_MIN_ZOOM;

function minimapColour(node: CanvasNode): string {
  return node.type === 'vnet' ? '#7dd3fc' : '#64748b';
}
