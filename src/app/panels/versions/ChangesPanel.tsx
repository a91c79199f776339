import { useEffect, useRef, useState } from 'react';
import { useRevealOnCanvas } from '../reveal.ts';
import {
  isPackId,
  type DesignDiff,
  type DesignEdge,
  type DesignNode,
  type FlowChange,
  type PackId,
  type PartChange,
} from '../../../engine/index.ts';
import { readDesignFileOffThread } from '../../io/off-thread.ts';
import { useVersionComparison } from '../../queries/version-comparison.ts';
import { changeMarksOf } from '../../canvas/change-marks.ts';
import { VerdictChip } from '../VerdictChip.tsx';
import { useDesignStore } from '../../store/design-store.ts';
import { toast } from '../../store/notices.ts';
import { useUiStore, type CompareTarget } from '../../store/ui-store.ts';
import { VERDICT_STYLES } from '../../verdict-style.ts';
import { EFFECT_WORDS, flowTitle, partChangeWords, reasonsFor } from '../../../reports/diff-words.ts';
import { CloseButton } from '../CloseButton.tsx';
import { PackOptions } from '../PackOptions.tsx';

// The open design against an older version of it (or a design file): the flows whose outcome
// changed, worst first, with the findings that explain each; what changed in the design, part by
// part; and what was added or removed. Both sides are evaluated in the worker with the pack chosen
// here. A click on a change selects it on the canvas, where the changes are marked.

const plain = (text: string) => text;

export function ChangesPanel({ target }: { target: CompareTarget }) {
  const design = useDesignStore((s) => s.design);
  const session = useDesignStore((s) => s.session);
  const revision = useDesignStore((s) => s.revision);
  const setCompareTarget = useUiStore((s) => s.setCompareTarget);
  const setChangeMarks = useUiStore((s) => s.setChangeMarks);
  const [pack, setPack] = useState<PackId>(design?.rulesAsOf ?? 'latest');
  const since = target.kind === 'version' ? `“${target.label}”` : target.name;
  const query = useVersionComparison(target, design, session, revision, pack);
  const comparison = query.data;

  useEffect(() => {
    if (comparison) setChangeMarks(changeMarksOf(comparison.diff, comparison.older, since));
  }, [comparison, since, setChangeMarks]);
  // Closing the comparison takes its marks off the canvas.
  useEffect(() => () => setChangeMarks(null), [setChangeMarks]);

  const diff = comparison?.diff;
  const updating = query.isFetching || query.isPlaceholderData;
  return (
    <section
      aria-label="Changes"
      aria-busy={!diff || updating}
      className="border-b border-slate-200 bg-sky-50/50 p-4 dark:border-slate-700 dark:bg-sky-950/20"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 className="min-w-0 truncate text-sm font-semibold text-slate-900 dark:text-slate-100">
          Changes since {since}
        </h2>
        <CloseButton label="Close the comparison" onClose={() => setCompareTarget(null)} />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
        <label className="flex items-center gap-1.5">
          Both evaluated with the rules as of
          <select
            value={pack}
            onChange={(event) => {
              if (isPackId(event.target.value)) setPack(event.target.value);
            }}
            className="rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs dark:border-slate-600 dark:bg-slate-800"
          >
            <PackOptions />
          </select>
        </label>
        <CompareWithFile />
      </div>

      {query.isError ? (
        <p role="alert" className="mt-3 text-xs text-red-700 dark:text-red-300">
          The comparison could not run: {query.error.message}
        </p>
      ) : !diff ? (
        <p role="status" className="mt-3 text-xs text-slate-600 dark:text-slate-400">
          Comparing…
        </p>
      ) : (
        <ChangeLists diff={diff} />
      )}
    </section>
  );
}

