import { VERDICT_STYLES, type FlowState } from '../verdict-style.ts';

/** A short sample of a verdict's line (colour, dash and arrow), for the legend and the flow list. */
export function VerdictLine({ state, width = 30 }: { state: FlowState; width?: number }) {
  const look = VERDICT_STYLES[state];
  return (
    <svg
      width={width}
      height="10"
      viewBox={`0 0 ${width} 10`}
      aria-hidden="true"
      focusable="false"
      className="shrink-0"
    >
      <line
        x1="1"
        y1="5"
        x2={width - 7}
        y2="5"
        stroke={look.color}
        strokeWidth={look.strokeWidth}
        strokeDasharray={look.dash}
        strokeLinecap={look.lineCap}
      />
      <path d={`M ${width - 8} 1.5 L ${width - 1} 5 L ${width - 8} 8.5 Z`} fill={look.color} />
    </svg>
  );
}
