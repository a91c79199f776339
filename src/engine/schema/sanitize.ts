import { formatPath, LOAD_ERROR_CODES, type LoadProblem } from './errors.ts';

// Copies parsed JSON into fresh plain objects. Keys that could reach an object's prototype are
// dropped (and reported), so nothing downstream can be polluted by a hostile file; depth is
// bounded so a pathological file fails with a message instead of a stack overflow.

export const MAX_DEPTH = 64;
const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type SanitizeResult = { ok: true; value: unknown; dropped: LoadProblem[] } | { ok: false; problem: LoadProblem };

export function sanitize(input: unknown): SanitizeResult {
  const dropped: LoadProblem[] = [];
  let tooDeepAt: PropertyKey[] | undefined;

  const copy = (value: unknown, path: PropertyKey[]): unknown => {
    if (value === null || typeof value !== 'object') return value;
    if (path.length >= MAX_DEPTH) {
      tooDeepAt ??= path;
      return undefined;
    }
    if (Array.isArray(value)) return value.map((item, i) => copy(item, [...path, i]));
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value; // Dates, Maps…: left for the schema to refuse
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (DANGEROUS_KEYS.has(key)) {
        dropped.push({
          code: LOAD_ERROR_CODES.invalid,
          path: formatPath([...path, key]),
          message: 'ignored: this key name is not allowed in a design',
        });
        continue;
      }
      out[key] = copy((value as Record<string, unknown>)[key], [...path, key]);
    }
    return out;
  };

  const value = copy(input, []);
  if (tooDeepAt) {
    return {
      ok: false,
      problem: {
        code: LOAD_ERROR_CODES.tooDeep,
        path: formatPath(tooDeepAt),
        message: `nested more than ${MAX_DEPTH} levels deep; a design is never that deep`,
      },
    };
  }
  return { ok: true, value, dropped };
}
