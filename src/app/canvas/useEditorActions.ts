import { useCallback, useMemo } from 'react';
import { useStoreApi } from '@xyflow/react';
import { aKind, livesInVnet, type NodeKind } from '../../engine/index.ts';
import { addNode } from '../commands/add-node.ts';
import { arrange } from '../commands/arrange.ts';
import { redoChange, runCommand, undoChange } from '../commands/editor.ts';
import type { Outcome } from '../commands/types.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { toast } from '../store/notices.ts';
import type { CanvasNode } from './adapters.ts';
import { targetVnet } from './targets.ts';
import { useFraming } from './framing.ts';
import { RESOURCE_SIZE, VNET_CHILD_STEP, VNET_FIRST_CHILD, VNET_MIN_SIZE } from './geometry.ts';

// Editor actions that need the viewport (where is "the middle of the screen"?), used by the
// palette and by rows of the action table (actions.ts).

export function useEditorActions() {
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
        named(runCommand(addNode, { kind, parentId: vnet, position: { x: VNET_FIRST_CHILD.x, y } }));
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
      // Mid-screen, or the nearest free place to it (addNode keeps clear of other nodes).
      named(runCommand(addNode, { kind, position: { x: middle.x - size.width / 2, y: middle.y - size.height / 2 } }));
    },
    [store],
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

/** A node added from the palette or the keyboard is named next: the inspector focuses its name. */
function named(outcome: Outcome): void {
  const added = outcome.status === 'changed' ? outcome.selection?.nodeIds[0] : undefined;
  if (added) useUiStore.getState().setNaming(added);
}
