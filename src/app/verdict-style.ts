import type { Verdict } from '../engine/index.ts';

// How each verdict looks, in one place: the canvas edges, the legend and the flow list all read it.
// Colour is never the only signal: every verdict also has its own line style and word.

/** A flow's state on screen: its verdict, or `pending` while the worker has not answered. */
export type FlowState = Verdict | 'pending';

export type VerdictStyle = {
  word: string;
  /** One line for legends and tooltips. */
  meaning: string;
  color: string;
  strokeWidth: number;
  /** SVG stroke-dasharray; absent for a solid line. */
  dash?: string;
  lineCap: 'butt' | 'round';
  /** Tailwind classes for a badge in this verdict's colour. */
  badge: string;
};

export const VERDICT_STYLES: Readonly<Record<FlowState, VerdictStyle>> = {
  fastpath: {
    word: 'FastPath',
    meaning: 'Enters Azure with no gateway on the data path',
    color: '#16a34a',
    strokeWidth: 2.5,
    lineCap: 'butt',
    badge: 'bg-green-50 text-green-700 ring-green-600/20',
  },
  gateway: {
    word: 'Gateway',
    meaning: 'The ExpressRoute gateway carries it in',
    color: '#d97706',
    strokeWidth: 2.5,
    dash: '8 5',
    lineCap: 'butt',
    badge: 'bg-amber-50 text-amber-700 ring-amber-600/20',
  },
  direct: {
    word: 'Direct',
    meaning: 'Never needs a gateway on the way in',
    color: '#2563eb',
    strokeWidth: 2.5,
    lineCap: 'butt',
    badge: 'bg-blue-50 text-blue-700 ring-blue-600/20',
  },
  unreachable: {
    word: 'Unreachable',
    meaning: 'No route for it in this design',
    color: '#dc2626',
    strokeWidth: 3,
    dash: '0.5 6',
    lineCap: 'round',
    badge: 'bg-red-50 text-red-700 ring-red-600/20',
  },
  pending: {
    word: 'Evaluating',
    meaning: 'Waiting for the engine',
    color: '#94a3b8',
    strokeWidth: 2,
    dash: '3 4',
    lineCap: 'butt',
    badge: 'bg-slate-50 text-slate-500 ring-slate-500/20',
  },
};

/** The four verdicts in legend order. */
export const LEGEND_VERDICTS = ['fastpath', 'gateway', 'direct', 'unreachable'] as const satisfies readonly Verdict[];
