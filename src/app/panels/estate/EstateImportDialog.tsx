import { useEffect, useId, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { ESTATE_FORMAT_NAMES, type ProposedFlow } from '../../../estate/index.ts';
import { finishEstateImport } from '../../persistence/design-files.ts';
import { useEstateImportStore, type PendingEstate } from '../../store/estate-import-store.ts';

// An estate export, converted: what was read and what it became, what was left out and why, what
// was assumed, and the flows proposed from each proposed site, to keep or trim before the design is
// created. Nothing left the browser to get here.

const BUTTON =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-xs hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-sky-500/40 focus-visible:outline-none dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700';
const PRIMARY =
  'rounded-md bg-sky-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-sky-800 disabled:opacity-50';
/** The report's first so many resources left out are listed; the rest behind "N more". */
const LEFT_OUT_SHOWN = 30;

/** Up to this many flows from one site are listed one by one; more are grouped by VNet. */
const FLAT_LIST_UP_TO = 40;

type Kept = { kept: ReadonlySet<string>; setKept: Dispatch<SetStateAction<ReadonlySet<string>>> };

/** `kept` with every one of `ids` in or out. */
function withKept(kept: ReadonlySet<string>, ids: readonly string[], on: boolean): ReadonlySet<string> {
  const next = new Set(kept);
  for (const id of ids) {
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}

const LINK = 'font-medium text-sky-700 underline-offset-2 hover:underline dark:text-sky-300';
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
            {report.ignored.slice(0, LEFT_OUT_SHOWN).map((item, index) => (
              <li key={`${item.name}-${index}`}>
                <strong>{item.name}</strong>: {item.reason}
              </li>
            ))}
            {report.ignored.length > LEFT_OUT_SHOWN ? (
              <li>
                <details>
                  <summary className="cursor-pointer">{report.ignored.length - LEFT_OUT_SHOWN} more</summary>
                  <ul className="space-y-0.5">
                    {report.ignored.slice(LEFT_OUT_SHOWN).map((item, index) => (
                      <li key={`${item.name}-${index}`}>
                        <strong>{item.name}</strong>: {item.reason}
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ) : null}
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
            {flows.length > FLAT_LIST_UP_TO ? (
              <GroupedFlows flows={flows} kept={kept} setKept={setKept} />
            ) : (
              <ul className="mt-1 grid gap-0.5 sm:grid-cols-2">
                {flows.map((flow) => (
                  <li key={flow.id}>
                    <FlowCheckbox flow={flow} kept={kept} setKept={setKept} />
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
        ))
      )}

      {/* Kept in view while a long list scrolls under it. */}
      <div className="sticky bottom-0 -mx-5 -mb-4 mt-5 flex flex-wrap justify-end gap-2 border-t border-slate-200 bg-white px-5 py-3 dark:border-slate-700 dark:bg-slate-900">
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

function FlowCheckbox({ flow, kept, setKept }: { flow: ProposedFlow } & Kept) {
  return (
    <label className="flex items-center gap-2 text-xs">
      <input
        type="checkbox"
        checked={kept.has(flow.id)}
        onChange={(event) => setKept((before) => withKept(before, [flow.id], event.target.checked))}
      />
      {flow.route.split(' → ')[1] ?? flow.target}
    </label>
  );
}

/**
 * A large estate's flows from one site, one row per VNet: a checkbox keeps or drops all of the
 * VNet's flows (mixed when only some are kept), and the VNet opens to pick them one by one. A
 * VNet's own list is drawn only while it is open: hundreds of rows at once would hold the page up.
 */
function GroupedFlows({ flows, kept, setKept }: { flows: readonly ProposedFlow[] } & Kept) {
  const byVnet = useMemo(() => {
    const groups = new Map<string, ProposedFlow[]>();
    for (const flow of flows) groups.set(flow.vnet, [...(groups.get(flow.vnet) ?? []), flow]);
    return [...groups].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  }, [flows]);
  const ids = flows.map((flow) => flow.id);
  return (
    <>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
        {flows.length} flows into {byVnet.length} VNets.
        <button type="button" className={LINK} onClick={() => setKept((before) => withKept(before, ids, true))}>
          Keep all
        </button>
        <button type="button" className={LINK} onClick={() => setKept((before) => withKept(before, ids, false))}>
          Keep none
        </button>
      </p>
      <ul className="mt-1 grid gap-0.5 sm:grid-cols-2">
        {byVnet.map(([vnet, inVnet]) => (
          // Rows scrolled out of the dialog are not laid out: opening it stays quick at estate size.
          <li key={vnet} className="[contain-intrinsic-size:auto_1.25rem] [content-visibility:auto]">
            <VnetFlows vnet={vnet} flows={inVnet} kept={kept} setKept={setKept} />
          </li>
        ))}
      </ul>
    </>
  );
}

function VnetFlows({ vnet, flows, kept, setKept }: { vnet: string; flows: readonly ProposedFlow[] } & Kept) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLInputElement>(null);
  const count = flows.filter((flow) => kept.has(flow.id)).length;
  useEffect(() => {
    if (box.current) box.current.indeterminate = count > 0 && count < flows.length;
  }, [count, flows.length]);
  const ids = flows.map((flow) => flow.id);
  return (
    <div className="text-xs">
      <div className="flex items-center gap-2">
        <input
          ref={box}
          type="checkbox"
          aria-label={`${vnet}: ${flows.length} ${flows.length === 1 ? 'flow' : 'flows'}`}
          checked={count === flows.length}
          onChange={(event) => setKept((before) => withKept(before, ids, event.target.checked))}
        />
        <button
          type="button"
          aria-expanded={open}
          className="truncate text-left hover:underline"
          onClick={() => setOpen((was) => !was)}
        >
          {vnet}{' '}
          <span className="text-slate-500 dark:text-slate-400">
            ({count === flows.length ? flows.length : `${count} of ${flows.length}`})
          </span>
        </button>
      </div>
      {open ? (
        <ul className="mt-0.5 ml-6 space-y-0.5">
          {flows.map((flow) => (
            <li key={flow.id}>
              <FlowCheckbox flow={flow} kept={kept} setKept={setKept} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
