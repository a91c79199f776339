import { ShowMore, usePaged, useSteppedRows } from './ShowMore.tsx';
import { memo, useMemo, useState, type ReactNode } from 'react';
import { placedRow, samePlacement, VirtualRows, type Placement } from './VirtualRows.tsx';
import type { Decision, DecisionStatus, Design, EvaluationResult } from '../../engine/index.ts';
import { flowSummary } from '../findings/flow-summary.ts';
import { SEVERITY_STYLES } from '../findings/severity-style.ts';
import { flowLabels, isFlow } from '../words.ts';
import type { Analysis } from '../queries/useAnalysis.ts';
import { useUiStore } from '../store/ui-store.ts';
import { LEGEND_VERDICTS, VERDICT_STYLES, type FlowState } from '../verdict-style.ts';
import { VerdictIcon } from '../canvas/VerdictIcon.tsx';
import { VerdictLine } from './VerdictLine.tsx';
import { decisionsByFlow, reviewProgress } from '../review/decisions.ts';
import { noteCounts, notesWord } from '../review/notes.ts';
import { DECISION_WORDS } from '../review/review-rows.ts';
import { DECISION_LOOKS, DecisionBadge } from './present/decision-look.tsx';

type FlowRow = {
  id: string;
  number: number;
  /** The name the flow was given; empty when it has none. */
  name: string;
  route: string;
  state: FlowState;
  expect?: FlowState;
  expectationMet?: boolean;
  findings: number;
  decision?: Decision;
  notes: number;
};

/** Rows shown before "Show more". */
export const ROWS_PER_PAGE = 200;
/** Above this many rows, the list draws only those in view (VirtualFlowRows). */
export const VIRTUAL_FROM = ROWS_PER_PAGE;
const NO_ROWS: readonly FlowRow[] = [];

/** Which flows the list shows, by where their review stands. */
type ReviewFilter = 'all' | 'open' | DecisionStatus;
const FILTERS: { value: ReviewFilter; words: string }[] = [
  { value: 'all', words: 'All flows' },
  { value: 'open', words: DECISION_WORDS.notReviewed },
  { value: 'accepted', words: DECISION_WORDS.accepted },
  { value: 'changesRequested', words: DECISION_WORDS.changesRequested },
];

function shownBy(filter: ReviewFilter, row: FlowRow): boolean {
  if (filter === 'all') return true;
  if (filter === 'open') return row.decision === undefined;
  return row.decision?.status === filter;
}

function flowRows(design: Design, result: EvaluationResult | null): FlowRow[] {
  const labels = flowLabels(design);
  const decisions = decisionsByFlow(design);
  const notes = noteCounts(design.notes);
  return design.edges.filter(isFlow).map((flow) => {
    const outcome = result?.flows[flow.id];
    const label = labels.get(flow.id);
    return {
      id: flow.id,
      number: label?.number ?? 0,
      name: label?.name ?? '',
      route: label?.route ?? flow.id,
      state: outcome?.verdict ?? 'pending',
      ...(flow.props.expect ? { expect: flow.props.expect } : {}),
      ...(outcome?.expectationMet !== undefined ? { expectationMet: outcome.expectationMet } : {}),
      findings: flowSummary(outcome).findings,
      ...(decisions.has(flow.id) ? { decision: decisions.get(flow.id) } : {}),
      notes: notes.get(flow.id) ?? 0,
    };
  });
}

/** How many flows, and how many of them have each verdict (pending ones are not counted). */
export type FlowCounts = { total: number; byVerdict: readonly { verdict: FlowState; count: number }[] };

export function flowCounts(design: Design, result: EvaluationResult | null): FlowCounts {
  const tally = new Map<FlowState, number>();
  let total = 0;
  for (const edge of design.edges) {
    if (!isFlow(edge)) continue;
    total++;
    const verdict = result?.flows[edge.id]?.verdict ?? 'pending';
    tally.set(verdict, (tally.get(verdict) ?? 0) + 1);
  }
  const byVerdict = LEGEND_VERDICTS.map((verdict) => ({ verdict, count: tally.get(verdict) ?? 0 })).filter(
    (c) => c.count > 0,
  );
  return { total, byVerdict };
}

/**
 * The flows of the design with their verdicts. The heading's counts are given apart (`counts`):
 * they follow the canvas's colours, while the rows, hundreds of them, follow a task later.
 */
