import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { VnetCanvasNode } from '../adapters.ts';
import { KIND_TILES, KindIcon } from '../KindIcon.tsx';
import { HIDDEN_HANDLE_STYLE } from './hidden-handle.ts';

/** A VNet: the container its gateways, VMs and other resources are drawn in. */
function VnetNodeView({ data }: NodeProps<VnetCanvasNode>) {
  return (
    <div className="h-full w-full rounded-2xl border-[1.5px] border-sky-300 bg-sky-50/60">
      <Handle type="target" position={Position.Left} isConnectable={false} style={HIDDEN_HANDLE_STYLE} />
      <div className="flex items-center gap-2 px-3 pt-2.5" title={`${data.label}\n${data.detail}`}>
        <span className={`grid size-7 shrink-0 place-items-center rounded-md ${KIND_TILES.vnet}`}>
          <KindIcon kind="vnet" className="size-4" />
        </span>
        <span className="min-w-0 leading-tight">
          <span className="block truncate text-[13px] font-semibold text-sky-950">{data.label}</span>
          <span className="block truncate text-[11px] text-sky-800/70">{data.detail}</span>
        </span>
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} style={HIDDEN_HANDLE_STYLE} />
    </div>
  );
}

export const VnetNode = memo(VnetNodeView);
