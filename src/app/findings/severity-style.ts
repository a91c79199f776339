import { SEVERITIES, type Severity } from '../../engine/index.ts';

// How each severity looks, in one place: the findings panel, the finding cards, the markers on
// nodes, links and flows, and the report all read it. Error is red, warning amber, info slate
// (sky is the canvas's selection colour, and blue the Direct verdict's). Every text-on-colour pair
// here meets WCAG AA (4.5:1) in light and dark mode; severity-style.test.ts measures them.

export type SeverityStyle = {
  /** "Error": a finding's label in the panel and its accessible name. */
  word: string;
  /** "Errors": the panel's filter menu. */
  plural: string;
  /** The heading of this severity's group in the report. */
  heading: string;
  /** The marker's fill where Tailwind does not reach (SVG flow badges), and the text drawn on it. */
  color: string;
  onColor: string;
  /** Tailwind classes for a count marker on a node or a link caption: fill and text. */
  marker: string;
  /** Tailwind classes for the small dot beside a finding in the list. */
  dot: string;
  /** Tailwind classes for a finding card: background, text and ring. */
  badge: string;
  /** Tailwind classes for words in this severity on the panel's own background. */
  text: string;
  /** Text colour on paper, for the printable report. */
  print: string;
};

export const SEVERITY_STYLES: Readonly<Record<Severity, SeverityStyle>> = {
  error: {
    word: 'Error',
    plural: 'Errors',
    heading: 'Errors',
    color: '#dc2626',
    onColor: '#ffffff',
    marker: 'bg-red-600 text-white',
    dot: 'bg-red-600',
    badge: 'bg-red-50 text-red-800 ring-red-600/20 dark:bg-red-950/50 dark:text-red-300',
    text: 'text-red-700 dark:text-red-400',
    print: '#991b1b',
  },
  warning: {
    word: 'Warning',
    plural: 'Warnings',
    heading: 'Warnings',
    color: '#f59e0b',
    onColor: '#451a03',
    marker: 'bg-amber-500 text-amber-950',
    dot: 'bg-amber-500',
    badge: 'bg-amber-50 text-amber-800 ring-amber-600/20 dark:bg-amber-950/50 dark:text-amber-300',
    text: 'text-amber-800 dark:text-amber-400',
    print: '#92400e',
  },
  info: {
    word: 'Info',
    plural: 'Info',
    heading: 'Notes from the rules',
    color: '#64748b',
    onColor: '#ffffff',
    marker: 'bg-slate-500 text-white dark:bg-slate-400 dark:text-slate-900',
    dot: 'bg-slate-500 dark:bg-slate-400',
    badge: 'bg-slate-50 text-slate-700 ring-slate-500/20 dark:bg-slate-800 dark:text-slate-300',
    text: 'text-slate-600 dark:text-slate-300',
    print: '#0f172a',
  },
};

/** 0 for the worst: the engine lists SEVERITIES worst first. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** A comparator that puts errors first, then warnings, then info. */
export function bySeverity(a: { severity: Severity }, b: { severity: Severity }): number {
  return severityRank(a.severity) - severityRank(b.severity);
}

/** A flow's findings in the order to read them: what decided its verdict first, then by severity. */
export function byDecisiveThenSeverity(
  a: { severity: Severity; decisive?: true },
  b: { severity: Severity; decisive?: true },
): number {
  return Number(b.decisive === true) - Number(a.decisive === true) || bySeverity(a, b);
}

/** The worse of two severities. */
export function worse(a: Severity, b: Severity): Severity {
  return severityRank(b) < severityRank(a) ? b : a;
}
