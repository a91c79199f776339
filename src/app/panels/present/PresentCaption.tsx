import { useState, type ReactNode } from 'react';
import type { Design, FlowResult } from '../../../engine/index.ts';
import { actionById, actionContext, type ActionId } from '../../canvas/actions.ts';
import { explainDecision, PRESENT_CAPTION_HEIGHT, READ_ONLY_DECISION } from '../../canvas/present-controls.ts';
import type { EditorActions } from '../../canvas/useEditorActions.ts';
import { decisionFor, reviewProgress } from '../../review/decisions.ts';
import { notesBySubject } from '../../review/notes.ts';
import { useDesignStore } from '../../store/design-store.ts';
import { VERDICT_STYLES } from '../../verdict-style.ts';
import type { FlowLabel } from '../../words.ts';
import { VerdictIcon } from '../../canvas/VerdictIcon.tsx';
import { DecisionBadge } from './decision-look.tsx';

// The caption bar of present mode: which flow, its verdict and expectation, the reason that decided
// it, its path, and the decision, in type a room reads. Every button is a row of the action table
// and shows its key, so the presenter learns the keys from the screen.

type Props = {
  design: Design;
  labels: ReadonlyMap<string, FlowLabel>;
  flowId: string | undefined;
  outcome: FlowResult | undefined;
  step: number;
  total: number;
  overviewReadable: boolean;
  editor: EditorActions;
};

export function PresentCaption(props: Props) {
  const { design, labels, flowId, outcome, step, total, editor } = props;
  const progress = reviewProgress(design);
  const label = flowId ? labels.get(flowId) : undefined;
  const notes = notesBySubject(design).get(flowId ?? null)?.length ?? 0;
  return (
    <section
      aria-label="Presented flow"
      className="absolute inset-x-0 bottom-0 z-20 flex flex-col justify-center gap-1 border-t border-slate-300 bg-white/95 px-6 py-2.5 text-slate-900 shadow-[0_-4px_16px_rgba(15,23,42,0.08)] dark:border-slate-700 dark:bg-slate-900/95 dark:text-slate-50"
      style={{ height: PRESENT_CAPTION_HEIGHT }}
    >
      {/* Which flow, and moving on: the top line, read first. */}
      <div className="flex min-w-0 items-center gap-4">
        <div className="min-w-0 flex-1" aria-live="polite">
          {flowId && label ? (
            <StepTitle design={design} label={label} flowId={flowId} outcome={outcome} />
          ) : (
            <OverviewTitle total={total} />
          )}
        </div>
        <span className="shrink-0 text-[17px] font-semibold tabular-nums" aria-label="Step">
          {step < 0 ? 'Overview' : `${step + 1} / ${total}`}
        </span>
        <ActionButton id="presentPrevious" editor={editor} disabled={step < 0}>
          ← Previous
        </ActionButton>
        <ActionButton id="presentNext" editor={editor} disabled={step >= total - 1} primary>
          {step < 0 ? 'Start →' : 'Next →'}
        </ActionButton>
      </div>
      {flowId && label ? (
        <StepDetails design={design} flowId={flowId} outcome={outcome} />
      ) : (
        <OverviewDetails readable={props.overviewReadable} progress={progress} />
      )}
      {/* The path, and what the room can do about the flow, each button with its key. */}
      <div className="flex min-w-0 items-center justify-end gap-2">
        {flowId && label ? <StepPath label={label} outcome={outcome} /> : null}
        {flowId ? (
          <>
            <ActionButton id="presentAccept" editor={editor}>
              Accept
            </ActionButton>
            <ActionButton id="presentChanges" editor={editor}>
              Request change
            </ActionButton>
            <ActionButton id="presentWhy" editor={editor}>
              Why
            </ActionButton>
          </>
        ) : null}
        <ActionButton id="presentNotes" editor={editor}>
          Notes{notes > 0 ? ` (${notes})` : ''}
        </ActionButton>
        <ActionButton id="presentAgenda" editor={editor}>
          Agenda
        </ActionButton>
        <ActionButton id="presentLeave" editor={editor}>
          Exit
        </ActionButton>
      </div>
    </section>
  );
}

function OverviewTitle({ total }: { total: number }) {
  return (
    <p className="truncate text-[24px] leading-tight font-semibold">
      {total === 0 ? 'This design has no flows to present' : `${total} ${total === 1 ? 'flow' : 'flows'} to review`}
    </p>
  );
}

function OverviewDetails({ readable, progress }: { readable: boolean; progress: ReturnType<typeof reviewProgress> }) {
  return (
    <p className="text-[18px] leading-snug text-slate-600 dark:text-slate-300">
      {progress.reviewed} of {progress.total} reviewed
      {progress.changesRequested > 0 ? ` · ${progress.changesRequested} with a change requested` : ''}
      {readable ? '' : ' · the whole design is too large to read here: each flow is shown up close'}
    </p>
  );
}

type StepProps = { design: Design; label: FlowLabel; flowId: string; outcome: FlowResult | undefined };

