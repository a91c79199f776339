import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { ResourceCanvasNode } from '../adapters.ts';
import { VERDICT_STYLES } from '../../verdict-style.ts';
import { KIND_TILES, KindIcon } from '../KindIcon.tsx';
import { useReadableZoom } from '../edges/caption-layer.tsx';
import { ConnectHandles } from './ConnectHandles.tsx';
import { ChangeMarker, FindingsMarker, HopBadge, NoteMarker } from './NodeMarks.tsx';

function ResourceNodeView({ id, data, selected }: NodeProps<ResourceCanvasNode>) {
  const readable = useReadableZoom();
  if (!readable) {
    return (
      <div
        className={`relative h-full w-full rounded-xl border-2 bg-white dark:bg-slate-800 ${selected ? 'selected border-sky-500' : 'border-slate-300 dark:border-slate-600'}`}
      >
        <span className={`absolute top-2.5 left-3 size-9 rounded-lg ${KIND_TILES[data.kind]}`} />
        <ConnectHandles id={id} kind={data.kind} label={data.label} />
        <FindingsMarker count={data.findings} worst={data.worst} />
        <HopBadge hop={data.hop} state={data.onPath} />
        <NoteMarker count={data.notes} />
        <ChangeMarker change={data.change} />
      </div>
    );
  }
  return (
    <div
      className={`group relative flex h-full w-full items-center gap-3 rounded-xl border bg-white px-3 shadow-sm shadow-slate-900/5 dark:bg-slate-800 ${
        selected
          ? 'selected border-sky-500 ring-2 ring-sky-500/40'
          : data.onPath
            ? 'border-transparent ring-2'
            : 'border-slate-200 dark:border-slate-600'
      }`}
      style={
        data.onPath && !selected ? { ['--tw-ring-color' as string]: VERDICT_STYLES[data.onPath].color } : undefined
      }
      title={`${data.label}\n${data.detail}`}
    >
      <span className={`grid size-9 shrink-0 place-items-center rounded-lg ${KIND_TILES[data.kind]}`}>
        <KindIcon kind={data.kind} className="size-5" />
      </span>
      <span className="min-w-0 leading-tight">
        <span className="fp-node-name line-clamp-2 text-[13px] font-semibold break-words text-slate-800 dark:text-slate-100">
          {data.label}
        </span>
        <span className="fp-node-detail mt-0.5 block truncate text-[11px] text-slate-500 dark:text-slate-400">
          {data.detail}
        </span>
      </span>
      <ConnectHandles id={id} kind={data.kind} label={data.label} />
      <FindingsMarker count={data.findings} worst={data.worst} />
      <HopBadge hop={data.hop} state={data.onPath} />
      <NoteMarker count={data.notes} />
      <ChangeMarker change={data.change} />
    </div>
  );
}

export const ResourceNode = memo(ResourceNodeView);
