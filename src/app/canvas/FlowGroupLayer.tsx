import { memo, useMemo, useRef } from 'react';
import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { groupParts } from './flow-groups.ts';
import { ZoomVariable } from './canvas-extras.tsx';
import { LAYER, zoomStep } from './geometry.ts';
import { chipsToShow, linePaths, type GroupLine } from './group-lines.ts';
import { OverlaySvg } from './OverlaySvg.tsx';
import { VERDICT_STYLES } from '../verdict-style.ts';
import { VerdictIcon } from './VerdictIcon.tsx';

/** At most this many count chips: the busiest pairs, where they do not cover one another. */
const MAX_CHIPS = 80;

const zoomOf = (s: ReactFlowState) => zoomStep(s.transform[2]);

/**
 * The flows between places, zoomed out: a line per pair, as thick as there are flows (on a log
 * scale) and in the colour most of them have, drawn in flow coordinates in one SVG over the VNets
 * and under the resource cards; above the cards, for the busiest pairs, a pill counting the flows
 * by verdict with each verdict's glyph. Lines and chips keep their size on screen at any zoom (a
 * non-scaling stroke, and --fp-zoom on the chips' own layer). A click on a line zooms in on it (useFlowGroups).
 */
export const FlowGroupLayer = memo(function FlowGroupLayer({ lines }: { lines: readonly GroupLine[] }) {
  const zoom = useStore(zoomOf);
  const paths = useMemo(() => linePaths(lines), [lines]);
  const chips = useMemo(() => chipsToShow(lines, zoom, MAX_CHIPS), [lines, zoom]);
  const flows = lines.reduce((sum, line) => sum + line.group.total, 0);
  const chipLayer = useRef<HTMLDivElement>(null);
  return (
    <ViewportPortal>
      <OverlaySvg testId="flow-groups" style={{ zIndex: LAYER.flowEdge }}>
        {paths.map((path) => (
          <path
            key={path.key}
            d={path.d}
            fill="none"
            stroke={VERDICT_STYLES[path.state].color}
            strokeOpacity={0.75}
            strokeWidth={path.width}
            strokeLinecap="round"
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </OverlaySvg>
      <ZoomVariable on={chipLayer} />
      <div ref={chipLayer} className="pointer-events-none absolute top-0 left-0" style={{ zIndex: LAYER.caption }}>
        <p className="sr-only">
          {`${flows.toLocaleString('en')} flows drawn as ${lines.length.toLocaleString('en')} lines between places. Zoom in, or select a place, to see each flow.`}
        </p>
        {chips.map((line) => (
          <GroupChip key={line.group.id} line={line} />
        ))}
      </div>
    </ViewportPortal>
  );
});

/** A group's counts by verdict, named in words for assistive technology. */
const GroupChip = memo(function GroupChip({ line }: { line: GroupLine }) {
  return (
    <span
      role="img"
      aria-label={line.group.name}
      className="fp-flow-group-count absolute flex items-center gap-1.5 rounded-full bg-white px-2 py-0.5 text-[11px] leading-4 font-bold whitespace-nowrap shadow-sm ring-1 ring-slate-300 dark:bg-slate-800 dark:ring-slate-600"
      style={{
        transformOrigin: '0 0',
        transform: `translate(${line.mid.x}px, ${line.mid.y}px) scale(calc(1 / var(--fp-zoom, 1))) translate(-50%, -50%)`,
      }}
    >
      {groupParts(line.group).map((part) => (
        <span key={part.state} className={`flex items-center gap-0.5 ${VERDICT_STYLES[part.state].text}`}>
          <VerdictIcon state={part.state} size={12} />
          {part.count}
        </span>
      ))}
    </span>
  );
});
