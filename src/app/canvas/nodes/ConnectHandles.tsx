import { Handle, Position, useConnection } from '@xyflow/react';
import { isEndpointKind, type NodeKind } from '../../../engine/index.ts';
import { useUiStore } from '../../store/ui-store.ts';

// Every node has two handles. A small nub on its right edge starts a connection (drag it onto
// another node), never smaller on screen than 14 px whatever the zoom (index.css, --fp-zoom); with
// the flow tool, the whole of an endpoint starts a flow. While a connection is being drawn, the
// whole of every other node becomes a drop target, so nobody has to hit a tiny dot. Edges
// themselves are drawn border to border by our edge components, not from these handles.

export function ConnectHandles({ id, kind, label }: { id: string; kind: NodeKind; label: string }) {
  const connectingFrom = useConnection((c) => (c.inProgress ? c.fromNode.id : null));
  const flowTool = useUiStore((s) => s.tool === 'flow');
  const canStart = !flowTool || isEndpointKind(kind);
  const isTarget = connectingFrom !== null && connectingFrom !== id;
  return (
    <>
      <Handle
        type="target"
        position={Position.Left}
        isConnectableStart={false}
        className={`inset-0! size-full! min-h-0! min-w-0! transform-none! rounded-xl! border-0! bg-transparent! ${isTarget ? '' : 'pointer-events-none!'}`}
      />
      <Handle
        type="source"
        position={Position.Right}
        isConnectable={canStart}
        // A dot to drag from, named as one; the inspector's "Connect to" list is its keyboard way.
        role="img"
        aria-label={`Connect from ${label || id}`}
        title={flowTool ? 'Drag to another endpoint to draw a flow' : 'Drag to another node to connect them'}
        className={
          !canStart
            ? 'hidden!'
            : isTarget
              ? 'pointer-events-none! opacity-0'
              : flowTool
                ? // The flow tool draws from anywhere on an endpoint, not only from its dot.
                  'inset-0! size-full! min-h-0! min-w-0! transform-none! cursor-crosshair! rounded-xl! border-0! bg-transparent!'
                : 'fp-connect-dot border-2! border-white! bg-slate-500! opacity-0 transition-opacity group-hover:opacity-100 group-[.selected]:opacity-100 dark:border-slate-900!'
        }
      />
    </>
  );
}
