import type { DesignDiff, Verdict } from '../engine/index.ts';

// What passes between the screen and the engine worker for versions: two designs compared, and a
// design's flows counted by verdict. Apart from protocol.ts so that the first screen does not carry
// the checks of answers only the versions panel asks for.

/** Two versions compared (engine/diff), or why they could not be. */
export type CompareAnswer = { ok: true; diff: DesignDiff } | { ok: false; errors: string[] };

/** A design's flows counted by verdict, or why they could not be. */
export type CountAnswer = { ok: true; counts: Partial<Record<Verdict, number>> } | { ok: false; errors: string[] };

/** True when a value has the shape of a comparison's answer (the top level, as for evaluations). */
export function isCompareAnswer(value: unknown): value is CompareAnswer {
  if (typeof value !== 'object' || value === null) return false;
  if (isFailure(value)) return true;
  const diff = (value as { ok?: unknown; diff?: unknown }).diff as Record<string, unknown> | undefined;
  return (
    (value as { ok?: unknown }).ok === true &&
    typeof diff === 'object' &&
    diff !== null &&
    ['design', 'nodes', 'edges', 'flows'].every((list) => Array.isArray(diff[list])) &&
    typeof diff.summary === 'object' &&
    diff.summary !== null
  );
}

/** True when a value has the shape of a count of verdicts. */
export function isCountAnswer(value: unknown): value is CountAnswer {
  if (typeof value !== 'object' || value === null) return false;
  if (isFailure(value)) return true;
  const { ok, counts } = value as { ok?: unknown; counts?: unknown };
  return (
    ok === true &&
    typeof counts === 'object' &&
    counts !== null &&
    Object.values(counts).every((count) => typeof count === 'number')
  );
}

function isFailure(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { ok, errors } = value as { ok?: unknown; errors?: unknown };
  return ok === false && Array.isArray(errors) && errors.every((error) => typeof error === 'string');
}
