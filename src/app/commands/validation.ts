import type { z } from 'zod';

/** "bandwidthMbps: expected a number > 0": the first problem zod found, said plainly. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'That value is not valid.';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}
