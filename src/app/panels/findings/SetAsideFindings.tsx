import { removeSetAside } from '../../live/live-session.ts';
import { useLiveStore } from '../../live/live-store.ts';
import { SEVERITY_STYLES } from '../../findings/severity-style.ts';

// In a live session, edits merged from several people can leave a part that no longer fits the
// design (a VM whose VNet someone else deleted). It is not drawn or evaluated (merged-design.ts);
// here it is an error finding like any other until someone removes it or puts back what it needs.
// Loaded with the live session's code: only a session sets parts aside.

export const SET_ASIDE_RULE = 'live.merge-conflict';

export function SetAsideFindings() {
  const parts = useLiveStore((s) => s.setAside);
  const look = SEVERITY_STYLES.error;
  if (parts.length === 0) return null;
  return (
    <>
      {parts.map((part) => (
        <li
          key={part.id}
          className="rounded-lg px-2.5 py-2 text-xs text-slate-600 ring-1 ring-slate-200 dark:text-slate-300 dark:ring-slate-700"
          aria-label={`${look.word}: ${part.label} was set aside after merging edits`}
        >
          <span className="flex items-center gap-1.5">
            <span className={`size-2 shrink-0 rounded-full ${look.dot}`} aria-hidden="true" />
            <span className="font-semibold text-slate-800 dark:text-slate-100">{look.word}</span>
            <code className="truncate text-[11px] text-slate-500 dark:text-slate-400">{SET_ASIDE_RULE}</code>
            <span className="ml-auto truncate text-[11px] text-slate-500 dark:text-slate-400" title={part.label}>
              {part.label}
            </span>
          </span>
          <span className="mt-1 block">
            Edits merged in the live session left “{part.label}” without what it needs ({part.reason}), so it is not
            drawn or evaluated.
          </span>
          <span className="mt-1 block text-slate-500 dark:text-slate-400">
            Fix: undo the edit that removed what it needs, or remove it.{' '}
            <button
              type="button"
              onClick={removeSetAside}
              className="font-semibold text-sky-700 underline dark:text-sky-400"
            >
              Remove {parts.length === 1 ? 'it' : `all ${parts.length}`}
            </button>
          </span>
        </li>
      ))}
    </>
  );
}
