import { useEffect, useMemo } from 'react';
import { CloseButton } from '../CloseButton.tsx';
import { isPackId, packInfo, type Design, type Finding, type PackId } from '../../../engine/index.ts';
import { useComparedAnalysis, type Analysis } from '../../queries/useAnalysis.ts';
import { useUiStore } from '../../store/ui-store.ts';
import { VERDICT_STYLES } from '../../verdict-style.ts';
import { PackOptions } from '../PackOptions.tsx';
import { VerdictChip } from '../VerdictChip.tsx';
import { compareEvaluations, olderPack, type VerdictChange } from './compare.ts';

export { defaultComparePack } from './compare.ts';

// The compare view: the design under its own rule pack and under a second one, and the flows whose
// verdict differs, each with the findings that explain the difference.

/** `analysis` is the design's own; the panel asks for the one under `comparePack` itself. */
export function ComparePanel({
  design,
  analysis: own,
  comparePack,
}: {
  design: Design;
  analysis: Analysis;
  comparePack: PackId;
}) {
  const other = useComparedAnalysis(comparePack);
  const setComparePack = useUiStore((s) => s.setComparePack);
  const setSelection = useUiStore((s) => s.setSelection);
  const ownResult = own.current;
  const otherResult = other.current;
  const comparison = useMemo(
    () => (ownResult && otherResult ? compareEvaluations(design, ownResult, otherResult) : null),
    [design, ownResult, otherResult],
  );
  const ownPack = design.rulesAsOf;
  const updating = own.updating || other.updating;
  const search = useUiStore((s) => s.compareSearch);
  const setSearch = useUiStore((s) => s.setCompareSearch);
  const settled = comparison !== null && !updating;
  const noChange = settled && comparison.changes.length === 0;
  // Opened from the header: where nothing changes, look one pack further back, until a flow
  // changes or the oldest pack is reached.
  useEffect(() => {
    if (search === null || !settled) return;
    const older = noChange ? olderPack(comparePack) : null;
    if (older && older !== ownPack) {
      setSearch([...search, comparePack]);
      setComparePack(older);
    } else setSearch(null);
  }, [search, settled, noChange, comparePack, ownPack, setSearch, setComparePack]);
  const searching = search !== null;
  const skipped = search ?? [];

  return (
    <section
      aria-label="Compare rule packs"
      aria-busy={comparison === null || updating}
      className="border-b border-slate-200 bg-sky-50/50 p-4 dark:border-slate-700 dark:bg-sky-950/20"
    >
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold text-slate-900 dark:text-slate-100">Compare rule packs</h2>
        <CloseButton label="Close the comparison" onClose={() => setComparePack(null)} />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
        <span>
          This design’s rules, <strong>{ownPack}</strong> ({packInfo(ownPack).date}),
        </span>
        <label className="flex items-center gap-1.5">
          against
          <select
            value={comparePack}
            onChange={(event) => {
              if (!isPackId(event.target.value)) return;
              setSearch(null);
              setComparePack(event.target.value);
            }}
            className="rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs dark:border-slate-600 dark:bg-slate-800"
          >
            <PackOptions />
          </select>
        </label>
      </div>
      <p className="mt-1 text-[11px] text-slate-500 dark:text-slate-400">{packInfo(comparePack).basis}</p>

      {other.status === 'failed' ? (
        <p role="alert" className="mt-3 text-xs text-red-700">
          The comparison could not run: {other.errors.join('; ')}
        </p>
      ) : comparison === null || searching ? (
        <p className="mt-3 text-xs text-slate-600 dark:text-slate-400" role="status">
          {skipped.length > 0
            ? `No flow changes under ${skipped.join(', ')}; looking further back…`
            : `Evaluating under ${comparePack}…`}
        </p>
      ) : (
        <>
          <p className="mt-3 text-xs font-medium text-slate-700 dark:text-slate-200" role="status">
            {comparison.changes.length === 0
              ? `No flow changes verdict (${comparison.unchanged} compared).`
              : `${comparison.changes.length} of ${comparison.changes.length + comparison.unchanged} flows change verdict under ${comparePack}.`}
          </p>
          <ul aria-label="Flows that change verdict" className="mt-2 space-y-2">
            {comparison.changes.map((change) => (
              <ChangeItem
                key={change.flowId}
                change={change}
                ownPack={ownPack}
                comparePack={comparePack}
                onSelect={() => setSelection({ nodeIds: [], edgeIds: [change.flowId] })}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * Why a flow's verdict differs: the findings only one of the two packs raises, each under the
 * pack that raises it. Notes (info) are left out when a warning or an error explains the change.
 */
function reasonsFor(change: VerdictChange, ownPack: PackId, comparePack: PackId): { finding: Finding; pack: PackId }[] {
  const all = [
    ...change.dropped.map((finding) => ({ finding, pack: ownPack })),
    ...change.added.map((finding) => ({ finding, pack: comparePack })),
  ];
  const weighty = all.filter((reason) => reason.finding.severity !== 'info');
  return weighty.length > 0 ? weighty : all;
}

function ChangeItem({
  change,
  ownPack,
  comparePack,
  onSelect,
}: {
  change: VerdictChange;
  ownPack: PackId;
  comparePack: PackId;
  onSelect: () => void;
}) {
  const reasons = reasonsFor(change, ownPack, comparePack);
  return (
    <li
      className="rounded-lg bg-white p-2.5 text-xs ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-700"
      aria-label={`${change.name}: ${VERDICT_STYLES[change.from].word} becomes ${VERDICT_STYLES[change.to].word}`}
    >
      <button
        type="button"
        onClick={onSelect}
        className="w-full text-left font-medium text-slate-800 hover:underline dark:text-slate-100"
      >
        {change.name}
      </button>
      <p className="mt-1 flex items-center gap-1.5">
        <VerdictChip verdict={change.from} />
        <span aria-hidden="true" className="text-slate-400">
          →
        </span>
        <VerdictChip verdict={change.to} />
      </p>
      {reasons.length > 0 ? (
        <ul className="mt-1.5 space-y-1 text-slate-600 dark:text-slate-300">
          {reasons.map(({ finding, pack }) => (
            <li key={`${pack}|${finding.ruleId}|${finding.subject}`}>
              <span className="font-medium">Under {pack}: </span>
              {finding.message}{' '}
              <a
                className="text-sky-700 underline dark:text-sky-400"
                href={finding.source.url}
                target="_blank"
                rel="noreferrer"
              >
                {finding.source.title} ({finding.source.date})
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
