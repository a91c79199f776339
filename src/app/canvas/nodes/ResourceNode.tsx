import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ResourceCanvasNode } from '../adapters.ts';
import { KIND_TILES, KindIcon } from '../KindIcon.tsx';
import { HIDDEN_HANDLE_STYLE } from './hidden-handle.ts';

function ResourceNodeView({ data }: NodeProps<ResourceCanvasNode>) {
  return (
    <div
      className="flex h-full w-full items-center gap-3 rounded-xl border border-slate-200 bg-white px-3 shadow-sm shadow-slate-900/5"
      title={`${data.label}\n${data.detail}`}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} style={HIDDEN_HANDLE_STYLE} />
      <span className={`grid size-9 shrink-0 place-items-center rounded-lg ${KIND_TILES[data.kind]}`}>
        <KindIcon kind={data.kind} className="size-5" />
      </span>
      <span className="min-w-0 leading-tight">
        <span className="line-clamp-2 text-[13px] font-semibold break-words text-slate-800">{data.label}</span>
        <span className="mt-0.5 block truncate text-[11px] text-slate-500">{data.detail}</span>
      </span>
      <Handle type="source" position={Position.Right} isConnectable={false} style={HIDDEN_HANDLE_STYLE} />
    </div>
  );
}

export const ResourceNode = memo(ResourceNodeView);
