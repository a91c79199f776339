import { useMemo } from 'react';
import {
  Background, BackgroundVariant, Controls, ReactFlow, type EdgeTypes, type NodeTypes,
} from '@xyflow/react';
import type { Design, EvaluationResult } from '../../engine/index.ts';
import { useUiStore } from '../store/ui-store.ts';
import { toCanvasEdges, toCanvasNodes, type CanvasEdge, type CanvasNode } from './adapters.ts';
import { FlowEdge } from './edges/FlowEdge.tsx';
import { StructuralEdge } from './edges/StructuralEdge.tsx';
import { ResourceNode } from './nodes/ResourceNode.tsx';
import { VnetNode } from './nodes/VnetNode.tsx';

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

const FIT_VIEW_OPTIONS = { padding: 0.1, maxZoom: 1.1 } as const;

type DesignCanvasProps = { design: Design; evaluation: EvaluationResult | null };

/** The design, read-only for now: pan and zoom, flows coloured by verdict. */
export function DesignCanvas({ design, evaluation }: DesignCanvasProps) {
  const nodes = useMemo(() => toCanvasNodes(design), [design]);
  const edges = useMemo(() => toCanvasEdges(design, evaluation), [design, evaluation]);
  const setHighlightedFlow = useUiStore((s) => s.setHighlightedFlow);

  return (
    <ReactFlow<CanvasNode, CanvasEdge>
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      zIndexMode="manual"
      fitView
      fitViewOptions={FIT_VIEW_OPTIONS}
      minZoom={0.2}
      maxZoom={2.5}
      nodesDraggable={false}
      nodesConnectable={false}
      elementsSelectable={false}
      onEdgeMouseEnter={(_, edge) => setHighlightedFlow(edge.type === 'flow' ? edge.id : null)}
      onEdgeMouseLeave={() => setHighlightedFlow(null)}
      aria-label="Design canvas"
    >
      <Background variant={BackgroundVariant.Dots} gap={22} size={1.4} color="#cbd5e1" />
      <Controls position="bottom-left" showInteractive={false} />
    </ReactFlow>
  );
}
