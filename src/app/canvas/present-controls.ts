import { toast } from '../store/notices.ts';
import type { DecisionStatus } from '../../engine/index.ts';
import { runCommand } from '../commands/editor.ts';
import { setDecision } from '../commands/review.ts';
import { decisionFor } from '../review/decisions.ts';
import { useDesignStore } from '../store/design-store.ts';
import { withReviewer } from '../store/reviewer-store.ts';
import { useUiStore, type PresentPanel } from '../store/ui-store.ts';
import type { Insets } from './framing.ts';

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
export const PRESENT_CAPTION_HEIGHT = 150;

/** The panels present mode opens over the canvas: which side, at most how wide, at most what share of the pane. */
export const PRESENT_PANELS = {
  why: { side: 'right', width: 720, share: 0.6 },
  notes: { side: 'right', width: 560, share: 0.5 },
  agenda: { side: 'left', width: 480, share: 0.45 },
} as const satisfies Record<PresentPanel, { side: 'left' | 'right'; width: number; share: number }>;
/** A panel's gap from the pane's edge. */
export const PRESENT_PANEL_GAP = 16;

/** A panel's size as CSS: the width presentInsets keeps clear, and down to just above the caption. */
export function presentPanelStyle(panel: PresentPanel): { width: string; maxHeight: string } {
  const { width, share } = PRESENT_PANELS[panel];
  return {
    width: `min(${width}px, ${share * 100}%)`,
    maxHeight: `calc(100% - ${PRESENT_CAPTION_HEIGHT + 2 * PRESENT_PANEL_GAP}px)`,
  };
}

export function presentPanelWidth(panel: PresentPanel, paneWidth: number): number {
  const { width, share } = PRESENT_PANELS[panel];
  return Math.min(width, paneWidth * share);
}

/**
 * What covers the presented canvas: the caption along the bottom and an open panel down one side.
 * A step is framed in what is left, so the flow is never drawn under them.
 */
export function presentInsets(panel: PresentPanel | null, paneWidth: number): Insets {
  const insets = { top: 0, right: 0, bottom: PRESENT_CAPTION_HEIGHT, left: 0 };
  if (panel) insets[PRESENT_PANELS[panel].side] = presentPanelWidth(panel, paneWidth) + 2 * PRESENT_PANEL_GAP;
  return insets;
}

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
  if (flowId) decideOn(flowId, status);
}

/** Records a decision on a flow, as decideOnStep does for the presented one. */
export function decideOn(flowId: string, status: DecisionStatus): void {
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
