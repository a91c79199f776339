// The drag bench's baseline (bench/drag.ts): a design drawn by bare React Flow, with its default
// nodes and edges, from the same node_modules as the app. Every node is where and as big as the
// app draws it (a resource card 212 × 58, a VNet grown to hold its children, children placed
// relative to their VNet), and every edge, structural or flow, is a default edge between the same
// nodes. Not part of the app: nothing in src/ or the root index.html refers to this page.
import { useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  getNodesBounds,
  useReactFlow,
  type Edge,
  type Node,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { RESOURCE_SIZE } from '../../src/app/drawing/sizes.ts';
import { vnetInside } from '../../src/app/drawing/where-drawn.ts';

type Point = { x: number; y: number };
type DesignNode = { id: string; kind: string; label?: string; parentId?: string; position?: Point };
type DesignEdge = { id: string; source: string; target: string };
type Design = { nodes: DesignNode[]; edges: DesignEdge[] };

declare global {
  interface Window {
    /** Draws a design (its JSON text); resolves once React Flow has every node and edge. */
    __loadDesign?: (jsonText: string) => void;
    __setViewport?: (viewport: Viewport) => void;
    __getViewport?: () => Viewport;
    /** The viewport that puts a node's centre (or the whole design's, without an id) mid-window at `zoom`. */
    __centredViewport?: (zoom: number, nodeId?: string) => Viewport;
  }
}

/** React Flow nodes: VNets first (a parent must come before its children), sized as the app sizes them. */
function toNodes(design: Design): Node[] {
  const vnets = new Set(design.nodes.filter((n) => n.kind === 'vnet' && n.parentId === undefined).map((n) => n.id));
  const children = new Map<string, DesignNode[]>();
  for (const node of design.nodes) {
    if (node.parentId === undefined || !vnets.has(node.parentId) || node.kind === 'vnet') continue;
    const siblings = children.get(node.parentId) ?? [];
    siblings.push(node);
    children.set(node.parentId, siblings);
  }
  const topLevel: Node[] = [];
  const inside: Node[] = [];
  let unplaced = 0;
  for (const node of design.nodes) {
    if (node.parentId !== undefined && vnets.has(node.parentId) && node.kind !== 'vnet') continue;
    const position = node.position ?? { x: (unplaced % 4) * 340, y: Math.floor(unplaced++ / 4) * 260 };
    const data = { label: node.label ?? node.id };
    if (node.kind !== 'vnet') {
      topLevel.push({ id: node.id, position, data, ...RESOURCE_SIZE });
      continue;
    }
    const kids = children.get(node.id) ?? [];
    const { places, width, height } = vnetInside(kids);
    topLevel.push({ id: node.id, position, data, width, height });
    kids.forEach((child, i) =>
      inside.push({
        id: child.id,
        parentId: node.id,
        position: places[i] ?? { x: 0, y: 0 },
        data: { label: child.label ?? child.id },
        ...RESOURCE_SIZE,
      }),
    );
  }
  return [...topLevel, ...inside];
}

function toEdges(design: Design): Edge[] {
  return design.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target }));
}

function Canvas() {
  const [nodes, setNodes] = useState<Node[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  const flow = useReactFlow();
  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((now) => applyNodeChanges(changes, now)), []);

  useEffect(() => {
    window.__loadDesign = (jsonText) => {
      const design = JSON.parse(jsonText) as Design;
      setNodes(toNodes(design));
      setEdges(toEdges(design));
    };
    window.__setViewport = (viewport) => void flow.setViewport(viewport);
    window.__getViewport = () => flow.getViewport();
    window.__centredViewport = (zoom, nodeId) => {
      let centre: Point;
      const node = nodeId === undefined ? undefined : flow.getInternalNode(nodeId);
      if (node) {
        const { x, y } = node.internals.positionAbsolute;
        centre = { x: x + (node.measured.width ?? 0) / 2, y: y + (node.measured.height ?? 0) / 2 };
      } else {
        const box = getNodesBounds(flow.getNodes());
        centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      return { x: window.innerWidth / 2 - centre.x * zoom, y: window.innerHeight / 2 - centre.y * zoom, zoom };
    };
  }, [flow]);

  // React Flow's defaults but for the zoom range, which must reach the app's fitted and closest views.
  return <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} minZoom={0.02} maxZoom={4} />;
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <ReactFlowProvider>
    <Canvas />
  </ReactFlowProvider>,
);
