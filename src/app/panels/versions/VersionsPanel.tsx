import { useEffect, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { VERDICTS } from '../../../engine/index.ts';
import {
  deleteVersion,
  designFromVersion,
  openVersion,
  refreshVersions,
  restoreVersion,
  saveVersion,
  useStorageStore,
} from '../../persistence/session.ts';
import { MAX_VERSION_LABEL, type VersionSummary } from '../../persistence/version-repository.ts';
import { askToConfirm } from '../../store/confirm-store.ts';
import { useDesignStore } from '../../store/design-store.ts';
import { useUiStore } from '../../store/ui-store.ts';
import { VERDICT_STYLES } from '../../verdict-style.ts';
import { VerdictIcon } from '../../canvas/VerdictIcon.tsx';
import { CloseButton } from '../CloseButton.tsx';

// The versions of the open design: save one under a name, then compare the design with it, open it
// read-only, restore it, start a new design from it, or delete it. Versions kept by the app (when a
// review begins, before a restore) are listed with the saved ones and say why they exist.

const REASON_WORDS: Record<VersionSummary['reason'], string | null> = {
  saved: null,
  review: 'Kept when the review began',
  restore: 'Kept before a restore',
  import: 'Kept before an import',
};

const SMALL_BUTTON =
  'rounded-md px-2 py-1 text-[11px] font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-50 dark:text-slate-200 dark:ring-slate-600 dark:hover:bg-slate-800';

export function VersionsPanel() {
  const toggleVersions = useUiStore((s) => s.toggleVersions);
  const { list, viewing } = useStorageStore(useShallow((s) => ({ list: s.versions.list, viewing: s.viewing })));
  const stored = useDesignStore((s) => s.designId !== null);
  const [label, setLabel] = useState('');
  const [saving, setSaving] = useState(false);
  const available = stored || viewing !== null;

  useEffect(() => {
    void refreshVersions();
  }, [stored, viewing]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      if (await saveVersion(label)) setLabel('');
    } finally {
      setSaving(false);
    }
  };

  return (
    <section
      aria-label="Versions"
      className="border-b border-slate-200 bg-sky-50/50 p-4 dark:border-slate-700 dark:bg-sky-950/20"
    >
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold text-slate-900 dark:text-slate-100">Versions</h2>
        <CloseButton label="Close the versions" onClose={toggleVersions} />
      </div>
      {viewing ? (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
          Looking at “{viewing.label}”, read-only. The versions below are those of “{viewing.designTitle}”.
        </p>
      ) : (
        <form className="mt-2 flex items-end gap-2" onSubmit={(event) => void save(event)}>
          <label className="flex min-w-0 flex-1 flex-col gap-1 text-[11px] font-medium text-slate-600 dark:text-slate-300">
            Name of the new version
            <input
              value={label}
              maxLength={MAX_VERSION_LABEL}
              onChange={(event) => setLabel(event.target.value)}
              placeholder="Before the review"
              disabled={!available}
              className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-800 focus:border-sky-500 focus:ring-2 focus:ring-sky-500/30 focus:outline-none dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100"
            />
          </label>
          <button
            type="submit"
            disabled={!available || saving || !label.trim()}
            className="h-8 rounded-md bg-sky-700 px-3 text-sm font-semibold text-white hover:bg-sky-800 disabled:opacity-50"
          >
            Save version
          </button>
        </form>
      )}
      {!available ? (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          Versions are kept with designs saved in this browser; this design is not saved here.
        </p>
      ) : list.length === 0 ? (
        <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
          No versions yet. Save one before a review, and compare with it afterwards to see which flows the changes broke
          or fixed.
        </p>
      ) : (
        <ul aria-label="Versions of this design" className="mt-3 space-y-2">
          {list.map((version) => (
            <VersionItem key={version.id} version={version} open={viewing?.versionId === version.id} />
          ))}
        </ul>
      )}
    </section>
  );
}

function VersionItem({ version, open }: { version: VersionSummary; open: boolean }) {
  const setCompareTarget = useUiStore((s) => s.setCompareTarget);
  const reason = REASON_WORDS[version.reason];
  const remove = async () => {
    const answer = await askToConfirm({
      title: 'Delete the version?',
      message: `“${version.label}” will be deleted from this browser. The design itself does not change.`,
      actions: [
        { id: 'keep', label: 'Keep it' },
        { id: 'delete', label: 'Delete the version' },
      ],
      safe: 'keep',
    });
    if (answer === 'delete') await deleteVersion(version.id);
  };
  return (
    <li
      aria-label={version.label}
      className="rounded-lg bg-white p-2.5 text-xs ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-700"
    >
      <p className="flex items-baseline gap-2">
        <span
          className="min-w-0 truncate text-sm font-semibold text-slate-800 dark:text-slate-100"
          title={version.label}
        >
          {version.label}
        </span>
        {open ? <span className="text-[11px] font-medium text-sky-700 dark:text-sky-300">open</span> : null}
      </p>
      <p className="mt-0.5 text-[11px] text-slate-500 dark:text-slate-400">
        {whenText(version.createdAt)}
        {version.author ? ` · ${version.author}` : ''}
        {reason ? ` · ${reason}` : ''}
      </p>
      {version.counts ? <Counts counts={version.counts} /> : null}
      <div className="mt-2 flex flex-wrap gap-1.5">
        <button
          type="button"
          className={SMALL_BUTTON}
          onClick={() => setCompareTarget({ kind: 'version', versionId: version.id, label: version.label })}
        >
          Compare
        </button>
        <button type="button" className={SMALL_BUTTON} disabled={open} onClick={() => void openVersion(version.id)}>
          Open
        </button>
        <button type="button" className={SMALL_BUTTON} onClick={() => void restoreVersion(version.id)}>
          Restore
        </button>
        <button type="button" className={SMALL_BUTTON} onClick={() => void designFromVersion(version.id)}>
          New design
        </button>
        <button
          type="button"
          className={`${SMALL_BUTTON} text-red-700 dark:text-red-300`}
          aria-label={`Delete ${version.label}`}
          onClick={() => void remove()}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

function Counts({ counts }: { counts: NonNullable<VersionSummary['counts']> }) {
  const shown = VERDICTS.filter((verdict) => (counts[verdict] ?? 0) > 0);
  if (!shown.length) return <p className="mt-1 text-[11px] text-slate-500">No flows</p>;
  return (
    <p className="mt-1 flex flex-wrap gap-1.5" aria-label="Flows by verdict">
      {shown.map((verdict) => (
        <span
          key={verdict}
          className={`inline-flex items-center gap-1 rounded-full px-1.5 py-0.5 text-[11px] font-semibold ring-1 ring-inset ${VERDICT_STYLES[verdict].badge}`}
        >
          <VerdictIcon state={verdict} size={11} />
          {counts[verdict]} {VERDICT_STYLES[verdict].word}
        </span>
      ))}
    </p>
  );
}

function whenText(at: number): string {
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
