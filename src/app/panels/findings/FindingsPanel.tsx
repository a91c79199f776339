import { lazy, memo, Suspense, useMemo, useState } from 'react';
import { useRevealOnCanvas } from '../reveal.ts';
import { ShowMore, usePaged } from '../ShowMore.tsx';
import { placedRow, samePlacement, VirtualRows, type Placement } from '../VirtualRows.tsx';
import { SEVERITIES, type Design, type EvaluationResult, type Severity } from '../../../engine/index.ts';
import { findingRows, type FindingRow } from '../../findings/rows.ts';
import { SEVERITY_STYLES } from '../../findings/severity-style.ts';
import { useLiveStore } from '../../live/live-store.ts';

// Parts a live session's merge set aside are errors too; their code comes with the session's.
const SetAsideFindings = lazy(() => import('./SetAsideFindings.tsx').then((m) => ({ default: m.SetAsideFindings })));

// The findings panel: every finding with its severity, rule, subject, remediation, confidence and
// source; a click selects the subject and brings it into view.

type Filter = Severity | 'all';

// A large design has thousands of findings, worst first: more than a page of them, and the list
// draws only those in view (VirtualRows).
const PAGE = 40;
const NO_ROWS: readonly FindingRow[] = [];

export const FindingsPanel = memo(function FindingsPanel({
  design,
  result,
}: {
  design: Design;
  result: EvaluationResult;
}) {
  const rows = useMemo(() => findingRows(design, result), [design, result]);
  const [filter, setFilter] = useState<Filter>('all');
  const matching = useMemo(
    () => (filter === 'all' ? rows : rows.filter((row) => row.severity === filter)),
    [filter, rows],
  );
  const virtual = matching.length > PAGE;
  const { shown, hidden, more } = usePaged(virtual ? NO_ROWS : matching, PAGE);
  const setAside = useLiveStore((s) => s.setAside.length);
  const showSetAside = setAside > 0 && (filter === 'all' || filter === 'error');
  const count = (severity: Severity) =>
    rows.filter((row) => row.severity === severity).length + (severity === 'error' ? setAside : 0);

  return (
    <section aria-label="Findings" className="border-t border-slate-100 px-5 pt-4 pb-5 dark:border-slate-800">
      <div className="flex items-center justify-between gap-3">
        <h2 className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          Findings <span className="font-normal text-slate-500 dark:text-slate-400">{rows.length + setAside}</span>
        </h2>
        <span className="flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400">
          <label htmlFor="findings-filter">Show</label>
          <select
            id="findings-filter"
            value={filter}
            onChange={(event) => setFilter(event.target.value as Filter)}
            className="rounded-md border border-slate-300 bg-white px-1.5 py-0.5 text-xs dark:border-slate-600 dark:bg-slate-800"
          >
            <option value="all">All</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {SEVERITY_STYLES[severity].plural} ({count(severity)})
              </option>
            ))}
          </select>
        </span>
      </div>
      {matching.length === 0 && !showSetAside ? (
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
          {rows.length + setAside === 0 ? 'Nothing to report for this design.' : 'None of this severity.'}
        </p>
      ) : (
        <>
          {showSetAside || shown.length > 0 ? (
            <ul className="mt-2 space-y-1.5">
              {showSetAside ? (
                <Suspense fallback={null}>
                  <SetAsideFindings />
                </Suspense>
              ) : null}
              {shown.map((row) => (
                <FindingItem key={row.key} row={row} />
              ))}
            </ul>
          ) : null}
          {virtual ? (
            <VirtualRows
              items={matching}
              keyOf={(row) => row.key}
              // A heading, a message and a fix on two lines each, a source: 6 px apart as space-y-1.5.
              estimate={150}
              gap={6}
              className={showSetAside ? 'mt-1.5' : 'mt-2'}
              row={(row, placement) => <FindingItem key={row.key} row={row} placement={placement} />}
            />
          ) : null}
        </>
      )}
      {virtual ? null : <ShowMore hidden={hidden} page={PAGE} onMore={more} />}
    </section>
  );
});

// Memoised: a large design lists hundreds of findings, and most stay the same from one edit to the next.
const FindingItem = memo(
  function FindingItem({ row, placement }: { row: FindingRow; placement?: Placement | undefined }) {
    const revealOnCanvas = useRevealOnCanvas();
    const reveal = () => {
      revealOnCanvas(row.subject);
      // The inspector above now shows the subject; bring it into view in the side panel.
      document.querySelector('[aria-label="Inspector"]')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    };
    const look = SEVERITY_STYLES[row.severity];
    return (
      <li
        {...placedRow(placement)}
        className={`${placement ? '' : 'fp-lazy-row '}rounded-lg text-xs text-slate-600 ring-1 ring-slate-200 dark:text-slate-300 dark:ring-slate-700`}
      >
        <button
          type="button"
          onClick={reveal}
          className="w-full rounded-lg px-2.5 py-2 text-left hover:bg-slate-50 dark:hover:bg-slate-800"
          aria-label={`${look.word}: ${row.message} (${row.subjectLabel})`}
        >
          <span className="flex items-center gap-1.5">
            <span className={`size-2 shrink-0 rounded-full ${look.dot}`} aria-hidden="true" />
            <span className="font-semibold text-slate-800 dark:text-slate-100">{look.word}</span>
            <code className="truncate text-[11px] text-slate-500 dark:text-slate-400">{row.ruleId}</code>
            <span className="ml-auto truncate text-[11px] text-slate-500 dark:text-slate-400" title={row.subjectLabel}>
              {row.subjectLabel}
            </span>
          </span>
          <span className="mt-1 block">{row.message}</span>
          {row.remediation ? (
            <span className="mt-1 block text-slate-500 dark:text-slate-400">Fix: {row.remediation}</span>
          ) : null}
        </button>
        <p className="flex flex-wrap gap-x-2 px-2.5 pb-2 text-[11px] text-slate-500 dark:text-slate-400">
          {row.confidence ? <span>Confidence: {row.confidence}</span> : null}
          {row.flows > 1 ? <span>{row.flows} flows</span> : null}
          {row.source ? (
            <a
              className="text-sky-700 underline dark:text-sky-400"
              href={row.source.url}
              target="_blank"
              rel="noreferrer"
            >
              {row.source.title}, {row.source.date}
            </a>
          ) : null}
        </p>
      </li>
    );
  },
  (a, b) => sameRow(a.row, b.row) && samePlacement(a.placement, b.placement),
);

function sameRow(a: FindingRow, b: FindingRow): boolean {
  return (
    a.key === b.key &&
    a.severity === b.severity &&
    a.subjectLabel === b.subjectLabel &&
    a.remediation === b.remediation &&
    a.confidence === b.confidence &&
    a.flows === b.flows &&
    a.source?.url === b.source?.url &&
    a.source?.date === b.source?.date
  );
}
