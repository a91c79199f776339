import { MAX_DECISION_TEXT, withReview, type Decision, type DecisionStatus, type Design } from '../../engine/index.ts';
import { flowLabels, flowTitle } from '../words.ts';
import { authorProblem, dateTimeProblem } from './validation.ts';
import { changed, defineCommand, refused, unchanged } from './types.ts';

// The review block of the document: one decision per flow and the order a presenter steps through
// the flows. Every command leaves the block out of the document once it holds nothing, so a design
// that was never reviewed is written exactly as before the block existed.

export type DecisionInput = {
  flowId: string;
  /** `null` clears the flow's decision. */
  status: DecisionStatus | null;
  /** What was decided, or what must change; empty or absent for none. */
  text?: string;
  author: string;
  /** When, as an ISO-8601 date-time. */
  at: string;
};

/**
 * Sets, replaces or clears a flow's decision. Choosing the same status again with the same text
 * and author changes nothing (the time alone is no news). Typing the text coalesces into one undo
 * step; a change of status is a step of its own.
 */
export const setDecision = defineCommand<DecisionInput>({
  id: 'set-decision',
  label: 'Review decision',
  run({ design }, { flowId, status, text = '', author, at }) {
    if (!isFlowOf(design, flowId)) return refused('That flow is no longer in the design.');
    const decisions = design.review?.decisions ?? [];
    const current = decisions.find((d) => d.flowId === flowId);
    // Any other decision for the flow goes too, so a flow never has two.
    const others = decisions.filter((d) => d.flowId !== flowId);
    if (status === null) {
      if (!current) return unchanged;
      return changed(
        withReview(design, { ...design.review, decisions: others }),
        undefined,
        `decision:${flowId}:clear`,
      );
    }
    if (text.length > MAX_DECISION_TEXT)
      return refused(`A decision's text can be at most ${MAX_DECISION_TEXT.toLocaleString('en')} characters.`);
    const problem = authorProblem(author) ?? dateTimeProblem(at);
    if (problem) return refused(problem);
    if (
      current &&
      current.status === status &&
      current.text === text &&
      (current.author ?? '') === author &&
      others.length === decisions.length - 1
    )
      return unchanged;

    const decision: Decision = { flowId, status, text, ...(author ? { author } : {}), at };
    // A replaced decision keeps its place in the list, so the file's diff is one entry.
    const next = current
      ? decisions.flatMap((d) => (d === current ? [decision] : d.flowId === flowId ? [] : [d]))
      : [...decisions, decision];
    return changed(
      withReview(design, { ...design.review, decisions: next }),
      undefined,
      `decision:${flowId}:${status}`,
    );
  },
});

export type AgendaInput = {
  /** Flow ids in the order the presenter steps through them; flows not listed follow. */
  order: readonly string[];
  /**
   * The order the flows take without a saved agenda, as on screen (`agendaOrder` of the design
   * without its agenda). An order that leaves it as it is saves nothing, so the agenda keeps
   * following the verdicts. Without it, only an empty order removes the agenda.
   */
  defaultOrder?: readonly string[];
};

/** Saves the order a review steps through the flows in. */
export const setAgenda = defineCommand<AgendaInput>({
  id: 'set-agenda',
  label: 'Reorder the review',
  run({ design }, { order, defaultOrder }) {
    const labels = flowLabels(design);
    const seen = new Set<string>();
    for (const id of order) {
      const label = labels.get(id);
      if (!label) return refused(`"${id.slice(0, 40)}" is not a flow of this design.`);
      if (seen.has(id)) return refused(`Flow ${flowTitle(label)} is in the order twice.`);
      seen.add(id);
    }
    const agenda = followsDefault(order, defaultOrder) ? [] : [...order];
    const current = design.review?.agenda ?? [];
    if (agenda.length === current.length && agenda.every((id, i) => id === current[i])) return unchanged;
    return changed(withReview(design, { ...design.review, agenda }), undefined, 'agenda');
  },
});

/** Whether `order`, followed by the flows it leaves out in default order, is the default order. */
function followsDefault(order: readonly string[], defaultOrder: readonly string[] | undefined): boolean {
  if (order.length === 0) return true;
  if (!defaultOrder) return false;
  const listed = new Set(order);
  const full = [...order, ...defaultOrder.filter((id) => !listed.has(id))];
  return full.length === defaultOrder.length && full.every((id, i) => id === defaultOrder[i]);
}

function isFlowOf(design: Design, id: string): boolean {
  return design.edges.some((edge) => edge.id === id && edge.kind === 'flow');
}
