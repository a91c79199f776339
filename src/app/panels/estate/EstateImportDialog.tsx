import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { ESTATE_FORMAT_NAMES } from '../../../estate/index.ts';
import { finishEstateImport } from '../../persistence/design-files.ts';
import { useEstateImportStore, type PendingEstate } from '../../store/estate-import-store.ts';

// An estate export, converted: what was read and what it became, what was left out and why, what
// was assumed, and the flows proposed from each proposed site, to keep or trim before the design is
// created. Nothing left the browser to get here.

const BUTTON =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-xs hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-sky-500/40 focus-visible:outline-none dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700';
const PRIMARY =
  'rounded-md bg-sky-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-800 disabled:opacity-50';
const HEADING = 'mt-4 text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400';

export function EstateImportDialog() {
  const pending = useEstateImportStore((s) => s.pending);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (pending && !element.open) element.showModal();
    if (!pending && element.open) element.close();
  }, [pending]);
  const cancel = () => useEstateImportStore.setState({ pending: null });
  return (
    <dialog
      ref={dialog}
      aria-label="Import an Azure estate"
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
      className="m-auto max-h-[90vh] w-full max-w-2xl overflow-y-auto rounded-xl border border-slate-200 bg-white p-0 text-slate-800 shadow-2xl backdrop:bg-slate-900/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      {pending ? <EstateReview key={pending.name} pending={pending} onCancel={cancel} /> : null}
    </dialog>
  );
}

function EstateReview({ pending, onCancel }: { pending: PendingEstate; onCancel: () => void }) {
  const { report, proposedFlows } = pending.estate;
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set(proposedFlows.map((flow) => flow.id)));
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const bySite = useMemo(() => {
    const groups = new Map<string, typeof proposedFlows>();
    for (const flow of proposedFlows) {
      const site = flow.route.split(' → ')[0] ?? flow.source;
      groups.set(site, [...(groups.get(site) ?? []), flow]);
    }
    return [...groups];
  }, [proposedFlows]);
  const total = report.read.reduce((sum, row) => sum + row.count, 0);
  const toggle = (id: string, on: boolean) =>
    setKept((before) => {
      const next = new Set(before);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <div className="px-5 py-4" aria-labelledby={titleId} role="document">
      <h2 id={titleId} className="text-base font-semibold">
        Import an Azure estate
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        “{pending.name}”, {ESTATE_FORMAT_NAMES[pending.estate.format]}: {total} resources read here, in this browser;
        nothing was sent anywhere.
      </p>
      {report.warnings.length ? (
        <ul
          role="alert"
          className="mt-3 space-y-1 rounded-lg bg-amber-50 p-2.5 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          {report.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}

      <h3 className={HEADING}>What was read</h3>
      <table className="mt-1 w-full text-left text-xs">
        <thead className="text-slate-500 dark:text-slate-400">
          <tr>
            <th className="py-1 pr-2 font-medium">Resource type</th>
            <th className="py-1 pr-2 font-medium">Read</th>
            <th className="py-1 font-medium">Became</th>
          </tr>
        </thead>
        <tbody>
          {report.read.map((row) => (
            <tr key={row.type} className="border-t border-slate-100 dark:border-slate-800">
              <td className="py-1 pr-2 font-mono text-[11px]">{row.type.replace('microsoft.network/', '')}</td>
              <td className="py-1 pr-2">{row.count}</td>
              <td className="py-1">{row.became || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.secretsDropped ? (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-300">
          {report.secretsDropped} authorization or shared {report.secretsDropped === 1 ? 'key was' : 'keys were'} in the
          export and {report.secretsDropped === 1 ? 'was' : 'were'} not read.
        </p>
      ) : null}

      {report.ignored.length ? (
        <>
          <h3 className={HEADING}>Left out ({report.ignored.length})</h3>
          <ul aria-label="Left out" className="mt-1 space-y-0.5 text-xs text-slate-700 dark:text-slate-200">
            {report.ignored.map((item, index) => (
              <li key={`${item.name}-${index}`}>
                <strong>{item.name}</strong>: {item.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.assumed.length ? (
        <>
          <h3 className={HEADING}>Assumed</h3>
          <ul
            aria-label="Assumed"
            className="mt-1 list-disc space-y-0.5 pl-5 text-xs text-slate-700 dark:text-slate-200"
          >
            {report.assumed.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h3 className={HEADING}>
        Proposed flows ({kept.size} of {proposedFlows.length} kept)
      </h3>
      {proposedFlows.length === 0 ? (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
          No flow to propose: no circuit in the export reaches a workload. Draw flows on the canvas after the import.
        </p>
      ) : (
        bySite.map(([site, flows]) => (
          <fieldset key={site} className="mt-2">
            <legend className="text-xs font-semibold text-slate-700 dark:text-slate-200">From {site}</legend>
            <ul className="mt-1 grid gap-0.5 sm:grid-cols-2">
              {flows.map((flow) => (
                <li key={flow.id}>
                  <label className="flex items-center gap-2 text-xs">
                    <input
                      type="checkbox"
                      checked={kept.has(flow.id)}
                      onChange={(event) => toggle(flow.id, event.target.checked)}
                    />
                    {flow.route.split(' → ')[1] ?? flow.target}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))
      )}

      <div className="mt-5 flex flex-wrap justify-end gap-2">
        <button type="button" className={BUTTON} onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className={PRIMARY}
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await finishEstateImport(kept);
            } finally {
              setBusy(false);
            }
          }}
        >
          Import with {kept.size} {kept.size === 1 ? 'flow' : 'flows'}
        </button>
      </div>
    </div>
  );
}
