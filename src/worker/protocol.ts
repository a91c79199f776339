// What passes between the screen and the engine worker: plain JSON both ways.
import type { Design, DesignPatch, EvaluationResult, Finding, FlowResult, LoadResult } from '../engine/index.ts';
import type { EstateImport } from '../estate/index.ts';

/**
 * What changed since the result of `base` under the same pack: the flows with
 * a new result, the flows gone, and the design findings when they were worked out again. Flows not
 * named keep their result; the screen puts the whole together in the design's order.
 */
export type EvaluationDelta = {
  base: string;
  flows: [string, FlowResult][];
  removed: string[];
  findings?: Finding[];
};

/** An evaluation as the screen uses it: a whole result, or why there is none. */
export type EvaluationAnswer = { ok: true; result: EvaluationResult } | { ok: false; errors: string[] };

/** What the worker answers: an evaluation, or the changes to the one before. */
export type EvaluateResponse = EvaluationAnswer | { ok: true; delta: EvaluationDelta };

/**
 * A design to evaluate: its key (design session and revision) and, unless the worker has it
 * already, the loaded design or a patch of the revision `base` the worker evaluated last under
 * the same pack; as UTF-8 JSON bytes on the way over (or as they are, in tests).
 */
export type EvaluateRequest = {
  key: string;
  design?: Uint8Array | Design;
  patch?: { base: string; change: Uint8Array | DesignPatch };
};

/** Evaluations the worker keeps, one per rule pack (the design's own and a compared one); the screen keeps as many. */
export const KEPT_PACKS = 2;

/** The only error in a response meaning "the worker holds no document under this key: send it". */
export const NO_DOCUMENT = 'no-document';

/**
 * True when a value from the worker has the shape of an answer. Only the top level is looked at:
 * the worker is our own code, so this guards against a broken or replaced worker (an `undefined`,
 * a string), not a hostile one, and parsing a whole result again would cost as much as drawing it.
 */
export function isEvaluateResponse(value: unknown): value is EvaluateResponse {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as { ok?: unknown; result?: unknown; errors?: unknown };
  if (answer.ok === false)
    return Array.isArray(answer.errors) && answer.errors.every((error) => typeof error === 'string');
  if (answer.ok !== true) return false;
  const { delta } = value as { delta?: unknown };
  if (typeof delta === 'object' && delta !== null) {
    const { base, flows, removed, findings } = delta as Partial<Record<keyof EvaluationDelta, unknown>>;
    return (
      typeof base === 'string' &&
      Array.isArray(flows) &&
      Array.isArray(removed) &&
      (findings === undefined || Array.isArray(findings))
    );
  }
  if (typeof answer.result !== 'object' || answer.result === null) return false;
  const result = answer.result as { flows?: unknown; findings?: unknown; pack?: unknown; rulesAsOf?: unknown };
  return (
    typeof result.flows === 'object' &&
    result.flows !== null &&
    Array.isArray(result.findings) &&
    typeof result.pack === 'object' &&
    result.pack !== null &&
    typeof result.rulesAsOf === 'string'
  );
}

/** What the loader worker answers: a loaded design as UTF-8 JSON, or why it did not load. */
export type LoadedText =
  | { ok: true; bytes: Uint8Array; warnings: Extract<LoadResult, { ok: true }>['warnings'] }
  | Extract<LoadResult, { ok: false }>;

/** What the loader worker answers for a file that may be an estate export: its conversion, or null. */
export type EstateRead = EstateImport | null;
