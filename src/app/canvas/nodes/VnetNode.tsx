import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { VnetCanvasNode } from '../adapters.ts';
import { KIND_TILES, KindIcon } from '../KindIcon.tsx';
import { useReadableZoom } from '../edges/caption-layer.tsx';
import { ChildSketch } from './ChildSketch.tsx';
import { ConnectHandles } from './ConnectHandles.tsx';
import { ChangeMarker, FindingsMarker, HopBadge, NoteMarker } from './NodeMarks.tsx';

const DROP_LOOK = {
  accept: 'border-green-500 bg-green-50/70 ring-4 ring-green-500/20 dark:bg-green-950/40',
  refuse: 'border-red-500 bg-red-50/70 ring-4 ring-red-500/20 dark:bg-red-950/40',
} as const;

/** A VNet: the container its gateways, VMs and other resources are drawn in. */
function VnetNodeView({ id, data, selected }: NodeProps<VnetCanvasNode>) {
  const look = data.drop
    ? DROP_LOOK[data.drop]
    : selected
      ? 'selected border-sky-500 bg-sky-50/70 ring-2 ring-sky-500/40 dark:bg-sky-950/50'
      : 'border-sky-300 bg-sky-50/60 dark:border-sky-800 dark:bg-sky-950/40';
  const readable = useReadableZoom();
  return (
    <div className={`group relative h-full w-full rounded-2xl border-[1.5px] transition-colors ${look}`}>
      <ChildSketch vnetId={id} />
      {readable ? (
        <div className="flex items-center gap-2 px-3 pt-2.5" title={`${data.label}\n${data.detail}`}>
          <span className={`grid size-7 shrink-0 place-items-center rounded-md ${KIND_TILES.vnet}`}>
            <KindIcon kind="vnet" className="size-4" />
          </span>
          <span className="min-w-0 leading-tight">
            <span className="fp-node-name block truncate text-[13px] font-semibold text-sky-950 dark:text-sky-100">
              {data.label}
            </span>
            <span className="fp-node-detail block truncate text-[11px] text-sky-800/70 dark:text-sky-300/70">
              {data.detail}
            </span>
          </span>
        </div>
      ) : null}
      <ConnectHandles id={id} kind="vnet" label={data.label} />
      <FindingsMarker count={data.findings} worst={data.worst} />
      <HopBadge hop={data.hop} state={data.onPath} />
      <NoteMarker count={data.notes} />
      <ChangeMarker change={data.change} />
    </div>
  );
}

export const VnetNode = memo(VnetNodeView);
