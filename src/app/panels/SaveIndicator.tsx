import { useShallow } from 'zustand/react/shallow';
import { useStorageStore } from '../persistence/session.ts';
import { useDesignStore } from '../store/design-store.ts';
import { saveWords } from './save-words.ts';

const DOT = { good: 'bg-green-500', warn: 'bg-amber-400', bad: 'bg-red-500' } as const;

/** A quiet word in the header on whether the latest change is kept, and how surely. */
export function SaveIndicator() {
  const { save, persistent, conflict } = useStorageStore(
    useShallow((s) => ({ save: s.save, persistent: s.persistent, conflict: s.conflict !== null })),
  );
  const readOnly = useDesignStore((s) => s.readOnly);
  const words = saveWords(save, persistent, { readOnly, conflict });
  return (
    <span
      className="flex items-center gap-1.5 text-xs text-slate-500 dark:text-slate-400"
      data-save-state={save}
      title={words.title}
    >
      <span className={`size-1.5 rounded-full ${DOT[words.tone]}`} aria-hidden="true" />
      {words.text}
    </span>
  );
}
