import { memo, useMemo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import type { CanvasNode } from './adapters.ts';
import { bundlePath, type Link } from './bundled-links.ts';
import { OverlaySvg } from './OverlaySvg.tsx';

/** The links of a large design as one quiet path under the VNets (see bundled-links.ts). */
export const BundledLinks = memo(function BundledLinks({
  links,
  nodes,
}: {
  links: readonly Link[];
  nodes: readonly CanvasNode[];
}) {
  const path = useMemo(() => bundlePath(links, nodes), [links, nodes]);
  if (!path) return null;
  return (
    <ViewportPortal>
      <OverlaySvg testId="bundled-links" className="-z-10">
        <path
          d={path}
          fill="none"
          stroke="#94a3b8"
          strokeOpacity={0.35}
          strokeWidth={1}
          vectorEffect="non-scaling-stroke"
        />
      </OverlaySvg>
    </ViewportPortal>
  );
});

/** Says why most links are not clickable, and how to reach them. */
export function BundledLinksNote({ count }: { count: number }) {
  return (
    // Between the zoom controls (bottom left) and the minimap (bottom right), never under either.
    <p
      role="status"
      className="pointer-events-none absolute right-60 bottom-3 left-14 z-[5] w-fit rounded-lg bg-white/95 px-3 py-1 text-xs text-slate-600 shadow-sm ring-1 ring-slate-200 dark:bg-slate-800/95 dark:text-slate-300 dark:ring-slate-600"
    >
      {count.toLocaleString('en')} links are drawn as one layer. Select a VNet or resource to work with its links.
    </p>
  );
}