export const FlowList = memo(function FlowList(props: { design: Design; analysis: Analysis; counts: FlowCounts }) {
  const { design, analysis, counts: heading } = props;
  const rows = useMemo(() => flowRows(design, analysis.shown), [design, analysis.shown]);
  const progress = useMemo(() => reviewProgress(design), [design]);
  const [filter, setFilterState] = useState<ReviewFilter>('all');
  const matching = useMemo(
    () => (filter === 'all' ? rows : rows.filter((row) => shownBy(filter, row))),
    [filter, rows],
  );
  // A long list is virtual: only the rows in view are drawn, and every row is a scroll away.
  const virtual = matching.length > VIRTUAL_FROM;
  const paged = usePaged(virtual ? NO_ROWS : matching, ROWS_PER_PAGE);
  const { hidden, more, reset } = paged;
  const shown = useSteppedRows(paged.shown);
  const setFilter = (next: ReviewFilter) => {
    setFilterState(next);
    reset();
  };
  const highlighted = useUiStore((s) => s.highlightedFlowId);
  const setHighlightedFlow = useUiStore((s) => s.setHighlightedFlow);
  const selectedEdges = useUiStore((s) => s.selection.edgeIds);
  const counts = heading.byVerdict;

  return (
    <section aria-labelledby="flows-heading">
      <div className="px-5 pt-5 pb-3">
        <h2 id="flows-heading" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          Flows <span className="font-normal text-slate-600 dark:text-slate-400">{heading.total}</span>
        </h2>
        {counts.length > 0 ? (
          <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            {counts.map((c) => `${c.count} ${VERDICT_STYLES[c.verdict].word}`).join(' · ')}
          </p>
        ) : null}
        {heading.total > 0 ? <ReviewProgressBar progress={progress} filter={filter} onFilter={setFilter} /> : null}
      </div>

      {analysis.status === 'failed' ? (
        <div role="alert" className="mx-5 mb-3 rounded-lg bg-red-50 px-3 py-2 text-xs text-red-800 ring-1 ring-red-200">
          <p className="font-semibold">The analysis could not run</p>
          <ul className="mt-1 list-disc pl-4">
            {analysis.errors.slice(0, 5).map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {rows.length === 0 ? (
        <p className="px-5 text-sm text-slate-600 dark:text-slate-400">This design has no flows yet.</p>
      ) : matching.length === 0 ? (
        <p className="px-5 text-sm text-slate-600 dark:text-slate-400">
          No flow is “{FILTERS.find((f) => f.value === filter)?.words}”.{' '}
          <button type="button" className="font-medium text-sky-700 hover:underline" onClick={() => setFilter('all')}>
            Show all flows
          </button>
        </p>
      ) : virtual ? (
        <VirtualRows
          items={matching}
          keyOf={(row) => row.id}
          // A route, and a line of findings under it; 4 px apart, as space-y-1 sets them drawn whole.
          estimate={52}
          gap={4}
          label="Flows and verdicts"
          className="mx-3"
          onMouseLeave={() => setHighlightedFlow(null)}
          row={(row, placement) => (
            <FlowItem
              key={row.id}
              row={row}
              selected={selectedEdges.includes(row.id)}
              highlighted={highlighted === row.id}
              placement={placement}
            />
          )}
        />
      ) : (
        <ul aria-label="Flows and verdicts" className="space-y-1 px-3" onMouseLeave={() => setHighlightedFlow(null)}>
          {shown.map((row) => (
            <FlowItem
              key={row.id}
              row={row}
              selected={selectedEdges.includes(row.id)}
              highlighted={highlighted === row.id}
            />
          ))}
        </ul>
      )}
      <div className="px-5 pb-4">
        {virtual ? null : <ShowMore hidden={hidden} page={ROWS_PER_PAGE} onMore={more} />}
      </div>
    </section>
  );
});

type FlowItemProps = {
  row: FlowRow;
  selected: boolean;
  highlighted: boolean;
  /** In a virtual list: where the row is, and how its height is measured. */
  placement?: Placement | undefined;
};

// One row; a large design has hundreds, so a row re-renders only when what it shows changes.
const FlowItem = memo(
  function FlowItem({ row, selected, highlighted, placement }: FlowItemProps) {
    const look = VERDICT_STYLES[row.state];
    return (
      <li
        {...placedRow(placement)}
        aria-label={`#${row.number} ${row.name ? `${row.name}, ` : ''}${row.route}: ${look.word}${row.decision ? `, ${DECISION_LOOKS[row.decision.status].word.toLowerCase()}` : ''}`}
        onMouseEnter={() => useUiStore.getState().setHighlightedFlow(row.id)}
        className={`${placement ? '' : 'fp-lazy-row '}rounded-lg transition-colors ${selected ? 'bg-sky-50 ring-1 ring-sky-300 dark:bg-sky-950 dark:ring-sky-800' : highlighted ? 'bg-slate-100 dark:bg-slate-800' : 'hover:bg-slate-50 dark:hover:bg-slate-800/60'}`}
      >
        {/* The row is one button, so Tab reaches it and Enter or Space selects the flow. */}
        <button
          type="button"
          aria-current={selected ? 'true' : undefined}
          onClick={() => useUiStore.getState().setSelection({ nodeIds: [], edgeIds: [row.id] })}
          onFocus={() => useUiStore.getState().setHighlightedFlow(row.id)}
          className="block w-full cursor-pointer rounded-lg px-2 py-2 text-left focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none"
        >
          <span className="flex items-start gap-2.5">
            <span className="flex h-5 items-center">
              <VerdictLine state={row.state} width={26} />
            </span>
            <span className="min-w-0 flex-1 text-[13px] leading-5 break-words text-slate-800 dark:text-slate-200">
              <span className="mr-1 font-semibold text-slate-600 tabular-nums dark:text-slate-400">#{row.number}</span>
              {row.name ? (
                <>
                  <span className="font-medium">{row.name}</span>
                  <span className="block text-[11px] leading-4 text-slate-600 dark:text-slate-400">{row.route}</span>
                </>
              ) : (
                row.route
              )}
            </span>
            <span className="flex flex-col items-end gap-1">
              <span
                className={`flex items-center gap-1 rounded-full px-2 py-0.5 text-[11px] font-semibold ring-1 ring-inset ${look.badge}`}
              >
                <VerdictIcon state={row.state} size={12} />
                {look.word}
              </span>
              {row.decision ? <DecisionBadge decision={row.decision} size="small" /> : null}
            </span>
          </span>
          <FlowNotes row={row} />
        </button>
      </li>
    );
  },
  (a, b) =>
    a.selected === b.selected &&
    a.highlighted === b.highlighted &&
    sameRow(a.row, b.row) &&
    samePlacement(a.placement, b.placement),
);

function sameRow(a: FlowRow, b: FlowRow): boolean {
  return (
    a.id === b.id &&
    a.number === b.number &&
    a.name === b.name &&
    a.route === b.route &&
    a.state === b.state &&
    a.expect === b.expect &&
    a.expectationMet === b.expectationMet &&
    a.findings === b.findings &&
    a.decision === b.decision &&
    a.notes === b.notes
  );
}

function FlowNotes({ row }: { row: FlowRow }) {
  const notes: ReactNode[] = [];
  if (row.expect && row.expectationMet === false) {
    notes.push(
      <span key="expect" className={`font-medium ${SEVERITY_STYLES.error.text}`}>
        Expected {VERDICT_STYLES[row.expect].word}
      </span>,
    );
  } else if (row.expect && row.expectationMet === true) {
    notes.push(<span key="expect">As expected</span>);
  }
  if (row.findings > 0)
    notes.push(<span key="findings">{row.findings === 1 ? '1 finding' : `${row.findings} findings`}</span>);
  if (row.notes > 0) notes.push(<span key="notes">{notesWord(row.notes)}</span>);
  if (notes.length === 0) return null;
  return <span className="mt-0.5 flex gap-2 pl-[36px] text-[11px] text-slate-600 dark:text-slate-400">{notes}</span>;
}

/** "5 of 12 flows reviewed", a bar of it, and the filter by review status. */
function ReviewProgressBar(props: {
  progress: ReturnType<typeof reviewProgress>;
  filter: ReviewFilter;
  onFilter: (filter: ReviewFilter) => void;
}) {
  const { progress, filter, onFilter } = props;
  const share = (count: number) => `${progress.total === 0 ? 0 : (count / progress.total) * 100}%`;
  return (
    <div className="mt-2.5">
      <div className="flex items-center justify-between gap-2">
        <p className="text-xs text-slate-600 dark:text-slate-300" data-testid="review-progress">
          <span className="font-semibold">
            {progress.reviewed} of {progress.total}
          </span>{' '}
          {progress.total === 1 ? 'flow' : 'flows'} reviewed
        </p>
        <label className="flex items-center gap-1 text-xs text-slate-600 dark:text-slate-400">
          <span className="sr-only">Show</span>
          <select
            aria-label="Show flows by review status"
            value={filter}
            onChange={(event) => onFilter(event.target.value as ReviewFilter)}
            className="rounded-md border border-slate-300 bg-white px-1.5 py-0.5 text-xs text-slate-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-200"
          >
            {FILTERS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.words}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div
        className="mt-1.5 flex h-1.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
        role="progressbar"
        aria-label="Flows reviewed"
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.reviewed}
        aria-valuetext={`${progress.reviewed} of ${progress.total} flows reviewed`}
      >
        <span className="bg-green-600" style={{ width: share(progress.accepted) }} />
        <span className="bg-amber-500" style={{ width: share(progress.changesRequested) }} />
      </div>
    </div>
  );
}
