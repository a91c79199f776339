import { useCallback, type DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import { NODE_KINDS, type NodeKind } from '../../engine/index.ts';
import { addNode } from '../commands/add-node.ts';
import { runCommand } from '../commands/editor.ts';
import { importFiles } from '../persistence/design-files.ts';
import type { CanvasEdge, CanvasNode, createCanvasCache } from './adapters.ts';
import { vnetAt } from './drop-target.ts';
import { RESOURCE_SIZE } from './geometry.ts';
import { PALETTE_MIME } from './palette-mime.ts';

// Drops on the canvas: a kind from the palette is added where it lands, a file opens as a design.

function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

export function useCanvasDrop(drawn: ReturnType<typeof createCanvasCache>) {
  const flow = useReactFlow<CanvasNode, CanvasEdge>();
  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME) && !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  // A kind dropped from the palette lands centred under the pointer, inside the VNet it is over.
  const onDrop = useCallback(
    (event: DragEvent) => {
      // A design file dropped on the canvas opens as a new design (several: an estate's pages).
      const files = [...event.dataTransfer.files];
      if (files.length && !event.dataTransfer.types.includes(PALETTE_MIME)) {
        event.preventDefault();
        void importFiles(files);
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

  return { onDragOver, onDrop };
}
