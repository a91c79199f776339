import type { Design, DecisionStatus, Note } from '../../engine/index.ts';
import { EDGE_NAMES, flowFullTitle, flowLabels, flowTitle, isFlow, labelOf, nodeIndex } from '../words.ts';
import { decisionsByFlow, reviewProgress, type ReviewProgress } from './decisions.ts';

// The review as rows for a report: each flow with where its review stands, and the open notes with
// what each is pinned to. Plain words only; every output escapes them for its own language.

export type FlowReviewStatus = DecisionStatus | 'notReviewed';

/** The words for where a flow's review stands, in the reports and on the screen alike. */
export const DECISION_WORDS = {
  accepted: 'Accepted',
  changesRequested: 'Change requested',
  notReviewed: 'Not reviewed yet',
} as const satisfies Record<FlowReviewStatus, string>;

export type FlowReviewRow = {
  flowId: string;
  /** "#3 Backup (HQ → Hub VM)", as the report's Flows table titles it. */
  title: string;
  status: FlowReviewStatus;
  /** What the reviewer wrote; empty when nothing was, or the flow has no decision. */
  text: string;
  author: string;
  /** "2026-11-30 10:15 UTC"; empty when the flow has no decision. */
  when: string;
};

export type NoteRow = {
  noteId: string;
  /** What the note is pinned to: "the design", a node's label, "#2 Backup", "Connection: A → B". */
  about: string;
  author: string;
  /** When it was last written, as in `when` above; empty when the note has no time. */
  when: string;
  text: string;
};

export type ReviewRows = { progress: ReviewProgress; flows: FlowReviewRow[]; notes: NoteRow[] };

export function reviewRows(design: Design): ReviewRows {
  const nodes = nodeIndex(design);
  const labels = flowLabels(design, nodes);
  const decisions = decisionsByFlow(design);
  const flows = design.edges.filter(isFlow).map((flow): FlowReviewRow => {
    const decision = decisions.get(flow.id);
    const label = labels.get(flow.id);
    return {
      flowId: flow.id,
      title: label ? flowFullTitle(label) : flow.id,
      // Only our own three words leave here: a status the schema never saw (a design held in memory)
      // counts as a change requested, as reviewProgress counts it.
      status: !decision ? 'notReviewed' : decision.status === 'accepted' ? 'accepted' : 'changesRequested',
      text: decision?.text ?? '',
      author: decision?.author ?? '',
      when: decision ? utcTime(decision.at) : '',
    };
  });
  const edges = new Map(design.edges.map((edge) => [edge.id, edge]));
  // A design opened from storage is not loaded again, so a note's node or edge may have gone since;
  // such a note is about the design, as the Notes panel files it.
  const about = (note: Note): string => {
    if (note.nodeId !== undefined && nodes.has(note.nodeId)) return labelOf(nodes, note.nodeId);
    const edge = note.edgeId === undefined ? undefined : edges.get(note.edgeId);
    if (!edge) return 'the design';
    const flow = labels.get(edge.id);
    if (isFlow(edge) && flow) return flowTitle(flow);
    return `${EDGE_NAMES[edge.kind]}: ${labelOf(nodes, edge.source)} → ${labelOf(nodes, edge.target)}`;
  };
  const notes = design.notes.map((note): NoteRow => ({
    noteId: note.id,
    about: about(note),
    author: note.author ?? '',
    when: utcTime(note.updatedAt ?? note.createdAt ?? ''),
    text: note.text,
  }));
  return { progress: reviewProgress(design), flows, notes };
}

/** "5 of 12 flows reviewed · 3 accepted · 2 with a change requested", or that none has been. */
export function progressLine(progress: ReviewProgress): string {
  if (progress.reviewed === 0) return 'No flow has been reviewed yet.';
  return `${progress.reviewed} of ${progress.total} ${progress.total === 1 ? 'flow' : 'flows'} reviewed · ${progress.accepted} accepted · ${progress.changesRequested} with a change requested`;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * "2026-11-30 10:15 UTC": the same on every machine, since a report is read far from where it was
 * made and must not depend on the locale or time zone of either. Text that is not a time comes
 * back as it is.
 */
export function utcTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}
