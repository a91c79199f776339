import { useQueryClient } from '@tanstack/react-query';
import { isPackId, packInfo } from '../../engine/index.ts';
import { runCommand } from '../commands/editor.ts';
import { setRulesAsOf } from '../commands/update-design.ts';
import { retryEvaluations } from '../queries/evaluation.ts';
import type { Analysis } from '../queries/useAnalysis.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { LiveButton } from './live/LiveButton.tsx';
import { PackOptions } from './PackOptions.tsx';
import { SaveIndicator } from './StorageBanner.tsx';
import { VerdictLegend } from './VerdictLegend.tsx';

const SELECT_CLASS =
  'h-8 rounded-md border border-slate-300 bg-white pl-2.5 pr-8 text-sm text-slate-800 shadow-xs focus:border-sky-500 focus:ring-2 focus:ring-sky-500/30 focus:outline-none dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';
const BUTTON_CLASS =
  'h-8 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-700 shadow-xs hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-sky-500/40 focus-visible:outline-none dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700';

const PRESSED_CLASS =
  'aria-pressed:border-sky-400 aria-pressed:bg-sky-50 aria-pressed:text-sky-800 dark:aria-pressed:bg-sky-900 dark:aria-pressed:text-sky-100';

export function Header({ analysis }: { analysis: Analysis }) {
  const design = useDesignStore((s) => s.design);
  const setDialog = useUiStore((s) => s.setDialog);
  const theme = useUiStore((s) => s.theme);
  const setTheme = useUiStore((s) => s.setTheme);
  const comparePack = useUiStore((s) => s.comparePack);
  const setComparePack = useUiStore((s) => s.setComparePack);
  const versionsOpen = useUiStore((s) => s.versionsOpen);
  const toggleVersions = useUiStore((s) => s.toggleVersions);
  const title = design?.title || 'Untitled design';

  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900">
      <div className="flex h-16 items-center gap-3 px-5">
        <img src="/favicon.svg" alt="" className="size-8" />
        <div className="min-w-0 flex-1">
          <p className="flex items-center gap-3 text-[11px] font-semibold tracking-wider text-slate-500 uppercase dark:text-slate-400">
            FastPath Designer <SaveIndicator />
          </p>
          <h1 className="truncate text-lg leading-tight font-semibold text-slate-900 dark:text-slate-50" title={title}>
            {title}
          </h1>
        </div>

        <button type="button" className={BUTTON_CLASS} onClick={() => setDialog('designs')}>
          Designs
        </button>

        <button
          type="button"
          className={`${BUTTON_CLASS} ${PRESSED_CLASS}`}
          disabled={!design}
          aria-pressed={versionsOpen}
          title="Save a version of this design, compare with one, or restore one"
          onClick={() => {
            if (!versionsOpen && !useUiStore.getState().detailsOpen) useUiStore.getState().toggleDetails();
            toggleVersions();
          }}
        >
          Versions
        </button>

        <LiveButton className={`${BUTTON_CLASS} ${PRESSED_CLASS} inline-flex items-center`} disabled={!design} />

        <label className="flex items-center gap-2 text-xs font-medium text-slate-500 dark:text-slate-400">
          Rules as of
          <select
            className={SELECT_CLASS}
            value={design?.rulesAsOf ?? 'latest'}
            disabled={!design}
            onChange={(event) => {
              if (isPackId(event.target.value)) runCommand(setRulesAsOf, event.target.value);
            }}
          >
            <PackOptions />
          </select>
        </label>

        <button
          type="button"
          className={`${BUTTON_CLASS} ${PRESSED_CLASS}`}
          disabled={!design}
          aria-pressed={comparePack !== null}
          title="Which flows change verdict under another rule pack"
          onClick={async () => {
            if (comparePack !== null || !design) return setComparePack(null);
            // The compare panel loads on first use; its default pack comes with it.
            const { defaultComparePack } = await import('./compare/ComparePanel.tsx');
            setComparePack(defaultComparePack(design.rulesAsOf));
            useUiStore.getState().setCompareSearch([]);
          }}
        >
          Compare
        </button>

        <button
          type="button"
          className={`${BUTTON_CLASS} px-2`}
          aria-label={theme === 'dark' ? 'Light mode' : 'Dark mode'}
          title={theme === 'dark' ? 'Light mode' : 'Dark mode'}
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          {theme === 'dark' ? (
            <svg
              width="18"
              height="18"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              aria-hidden="true"
            >
              <circle cx="12" cy="12" r="4" />
              <path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4" />
            </svg>
          ) : (
            <svg
              width="18"
              height="18"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              aria-hidden="true"
            >
              <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />
            </svg>
          )}
        </button>
        <button
          type="button"
          className={`${BUTTON_CLASS} px-2.5`}
          aria-label="Keyboard shortcuts"
          title="Keyboard shortcuts (?)"
          onClick={() => setDialog('shortcuts')}
        >
          ?
        </button>
      </div>

      <div className="flex min-h-10 flex-wrap items-center justify-between gap-x-6 gap-y-1 border-t border-slate-100 bg-slate-50/70 px-5 py-1.5 dark:border-slate-800 dark:bg-slate-900/70">
        <VerdictLegend />
        <RulePackStatus analysis={analysis} />
      </div>
    </header>
  );
}

function RulePackStatus({ analysis }: { analysis: Analysis }) {
  const info = packInfo(analysis.rulesAsOf);
  const { status, stopped, updating, current } = analysis;
  const dot = updating
    ? 'bg-amber-400 animate-pulse'
    : stopped !== null || status === 'failed'
      ? 'bg-red-500'
      : status === 'done'
        ? 'bg-green-500'
        : 'bg-slate-300 animate-pulse';
  const state =
    stopped !== null
      ? 'Analysis stopped'
      : updating
        ? 'Updating…'
        : status === 'done'
          ? 'Evaluated'
          : status === 'failed'
            ? 'Analysis failed'
            : 'Evaluating…';
  const pack = current ? current.pack : { id: info.id, date: info.date };
  const dated = current && current.rulesAsOf !== pack.id ? ` (${current.rulesAsOf} rules)` : '';

  return (
    <div className="flex items-center gap-3">
      <p
        className="flex items-center gap-2 text-xs text-slate-500 dark:text-slate-400"
        role="status"
        aria-label="Analysis"
        title={info.basis}
      >
        <span className={`size-2 rounded-full ${dot}`} aria-hidden="true" />
        <span>{state}</span>
        {stopped !== null ? (
          <span className="font-medium text-red-700 dark:text-red-300">
            <span className="sr-only">: </span>
            {withoutLeadIn(stopped)}
          </span>
        ) : null}
        <span aria-hidden="true" className="text-slate-300">
          |
        </span>
        <span>
          Rule pack <strong className="font-semibold text-slate-700 dark:text-slate-200">{pack.id}</strong>
          {dated} · documentation as of {pack.date}
        </span>
      </p>
      {stopped !== null ? <RetryAnalysis /> : null}
    </div>
  );
}

/** "The analysis stopped: it took longer…" → "It took longer…": the state before it already says so. */
function withoutLeadIn(reason: string): string {
  const rest = reason.replace(/^The analysis stopped:\s*/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Asks the worker again after the analysis stopped; the verdicts on screen stay until it answers. */
function RetryAnalysis() {
  const client = useQueryClient();
  return (
    <button
      type="button"
      className={`${BUTTON_CLASS} h-7 px-2.5 text-xs`}
      onClick={() => void retryEvaluations(client)}
    >
      Retry analysis
    </button>
  );
}
