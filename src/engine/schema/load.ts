import type { Design, DesignEdge, DesignNode } from '../model/types.ts';
import {
  CURRENT_VERSION,
  EDGE_PROPS,
  FORMAT_ID,
  NODE_PROPS,
  documentShellSchema,
  edgeShellSchema,
  nodeShellSchema,
} from './design-schema.ts';
import { LOAD_ERROR_CODES, type LoadProblem } from './errors.ts';
import { sanitize } from './sanitize.ts';
import { migrate } from '../migrations/index.ts';
import { issuesToProblems } from './zod-issues.ts';
import { checkStructure } from './structure.ts';
import { reconcileReview } from './review.ts';

// The one load pipeline: parse → envelope → migrate → validate → restore defaults → drop review
// entries whose flow is gone.
// File open, paste, share links, autosave, the worker and the checker all come through here.

export const MAX_DESIGN_BYTES = 10 * 1024 * 1024;
const MAX_PROBLEMS = 50;

export type LoadResult = { ok: true; design: Design; warnings: LoadProblem[] } | { ok: false; errors: LoadProblem[] };

export type LoadOptions = { maxBytes?: number };

const fail = (...errors: LoadProblem[]): LoadResult => ({ ok: false, errors: errors.slice(0, MAX_PROBLEMS) });

/** Accepts JSON text or an already-parsed value. Never throws. */
export function loadDesign(input: unknown, options: LoadOptions = {}): LoadResult {
  try {
    return loadUnsafe(input, options);
  } catch (error) {
    // A bug of ours must still not take the caller down with it.
    return fail({
      code: LOAD_ERROR_CODES.invalid,
      path: '',
      message: `could not read the design (${error instanceof Error ? error.message : 'unknown error'})`,
    });
  }
}

function loadUnsafe(input: unknown, options: LoadOptions): LoadResult {
  const maxBytes = options.maxBytes ?? MAX_DESIGN_BYTES;
  let raw: unknown = input;
  if (typeof input === 'string') {
    const size = utf8Length(input, maxBytes);
    if (size > maxBytes) {
      return fail({
        code: LOAD_ERROR_CODES.tooLarge,
        path: '',
        message: `the file is larger than ${formatBytes(maxBytes)}; a design is far smaller`,
      });
    }
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    if (text.trim() === '') return fail({ code: LOAD_ERROR_CODES.notJson, path: '', message: 'the file is empty' });
    try {
      raw = JSON.parse(text);
    } catch (error) {
      return fail({
        code: LOAD_ERROR_CODES.notJson,
        path: '',
        message: `not valid JSON (${error instanceof Error ? error.message : 'parse error'})`,
      });
    }
  }

  const clean = sanitize(raw);
  if (!clean.ok) return fail(clean.problem);
  const value = clean.value;

  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail({
      code: LOAD_ERROR_CODES.notDesign,
      path: '',
      message: `not a FastPath design: expected a JSON object with "format": "${FORMAT_ID}"`,
    });
  }
  const envelope = value as Record<string, unknown>;
  if (envelope.format !== FORMAT_ID) {
    return fail({
      code: LOAD_ERROR_CODES.notDesign,
      path: 'format',
      message: `not a FastPath design: expected "${FORMAT_ID}", got ${envelope.format === undefined ? 'nothing' : JSON.stringify(envelope.format)?.slice(0, 60)}`,
    });
  }
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({
      code: LOAD_ERROR_CODES.invalid,
      path: 'version',
      message: `expected a whole number from 1, got ${JSON.stringify(version) ?? 'nothing'}`,
    });
  }
  if (version > CURRENT_VERSION) {
    return fail({
      code: LOAD_ERROR_CODES.tooNew,
      path: 'version',
      message: `this design is format version ${version}, made by a newer FastPath Designer; this one reads up to version ${CURRENT_VERSION}`,
    });
  }
  const migrated = migrate(envelope, version, CURRENT_VERSION);
  if (!migrated.ok) return fail({ code: LOAD_ERROR_CODES.invalid, path: 'version', message: migrated.message });

  const shell = documentShellSchema.safeParse(migrated.doc, { reportInput: true });
  if (!shell.success) return fail(...issuesToProblems(shell.error, []));

  const problems: LoadProblem[] = [];
  const nodes: DesignNode[] = [];
  shell.data.nodes.forEach((item, i) => {
    const node = nodeShellSchema.safeParse(item, { reportInput: true });
    if (!node.success) return void problems.push(...issuesToProblems(node.error, ['nodes', i]));
    const props = NODE_PROPS[node.data.kind].safeParse(node.data.props, { reportInput: true });
    if (!props.success) return void problems.push(...issuesToProblems(props.error, ['nodes', i, 'props']));
    nodes.push({ ...node.data, props: props.data } as DesignNode);
  });
  const edges: DesignEdge[] = [];
  shell.data.edges.forEach((item, i) => {
    const edge = edgeShellSchema.safeParse(item, { reportInput: true });
    if (!edge.success) return void problems.push(...issuesToProblems(edge.error, ['edges', i]));
    const props = EDGE_PROPS[edge.data.kind].safeParse(edge.data.props, { reportInput: true });
    if (!props.success) return void problems.push(...issuesToProblems(props.error, ['edges', i, 'props']));
    edges.push({ ...edge.data, props: props.data } as DesignEdge);
  });
  if (problems.length > 0) return fail(...problems);

  const checked: Design = { ...shell.data, nodes, edges };
  const structure = checkStructure(checked);
  if (structure.length > 0) return fail(...structure);
  const { design, warnings } = reconcileReview(checked);
  return { ok: true, design, warnings: [...clean.dropped, ...warnings] };
}

/** UTF-8 size of a string, counting no further than needed to know it is over `limit`. */
function utf8Length(text: string, limit: number): number {
  if (text.length * 3 <= limit) return text.length; // cannot be over even if every unit took 3 bytes
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return bytes;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}
