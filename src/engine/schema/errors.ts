// Load failures are values, not exceptions: a stable code, the place in the document, and a
// sentence for people. Codes never change; wording may.

export const LOAD_ERROR_CODES = {
  tooLarge: 'E_IMPORT_TOO_LARGE',
  notJson: 'E_IMPORT_NOT_JSON',
  tooDeep: 'E_IMPORT_TOO_DEEP',
  notDesign: 'E_IMPORT_NOT_DESIGN',
  tooNew: 'E_IMPORT_TOO_NEW',
  invalid: 'E_IMPORT_INVALID',
  structure: 'E_IMPORT_STRUCTURE',
  /** A warning, never an error: a review entry naming a flow that is gone, or a repeat, was dropped. */
  reviewEntryDropped: 'W_IMPORT_REVIEW_DROPPED',
} as const;
export type LoadErrorCode = (typeof LOAD_ERROR_CODES)[keyof typeof LOAD_ERROR_CODES];

export type LoadProblem = {
  code: LoadErrorCode;
  /** Where in the document, such as `nodes[3].props.sku`; empty for the document as a whole. */
  path: string;
  message: string;
};

export function formatProblem(problem: LoadProblem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/** `['nodes', 3, 'props', 'sku']` → `nodes[3].props.sku` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = String(part);
      out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** A short, safe rendering of a value a person typed, for "got …" in messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}