function ChangeLists({ diff }: { diff: DesignDiff }) {
  const changedFlows = diff.flows.filter((flow) => flow.change === 'changed');
  const addedOrRemoved = diff.flows.filter((flow) => flow.change !== 'changed');
  const parts = [...diff.nodes, ...diff.edges];
  const { worse, better, newErrors } = diff.summary;
  const nothing = changedFlows.length + addedOrRemoved.length + parts.length + diff.design.length === 0;
  return (
    <>
      <p role="status" className="mt-3 text-xs font-medium text-slate-700 dark:text-slate-200">
        {nothing
          ? 'No changes: the design and its flows are as they were.'
          : `${worse} ${worse === 1 ? 'flow' : 'flows'} worse · ${better} better · ${newErrors} new ${newErrors === 1 ? 'error' : 'errors'} · ${parts.length} ${parts.length === 1 ? 'part' : 'parts'} changed`}
      </p>
      {changedFlows.length ? (
        <>
          <h3 className="mt-3 text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
            Flows
          </h3>
          <ul aria-label="Flows that changed" className="mt-1.5 space-y-2">
            {changedFlows.map((flow) => (
              <FlowItem key={flow.id} flow={flow} />
            ))}
          </ul>
        </>
      ) : null}
      {parts.length || diff.design.length ? (
        <>
          <h3 className="mt-3 text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
            Changes to the design
          </h3>
          <ul aria-label="Changes to the design" className="mt-1.5 space-y-1">
            {diff.design.map((change) => (
              <li key={change.field} className="text-xs text-slate-700 dark:text-slate-200">
                Design {change.field}: {String(change.before)} → {String(change.after)}
              </li>
            ))}
            {parts.map((change) => (
              <PartItem key={`${change.change}:${change.id}`} change={change} />
            ))}
          </ul>
        </>
      ) : null}
      {addedOrRemoved.length ? (
        <>
          <h3 className="mt-3 text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
            Flows added and removed
          </h3>
          <ul aria-label="Flows added and removed" className="mt-1.5 space-y-1">
            {addedOrRemoved.map((flow) => (
              <PartLine
                key={`${flow.change}:${flow.id}`}
                text={`${flow.change === 'added' ? 'Added' : 'Removed'} ${flowTitle(flow, plain)}${flow.after ? `: ${VERDICT_STYLES[flow.after.verdict].word}` : ''}${flow.effect === 'worse' ? ' (worse)' : ''}`}
                id={flow.change === 'removed' ? null : flow.id}
              />
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

const EFFECT_LOOK = {
  worse: 'bg-red-50 text-red-800 ring-red-600/20 dark:bg-red-950/60 dark:text-red-200',
  better: 'bg-green-50 text-green-800 ring-green-600/20 dark:bg-green-950/60 dark:text-green-200',
  neutral: 'bg-slate-50 text-slate-700 ring-slate-500/20 dark:bg-slate-800 dark:text-slate-200',
} as const;

function FlowItem({ flow }: { flow: FlowChange }) {
  const select = useRevealOnCanvas();
  const { cleared, findings } = reasonsFor(flow);
  const title = flowTitle(flow, plain);
  const from = flow.before?.verdict;
  const to = flow.after?.verdict;
  return (
    <li
      aria-label={`${title}: ${EFFECT_WORDS[flow.effect]}${from && to ? `, ${VERDICT_STYLES[from].word} to ${VERDICT_STYLES[to].word}` : ''}`}
      className="rounded-lg bg-white p-2.5 text-xs ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-700"
    >
      <p className="flex items-start gap-2">
        <span
          className={`shrink-0 rounded-full px-1.5 py-0.5 text-[10.5px] font-bold ring-1 ring-inset ${EFFECT_LOOK[flow.effect]}`}
        >
          {EFFECT_WORDS[flow.effect]}
        </span>
        <button
          type="button"
          onClick={() => select(flow.id)}
          className="min-w-0 text-left font-medium text-slate-800 hover:underline dark:text-slate-100"
        >
          {title}
        </button>
      </p>
      <p className="mt-1 flex flex-wrap items-center gap-1.5">
        {from ? <VerdictChip verdict={from} expectation={flow.before?.expectationMet} /> : null}
        <span aria-hidden="true" className="text-slate-400">
          →
        </span>
        {to ? <VerdictChip verdict={to} expectation={flow.after?.expectationMet} /> : null}
      </p>
      {findings.length ? (
        <ul className="mt-1.5 space-y-1 text-slate-600 dark:text-slate-300">
          {findings.slice(0, 3).map((finding) => (
            <li key={`${finding.ruleId}|${finding.subject}|${finding.severity}`}>
              <span className="font-medium">{cleared ? 'No longer: ' : 'Now: '}</span>
              {finding.message}{' '}
              <a
                className="text-sky-700 underline dark:text-sky-400"
                href={finding.source.url}
                target="_blank"
                rel="noreferrer"
              >
                {finding.source.title}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function PartItem({ change }: { change: PartChange<DesignNode> | PartChange<DesignEdge> }) {
  return <PartLine text={partChangeWords(change, plain)} id={change.change === 'removed' ? null : change.id} />;
}

function PartLine({ text, id }: { text: string; id: string | null }) {
  const select = useRevealOnCanvas();
  return (
    <li className="text-xs text-slate-700 dark:text-slate-200">
      {id ? (
        <button type="button" onClick={() => select(id)} className="text-left hover:underline">
          {text}
        </button>
      ) : (
        <span className="text-slate-500 line-through decoration-slate-400 dark:text-slate-400">{text}</span>
      )}
    </li>
  );
}

/** Compares the open design with a design file chosen from disk instead of a version. */
function CompareWithFile() {
  const input = useRef<HTMLInputElement>(null);
  const setCompareTarget = useUiStore((s) => s.setCompareTarget);
  return (
    <>
      <button
        type="button"
        onClick={() => input.current?.click()}
        className="rounded-md px-2 py-1 text-[11px] font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 dark:text-slate-200 dark:ring-slate-600 dark:hover:bg-slate-800"
      >
        Compare with a file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="hidden"
        aria-label="Design file to compare with"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          const read = await readDesignFileOffThread(file.name, new Uint8Array(await file.arrayBuffer()));
          if (!read.ok) {
            toast.error(`“${file.name}” cannot be compared: ${read.message}`);
            return;
          }
          setCompareTarget({ kind: 'file', name: file.name, design: read.design });
        }}
      />
    </>
  );
}
