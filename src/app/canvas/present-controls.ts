import { toast } from 'sonner';
import type { DecisionStatus } from '../../engine/index.ts';
import { runCommand } from '../commands/editor.ts';
import { setDecision } from '../commands/review.ts';
import { decisionFor } from '../review/decisions.ts';
import { useDesignStore } from '../store/design-store.ts';
import { withReviewer } from '../store/reviewer-store.ts';
import { useUiStore } from '../store/ui-store.ts';

// Present mode's sizes and the decisions taken from its caption.

/** Type sizes of the presented canvas, in flow pixels (see index.css, .fp-presenting). */
export const PRESENT_TYPE = { name: 18, detail: 15, glyph: 20, number: 16 } as const;
/** What the back of a meeting room still reads, in CSS pixels on the screen. */
export const READABLE_PX = { name: 14, detail: 12, glyph: 16 } as const;
/** Zoomed out further than this, presented text is smaller than READABLE_PX. */
export const PRESENT_MIN_ZOOM = Math.max(
  READABLE_PX.name / PRESENT_TYPE.name,
  READABLE_PX.detail / PRESENT_TYPE.detail,
  READABLE_PX.glyph / PRESENT_TYPE.glyph,
);
/** From this zoom up the canvas's usual type (13 px names, 11 px details) is readable as it is. */
export const NORMAL_TYPE_READABLE = Math.max(READABLE_PX.name / 13, READABLE_PX.detail / 11);
/** The caption bar along the bottom of the presented canvas. */
export const PRESENT_CAPTION_HEIGHT = 116;

export const READ_ONLY_DECISION =
  'This shared design is read-only: choose “Save a copy” to record decisions and notes.';

/** The flow on screen in present mode, if a step (not the overview) is shown. */
export function presentedFlowId(): string | undefined {
  const { presentAgenda, presentStep } = useUiStore.getState();
  return presentStep >= 0 ? presentAgenda[presentStep] : undefined;
}

/**
 * Records a decision on the presented flow, signed with the reviewer's name (asked once). The same
 * status again takes the decision back, as pressing a toggle again does.
 */
export function decideOnStep(status: DecisionStatus): void {
  const flowId = presentedFlowId();
  if (!flowId) return;
  const { design, readOnly } = useDesignStore.getState();
  if (!design) return;
  if (readOnly) {
    toast.error(READ_ONLY_DECISION, { id: 'read-only-decision' });
    return;
  }
  withReviewer((author) => {
    const current = decisionFor(design, flowId);
    runCommand(setDecision, {
      flowId,
      status: current?.status === status ? null : status,
      text: current?.text ?? '',
      author,
      at: new Date().toISOString(),
    });
  });
}

/** Writes the decision's text, keeping its status; a flow without a decision gets none from text alone. */
export function explainDecision(flowId: string, text: string): void {
  const { design, readOnly } = useDesignStore.getState();
  if (!design || readOnly) return;
  const current = decisionFor(design, flowId);
  if (!current || current.text === text) return;
  withReviewer((author) =>
    runCommand(setDecision, { flowId, status: current.status, text, author, at: new Date().toISOString() }),
  );
}
