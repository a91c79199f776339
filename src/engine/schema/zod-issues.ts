import type { z } from 'zod/mini';
import { describeValue, formatPath, LOAD_ERROR_CODES, type LoadProblem } from './errors.ts';

// Turns zod issues into located problems with sentences a network architect can act on.

type Issue = z.core.$ZodIssue & { input?: unknown };

function sentence(issue: Issue): string {
  const got = `got ${describeValue(issue.input)}`;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `is required (${issue.expected})` : `expected ${issue.expected}, ${got}`;
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      return values.length === 1 ? `expected ${values[0]}, ${got}` : `expected one of ${values.join(', ')}; ${got}`;
    }
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `needs at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'items' : 'characters'}`
        : `expected at least ${String(issue.minimum)}, ${got}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `allows at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'items' : 'characters'}`
        : `expected at most ${String(issue.maximum)}, ${got}`;
    case 'not_multiple_of':
      return `expected a whole number, ${got}`;
    case 'invalid_union':
      return `does not match any allowed form, ${got}`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? `expected a date and time such as 2026-11-30T10:00:00Z, ${got}`
        : `${issue.message}, ${got}`;
    case 'custom':
      return `${issue.message}, ${got}`;
    default:
      return issue.message;
  }
}

export function issuesToProblems(error: z.core.$ZodError, prefix: readonly PropertyKey[]): LoadProblem[] {
  return error.issues.map((issue) => ({
    code: LOAD_ERROR_CODES.invalid,
    path: formatPath([...prefix, ...issue.path]),
    message: sentence(issue as Issue),
  }));
}
