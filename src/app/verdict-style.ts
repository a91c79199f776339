import type { Verdict } from '../engine/index.ts';
import { VERDICT_WORDS } from '../reports/verdict-words.ts';

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
  /** Tailwind classes for the verdict's word as text: a darker shade than the line, readable at 4.5:1. */
  text: string;
  /** A 16×16 glyph (SVG path), so the verdict reads without its colour: filled or stroked. */
  icon: { d: string; fill: boolean };
};

export const VERDICT_STYLES: Readonly<Record<FlowState, VerdictStyle>> = {
  fastpath: {
    word: VERDICT_WORDS.fastpath,
    text: 'text-green-700 dark:text-green-400',
    meaning: 'Enters Azure with no gateway on the data path',
    color: '#16a34a',
    strokeWidth: 2.5,
    lineCap: 'butt',
    badge:
      'bg-green-50 text-green-700 ring-green-600/20 dark:bg-green-950/60 dark:text-green-300 dark:ring-green-400/30',
    icon: { d: 'M9.5 1.5 3.5 9H8l-1.5 5.5L12.5 7H8z', fill: true },
  },
  gateway: {
    word: VERDICT_WORDS.gateway,
    text: 'text-amber-700 dark:text-amber-400',
    meaning: 'The ExpressRoute gateway carries it in',
    color: '#d97706',
    strokeWidth: 2.5,
    dash: '8 5',
    lineCap: 'butt',
    badge:
      'bg-amber-50 text-amber-700 ring-amber-600/20 dark:bg-amber-950/60 dark:text-amber-300 dark:ring-amber-400/30',
    icon: { d: 'M2.5 4.5h11v7h-11zM6 4.5v7M10 4.5v7', fill: false },
  },
  direct: {
    word: VERDICT_WORDS.direct,
    text: 'text-blue-700 dark:text-blue-400',
    meaning: 'Never needs a gateway on the way in',
    color: '#2563eb',
    strokeWidth: 2.5,
    lineCap: 'butt',
    badge: 'bg-blue-50 text-blue-700 ring-blue-600/20 dark:bg-blue-950/60 dark:text-blue-300 dark:ring-blue-400/30',
    icon: { d: 'M2 8h11M9 4l4 4-4 4', fill: false },
  },
  unreachable: {
    word: VERDICT_WORDS.unreachable,
    text: 'text-red-700 dark:text-red-400',
    meaning: 'No route for it in this design',
    color: '#dc2626',
    strokeWidth: 3,
    dash: '0.5 6',
    lineCap: 'round',
    badge: 'bg-red-50 text-red-700 ring-red-600/20 dark:bg-red-950/60 dark:text-red-300 dark:ring-red-400/30',
    icon: { d: 'M4 4l8 8M12 4l-8 8', fill: false },
  },
  pending: {
    word: 'Evaluating',
    text: 'text-slate-600 dark:text-slate-400',
    meaning: 'Waiting for the engine',
    color: '#94a3b8',
    strokeWidth: 2,
    dash: '3 4',
    lineCap: 'butt',
    badge: 'bg-slate-50 text-slate-500 ring-slate-500/20 dark:bg-slate-800 dark:text-slate-400',
    icon: { d: 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11M8 5v3.5l2 1.5', fill: false },
  },
};

/** The four verdicts in legend order. */
export const LEGEND_VERDICTS = ['fastpath', 'gateway', 'direct', 'unreachable'] as const satisfies readonly Verdict[];
