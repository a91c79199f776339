import { memo } from 'react';
import type { NodeKind } from '../../../engine/index.ts';
import type { DesignSummary } from '../../persistence/design-repository.ts';
import { readThumbnail } from '../../persistence/thumbnail.ts';
import { thumbnailShapes } from './thumbnail-shapes.ts';

// A design's layout in small beside its name in the designs list: VNets outlined, every other node a
// small block coloured by kind (the tints of the palette's tiles, calm in light and dark). Hidden from
// assistive technology: the row's text names the design.

const FILLS = {
  onPremises: 'fill-slate-500 dark:fill-slate-400',
  circuit: 'fill-violet-500 dark:fill-violet-400',
  gateway: 'fill-indigo-500 dark:fill-indigo-400',
  vm: 'fill-cyan-600 dark:fill-cyan-400',
  loadBalancer: 'fill-teal-600 dark:fill-teal-400',
  privateEndpoint: 'fill-fuchsia-600 dark:fill-fuchsia-400',
  dnsResolver: 'fill-purple-500 dark:fill-purple-400',
  nva: 'fill-stone-500 dark:fill-stone-400',
} as const satisfies Record<Exclude<NodeKind, 'vnet'>, string>;
const VNET = 'fill-sky-500/10 stroke-sky-600 dark:fill-sky-400/10 dark:stroke-sky-400';
/** A kind this version does not know (a summary written by a newer one). */
const OTHER = 'fill-slate-400 dark:fill-slate-500';

const FRAME =
  'flex h-10 w-16 shrink-0 items-center justify-center overflow-hidden rounded border border-slate-200 dark:border-slate-700';
/** Room around the drawing, in thumbnail units (its longer side is 100). */
const MARGIN = 4;

function fillOf(kind: string): string {
  if (kind === 'vnet') return VNET;
  return Object.hasOwn(FILLS, kind) ? FILLS[kind as keyof typeof FILLS] : OTHER;
}

function Thumbnail({ design }: { design: DesignSummary }) {
  const thumbnail = readThumbnail(design.thumbnail);
  if (!thumbnail) {
    // Stored before thumbnails were kept: a neutral card until the design is next saved.
    return (
      <span aria-hidden="true" className={`${FRAME} bg-slate-50 dark:bg-slate-800`}>
        <svg viewBox="0 0 64 40" className="h-full w-full" focusable="false">
          <rect
            x="14"
            y="10"
            width="36"
            height="20"
            rx="2"
            className="fill-none stroke-slate-300 dark:stroke-slate-600"
            strokeDasharray="3 2"
          />
        </svg>
      </span>
    );
  }
  const { width, height } = thumbnail;
  const viewBox = `${-MARGIN} ${-MARGIN} ${width + 2 * MARGIN} ${height + 2 * MARGIN}`;
  return (
    <span aria-hidden="true" className={`${FRAME} bg-white dark:bg-slate-950`}>
      <svg viewBox={viewBox} className="h-full w-full" focusable="false" preserveAspectRatio="xMidYMid meet">
        {thumbnailShapes(thumbnail).map(({ kind, d }) => (
          <path
            key={kind}
            d={d}
            className={fillOf(kind)}
            strokeWidth={kind === 'vnet' ? 1 : 0}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
    </span>
  );
}

/** Drawn again only when the design was stored again: a summary's thumbnail changes with it. */
export const DesignThumbnail = memo(
  Thumbnail,
  (before, after) => before.design.id === after.design.id && before.design.updatedAt === after.design.updatedAt,
);
