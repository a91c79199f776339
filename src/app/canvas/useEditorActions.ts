import { useCallback, useMemo } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { aKind, livesInVnet, type NodeKind, type Position } from '../../engine/index.ts';
import { addNode } from '../commands/add-node.ts';
import { arrange } from '../commands/arrange.ts';
import { redoChange, runCommand, undoChange } from '../commands/editor.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { toast } from 'sonner';
import type { CanvasNode } from './adapters.ts';
import { targetVnet } from './targets.ts';
import { useFraming } from './framing.ts';
import { RESOURCE_SIZE, VNET_CHILD_STEP, VNET_FIRST_CHILD, VNET_MIN_SIZE } from './geometry.ts';

// Editor actions that need the viewport (where is "the middle of the screen"?), used by the
// palette and by rows of the action table (actions.ts).

export function useEditorActions() {
  const flow = useReactFlow<CanvasNode>();
  const store = useStoreApi<CanvasNode>();
  const { fit } = useFraming();

  /** Adds a node from the keyboard or a palette click: into the selected VNet, or mid-screen. */
  const addKind = useCallback(
    (kind: NodeKind) => {
      const design = useDesignStore.getState().design;
      if (!design) return;
      if (livesInVnet(kind)) {
        const vnet = targetVnet(design, useUiStore.getState().selection);
        if (!vnet) {
          toast.error(
            `Select a VNet first: ${aKind(kind)} lives inside a VNet. (Or drag it from the palette onto one.)`,
          );
          return;
        }
        const below = design.nodes.filter((n) => n.parentId === vnet).map((n) => n.position?.y ?? VNET_FIRST_CHILD.y);
        const y = below.length ? Math.max(...below) + VNET_CHILD_STEP : VNET_FIRST_CHILD.y;
        runCommand(addNode, { kind, parentId: vnet, position: { x: VNET_FIRST_CHILD.x, y } });
        return;
      }
      // The middle of the visible pane, in flow coordinates.
      const {
        width,
        height,
        transform: [panX, panY, zoom],
      } = store.getState();
      const middle = { x: (width / 2 - panX) / zoom, y: (height / 2 - panY) / zoom };
      const size = kind === 'vnet' ? VNET_MIN_SIZE : RESOURCE_SIZE;
      const spot = freeSpot(flow.getNodes(), { x: middle.x - size.width / 2, y: middle.y - size.height / 2 }, size);
      runCommand(addNode, { kind, position: spot });
    },
    [flow, store],
  );

  const fitView = useCallback(() => fit(), [fit]);

  const tidy = useCallback(async () => {
    const design = useDesignStore.getState().design;
    if (!design) return;
    const session = useDesignStore.getState().session;
    try {
      const { layoutDesign } = await import('../layout/auto-layout.ts');
      const positions = await layoutDesign(design);
      // Another design may have been opened while the layout was computed.
      if (useDesignStore.getState().session !== session || useDesignStore.getState().design !== design) return;
      runCommand(arrange, { positions });
      requestAnimationFrame(() => fit());
    } catch (error) {
      toast.error(`Automatic layout failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, [fit]);

  return useMemo(() => ({ addKind, fitView, tidy, undo: undoChange, redo: redoChange }), [addKind, fitView, tidy]);
}

export type EditorActions = ReturnType<typeof useEditorActions>;

/** `wanted`, or the first spot below it where a box of `size` overlaps no top-level node. */
function freeSpot(nodes: readonly CanvasNode[], wanted: Position, size: { width: number; height: number }): Position {
  const boxes = nodes.filter((n) => n.parentId === undefined);
  const overlaps = (p: Position) =>
    boxes.some(
      (n) =>
        p.x < n.position.x + (n.width ?? 0) &&
        p.x + size.width > n.position.x &&
        p.y < n.position.y + (n.height ?? 0) &&
        p.y + size.height > n.position.y,
    );
  let spot = { x: Math.round(wanted.x), y: Math.round(wanted.y) };
  for (let i = 0; i < 50 && overlaps(spot); i++) spot = { x: spot.x + 20, y: spot.y + 40 };
  return spot;
}
