import type { Design, Review } from '../model/types.ts';
import { LOAD_ERROR_CODES, type LoadProblem } from './errors.ts';

// A copy of the app that predates the review block keeps it as an unknown field and never cleans
// it up when it deletes a flow, so on load an entry naming a flow that is gone (or repeating one)
// is dropped with a warning instead of making the whole document unloadable.

/** Past this many, the rest are summed up in one warning: a list of 50,000 lines helps nobody. */
const MAX_WARNINGS = 20;

/**
 * The design with `review` set, or removed when it holds nothing: an empty list is dropped, and
 * a block left with no keys at all goes too, so documents without a review never grow the key.
 */
export function withReview(design: Design, review: Review | undefined): Design {
  const { review: _old, ...rest } = design;
  const compact = review ? compactReview(review) : undefined;
  return compact ? { ...rest, review: compact } : rest;
}

function compactReview(review: Review): Review | undefined {
  const { agenda, decisions, ...rest } = review;
  const out: Review = { ...rest };
  if (agenda && agenda.length > 0) out.agenda = agenda;
  if (decisions && decisions.length > 0) out.decisions = decisions;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Drops agenda entries and decisions that name no flow of the design, repeated agenda entries
 * (the first stays) and all but the latest decision for a flow (by `at`; on a tie the last in the
 * list). A document with nothing to drop comes back as it was, so it round-trips exactly.
 */
export function reconcileReview(design: Design): { design: Design; warnings: LoadProblem[] } {
  const review = design.review;
  if (!review) return { design, warnings: [] };
  const flows = new Set(design.edges.filter((edge) => edge.kind === 'flow').map((edge) => edge.id));
  const warnings: LoadProblem[] = [];
  const warn = (path: string, message: string) =>
    warnings.push({ code: LOAD_ERROR_CODES.reviewEntryDropped, path, message: `ignored: ${message}` });
  const gone = (flowId: string) => `"${flowId}" is not a flow in this design`;

  const firstAt = new Map<string, number>();
  const agenda = review.agenda?.filter((flowId, i) => {
    const first = firstAt.get(flowId);
    if (!flows.has(flowId)) warn(`review.agenda[${i}]`, gone(flowId));
    else if (first !== undefined)
      warn(`review.agenda[${i}]`, `flow "${flowId}" is already on the agenda at review.agenda[${first}]`);
    else {
      firstAt.set(flowId, i);
      return true;
    }
    return false;
  });

  const decisions = review.decisions ?? [];
  const latest = new Map<string, number>();
  decisions.forEach((decision, i) => {
    const best = latest.get(decision.flowId);
    if (best === undefined || time(decision.at) >= time(decisions[best]?.at)) latest.set(decision.flowId, i);
  });
  const kept = review.decisions?.filter((decision, i) => {
    const best = latest.get(decision.flowId);
    if (!flows.has(decision.flowId))
      warn(`review.decisions[${i}].flowId`, `${gone(decision.flowId)}; its decision was dropped`);
    else if (best !== i)
      warn(`review.decisions[${i}]`, `flow "${decision.flowId}" has a later decision at review.decisions[${best}]`);
    else return true;
    return false;
  });

  if (warnings.length === 0) return { design, warnings };
  const next: Review = { ...review };
  if (agenda) next.agenda = agenda;
  if (kept) next.decisions = kept;
  return { design: withReview(design, next), warnings: capped(warnings) };
}

/** Milliseconds since the epoch; the schema only lets through date-times that parse. */
function time(at: string | undefined): number {
  const ms = at === undefined ? Number.NaN : Date.parse(at);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

function capped(warnings: LoadProblem[]): LoadProblem[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  const rest = warnings.length - (MAX_WARNINGS - 1);
  return [
    ...warnings.slice(0, MAX_WARNINGS - 1),
    {
      code: LOAD_ERROR_CODES.reviewEntryDropped,
      path: 'review',
      message: `ignored: ${rest} more entries that name a flow not in this design or repeat one`,
    },
  ];
}
