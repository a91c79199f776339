// How long one analysis may take before the app gives up on the worker. A worker that loops or has
// closed itself never answers and never says so, so a deadline is the only way to notice. The
// deadline grows with the design, since evaluating a large estate honestly takes longer, and is
// capped so that a stuck analysis is reported within a minute whatever the size.

const WATCHDOG_BASE_MS = 5_000;
const WATCHDOG_PER_NODE_MS = 2;
const WATCHDOG_PER_EDGE_MS = 0.5;
const WATCHDOG_MAX_MS = 60_000;

export type DesignSize = { nodes: number; edges: number };

/** The time allowed for analysing a design of this size, in milliseconds. */
export function analysisTimeLimit(size: DesignSize): number {
  const limit = WATCHDOG_BASE_MS + WATCHDOG_PER_NODE_MS * size.nodes + WATCHDOG_PER_EDGE_MS * size.edges;
  return Math.min(Math.ceil(limit), WATCHDOG_MAX_MS);
}

/** Counts nodes and edges without trusting the value: the client is handed the document unparsed. */
export function designSize(design: unknown): DesignSize {
  const record = typeof design === 'object' && design !== null ? (design as { nodes?: unknown; edges?: unknown }) : {};
  return {
    nodes: Array.isArray(record.nodes) ? record.nodes.length : 0,
    edges: Array.isArray(record.edges) ? record.edges.length : 0,
  };
}

/**
 * The deadline for one call. Test hook: a positive number in `globalThis.__fastpathWatchdogMs`
 * replaces the formula, so an end-to-end test with a stuck worker fails fast instead of waiting
 * seconds. Only script on the page can set it; nothing in a design reaches it.
 */
export function watchdogMs(design: unknown, scope: object = globalThis): number {
  const override = (scope as { __fastpathWatchdogMs?: unknown }).__fastpathWatchdogMs;
  if (typeof override === 'number' && Number.isFinite(override) && override > 0) return override;
  return analysisTimeLimit(designSize(design));
}

/** "5 s", "1.5 s", "0.25 s": the limit as the person reads it (a short test limit never reads "0 s"). */
export function secondsText(ms: number): string {
  return `${Number((ms / 1000).toFixed(ms < 1_000 ? 2 : 1))} s`;
}
