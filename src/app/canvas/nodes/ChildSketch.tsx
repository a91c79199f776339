import { createContext, memo, useContext, useMemo } from 'react';
import type { NodeKind } from '../../../engine/index.ts';
import { RESOURCE_SIZE } from '../../drawing/sizes.ts';
import { OverlaySvg } from '../OverlaySvg.tsx';
import type { Sketched } from '../overview.ts';

// In the overview (overview.ts) a VNet draws its resources itself, as plain boxes with their
// kind's colour: one SVG of a few paths per VNet instead of a React Flow node per resource.

export type Sketches = {
  byVnet: ReadonlyMap<string, readonly Sketched[]>;
  /** Drawn by React Flow as nodes of their own, so not sketched. */
  kept: ReadonlySet<string>;
};

/** Set by the canvas while it shows the overview; null otherwise. */
export const SketchContext = createContext<Sketches | null>(null);

/** The kind's tile colour (KindIcon's KIND_TILES), as an SVG fill. */
const KIND_FILLS: Record<NodeKind, string> = {
  onPremises: 'fill-slate-200',
  circuit: 'fill-violet-200',
  vnet: 'fill-sky-200',
  gateway: 'fill-indigo-200',
  vm: 'fill-cyan-200',
  loadBalancer: 'fill-teal-200',
  privateEndpoint: 'fill-fuchsia-200',
  dnsResolver: 'fill-purple-200',
  nva: 'fill-stone-300',
};

const TILE = { x: 12, y: 10, size: 36 } as const;

function rect(x: number, y: number, width: number, height: number): string {
  return `M${Math.round(x)} ${Math.round(y)}h${width}v${height}h${-width}Z`;
}

/** The resources of VNet `vnetId`, sketched: nothing outside the overview. */
export const ChildSketch = memo(function ChildSketch({ vnetId }: { vnetId: string }) {
  const sketches = useContext(SketchContext);
  const mine = sketches?.byVnet.get(vnetId);
  const kept = sketches?.kept;
  const paths = useMemo(() => {
    if (!mine || !kept) return null;
    const cards: string[] = [];
    const tiles = new Map<string, string[]>();
    for (const box of mine) {
      if (kept.has(box.id)) continue;
      cards.push(rect(box.x, box.y, RESOURCE_SIZE.width, RESOURCE_SIZE.height));
      const fill = KIND_FILLS[box.kind as NodeKind] ?? KIND_FILLS.vm;
      const own = tiles.get(fill) ?? [];
      own.push(rect(box.x + TILE.x, box.y + TILE.y, TILE.size, TILE.size));
      tiles.set(fill, own);
    }
    return cards.length === 0 ? null : { cards: cards.join(''), tiles: [...tiles] };
  }, [mine, kept]);
  if (!paths) return null;
  return (
    <OverlaySvg testId="sketched-resources">
      <path
        d={paths.cards}
        className="fill-white stroke-slate-300 dark:fill-slate-800 dark:stroke-slate-600"
        strokeWidth={2}
      />
      {paths.tiles.map(([fill, parts]) => (
        <path key={fill} d={parts.join('')} className={fill} />
      ))}
    </OverlaySvg>
  );
});