/** "#3 Backup  [Gateway]  as expected  [Accepted]": the flow, its verdict and its decision. */
function StepTitle({ design, label, flowId, outcome }: StepProps) {
  const state = outcome?.verdict ?? 'pending';
  const look = VERDICT_STYLES[state];
  const edge = design.edges.find((e) => e.id === flowId);
  const expect = edge?.kind === 'flow' ? edge.props.expect : undefined;
  const decision = decisionFor(design, flowId);
  return (
    <p className="flex min-w-0 items-center gap-3 text-[24px] leading-tight">
      <span className="shrink-0 font-bold tabular-nums" data-testid="present-number">
        #{label.number}
      </span>
      <span className="min-w-0 truncate font-semibold" data-testid="present-name" title={label.name || label.route}>
        {label.name || label.route}
      </span>
      <span
        className={`inline-flex shrink-0 items-center gap-1.5 rounded-full px-3 py-0.5 text-[18px] font-semibold ring-1 ring-inset ${look.badge}`}
        data-testid="present-verdict"
      >
        <VerdictIcon state={state} size={18} />
        {look.word}
      </span>
      {expect && outcome?.expectationMet !== undefined ? (
        <span
          className={`shrink-0 text-[17px] font-medium ${outcome.expectationMet ? 'text-slate-600 dark:text-slate-300' : 'text-red-700 dark:text-red-300'}`}
        >
          {outcome.expectationMet ? `as expected` : `expected ${VERDICT_STYLES[expect].word}`}
        </span>
      ) : null}
      {decision ? <DecisionBadge decision={decision} /> : null}
    </p>
  );
}

/**
 * The reason that decided the verdict, on up to two lines across the screen (the rest is under
 * Why), and the decision's words beside it.
 */
function StepDetails({ design, flowId, outcome }: Omit<StepProps, 'label'>) {
  const look = VERDICT_STYLES[outcome?.verdict ?? 'pending'];
  const decisive = outcome?.findings.find((finding) => finding.decisive) ?? outcome?.findings[0];
  const others = (outcome?.findings.length ?? 0) - (decisive ? 1 : 0);
  const decision = decisionFor(design, flowId);
  return (
    <div className="flex min-w-0 items-start gap-4">
      <p
        className="line-clamp-2 min-w-0 flex-1 text-[18px] leading-snug"
        data-testid="present-reason"
        title={decisive?.message}
      >
        {decisive ? decisive.message : `${look.meaning}.`}
        {others > 0 ? (
          <span className="text-slate-500 dark:text-slate-400">
            {' '}
            · {others} more {others === 1 ? 'finding' : 'findings'} under Why
          </span>
        ) : null}
      </p>
      {decision ? <DecisionText key={`${flowId}:${decision.at}`} flowId={flowId} text={decision.text} /> : null}
    </div>
  );
}

/** The path the flow takes, as traceroute prints it ("*" for the gateway), before the buttons. */
function StepPath({ label, outcome }: { label: FlowLabel; outcome: FlowResult | undefined }) {
  const path = outcome ? outcome.path.map((hop, i) => (i === 0 ? hop.label : hop.gateway ? '*' : hop.label)) : [];
  const pathText = path.length > 0 ? path.join(' → ') : 'no route';
  return (
    <p
      className="min-w-0 flex-1 truncate font-mono text-[15px] text-slate-700 dark:text-slate-200"
      data-testid="present-path"
      title={label.name ? `${label.route}: ${pathText}` : pathText}
    >
      {label.name ? <span className="mr-3 font-sans text-slate-500 dark:text-slate-400">{label.route}:</span> : null}
      {pathText}
    </p>
  );
}

/**
 * The decision's words, typed during the meeting: written when the field is left or Enter is pressed.
 * Keyed by the decision's time, so a decision made anew starts from its own text.
 */
function DecisionText({ flowId, text }: { flowId: string; text: string }) {
  const [draft, setDraft] = useState(text);
  const readOnly = useDesignStore((s) => s.readOnly);
  return (
    <input
      type="text"
      aria-label="Decision note"
      placeholder="Why, or what must change"
      value={draft}
      maxLength={2000}
      disabled={readOnly}
      title={readOnly ? READ_ONLY_DECISION : undefined}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={() => explainDecision(flowId, draft)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          explainDecision(flowId, draft);
          event.currentTarget.blur();
        }
      }}
      className="w-80 shrink-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-[15px] dark:border-slate-600 dark:bg-slate-800"
    />
  );
}

function ActionButton({
  id,
  editor,
  disabled,
  primary,
  children,
}: {
  id: ActionId;
  editor: EditorActions;
  disabled?: boolean;
  primary?: boolean;
  children: ReactNode;
}) {
  const action = actionById(id);
  const key = action.keys[0] === ' ' ? 'Space' : action.keys[0];
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={() => action.perform(actionContext(editor))}
      title={`${action.label} (${action.keys.map((k) => (k === ' ' ? 'Space' : k)).join(', ')})`}
      className={`inline-flex shrink-0 items-center gap-2 rounded-lg px-3 py-1.5 text-[16px] font-semibold ring-1 disabled:opacity-40 ${
        primary
          ? 'bg-sky-700 text-white ring-sky-700 hover:bg-sky-800'
          : 'bg-white text-slate-800 ring-slate-300 hover:bg-slate-100 dark:bg-slate-800 dark:text-slate-100 dark:ring-slate-600 dark:hover:bg-slate-700'
      }`}
    >
      {children}
      <kbd
        className={`rounded border px-1 font-sans text-[12px] ${primary ? 'border-sky-300 text-sky-100' : 'border-slate-300 text-slate-500 dark:border-slate-600 dark:text-slate-400'}`}
      >
        {key === 'ArrowRight' ? '→' : key === 'ArrowLeft' ? '←' : key}
      </kbd>
    </button>
  );
}
