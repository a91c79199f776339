import { VERDICT_STYLES, type FlowState } from '../verdict-style.ts';

/** A verdict's glyph in its colour: the second signal beside the line style, for colour-blind readers. */
export function VerdictIcon({ state, size = 14 }: { state: FlowState; size?: number }) {
  const look = VERDICT_STYLES[state];
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="shrink-0">
      <path
        d={look.icon.d}
        fill={look.icon.fill ? look.color : 'none'}
        stroke={look.color}
        strokeWidth={look.icon.fill ? 0.8 : 1.8}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
