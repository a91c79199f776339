import { Handle, Position, useConnection } from '@xyflow/react';
import { isEndpointKind, type NodeKind } from '../../../engine/index.ts';
import { useUiStore } from '../../store/ui-store.ts';

// Every node has two handles. A small nub on its right edge starts a connection (drag it onto
// another node); while a connection is being drawn, the whole of every other node becomes a drop
// target, so nobody has to hit a tiny dot. Edges themselves are drawn border to border by our
// edge components, not from these handles.

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
        className={`size-3.5! border-2! border-white! ${flowTool ? 'bg-sky-600!' : 'bg-slate-500!'} ${!canStart ? 'hidden!' : isTarget ? 'pointer-events-none! opacity-0' : 'opacity-0 group-hover:opacity-100 group-[.selected]:opacity-100'} transition-opacity dark:border-slate-900!`}
      />
    </>
  );
}
