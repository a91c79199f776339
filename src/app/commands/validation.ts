import type { z } from 'zod/mini';
import { decisionSchema, MAX_AUTHOR } from '../../engine/index.ts';

/** "bandwidthMbps: expected a number > 0": the first problem zod found, said plainly. */
export function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'That value is not valid.';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/**
 * Props with a patch applied (a key set to `undefined` is removed, so it falls back to its
 * default), validated by the document schema for the kind: the props to write, or why not.
 */
export function patchProps(
  current: object,
  patch: Readonly<Record<string, unknown>>,
  schema: z.ZodMiniType,
): { ok: true; props: Record<string, unknown> } | { ok: false; reason: string } {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const parsed = schema.safeParse(merged);
  return parsed.success
    ? { ok: true, props: parsed.data as Record<string, unknown> }
    : { ok: false, reason: firstIssue(parsed.error) };
}

/**
 * "node:vm1:ip,label": successive edits of the same fields of one thing undo as one step (typing).
 * None for a switch: each flip is a change of its own, and undo takes back the last one.
 */
export function editKey(
  scope: string,
  id: string,
  patch: { label?: string; props?: Readonly<Record<string, unknown>> },
): string | undefined {
  if (Object.values(patch.props ?? {}).some((value) => typeof value === 'boolean')) return undefined;
  const fields = [...(patch.label !== undefined ? ['label'] : []), ...Object.keys(patch.props ?? {})].sort().join(',');
  return `${scope}:${id}:${fields}`;
}

/** Why `at` is not a date-time the document accepts, or null when it is one. */
export function dateTimeProblem(at: string): string | null {
  return decisionSchema.shape.at.safeParse(at).success
    ? null
    : `"${at.slice(0, 40)}" is not a date and time such as 2026-11-30T10:00:00Z.`;
}

/** Why a person's name cannot be written as an author, or null when it can. */
export function authorProblem(author: string): string | null {
  return author.length > MAX_AUTHOR ? `A name can be at most ${MAX_AUTHOR} characters.` : null;
}
