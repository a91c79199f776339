import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { toast } from '../store/notices.ts';
import type { Design, EvaluationResult } from '../../engine/index.ts';
import { importFiles } from '../persistence/design-files.ts';
import type { RunExport } from './ExportMenu.tsx';

const ExportMenu = lazy(() => import('./ExportMenu.tsx').then((m) => ({ default: m.ExportMenu })));

// How designs leave and arrive: Import (a file chooser; dropping or pasting also works), and the
// exports. Floats over the canvas's top-right corner. The menu's items (ExportMenu.tsx) load when it
// first opens, and each exporter on first use.

const BUTTON =
  'flex h-8 items-center gap-1.5 rounded-md px-2.5 text-sm font-medium text-slate-700 hover:bg-slate-100 disabled:opacity-40 dark:text-slate-200 dark:hover:bg-slate-700';

const svg = {
  width: 16,
  height: 16,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.9,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
  'aria-hidden': true,
} as const;

export function ShareToolbar({ design, result }: { design: Design; result: EvaluationResult | null }) {
  const chooser = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const menu = useRef<HTMLDivElement>(null);

  // The menu closes on Escape and on a click anywhere else, like any menu.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const run: RunExport = (label, work) => async () => {
    setOpen(false);
    setBusy(true);
    try {
      await work();
    } catch (error) {
      toast.error(`${label} failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div
      role="toolbar"
      aria-label="Share"
      className="absolute top-3 right-3 z-10 flex items-center gap-0.5 rounded-lg border border-slate-200 bg-white/95 p-1 shadow-sm dark:border-slate-700 dark:bg-slate-800/95"
    >
      <button
        type="button"
        className={BUTTON}
        onClick={() => chooser.current?.click()}
        title="Open a design file (.json, or a PNG exported here) as a new design"
      >
        <svg {...svg}>
          <path d="M12 15V3M7 8l5-5 5 5M5 15v4a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-4" />
        </svg>
        Import
      </button>
      <input
        ref={chooser}
        type="file"
        accept=".json,.png,application/json,image/png"
        className="hidden"
        data-testid="import-file"
        multiple
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length) void importFiles(files);
        }}
      />
      <div className="relative" ref={menu}>
        <button
          type="button"
          className={BUTTON}
          aria-expanded={open}
          aria-haspopup="true"
          disabled={busy}
          onClick={() => setOpen(!open)}
        >
          <svg {...svg}>
            <path d="M12 3v12M7 10l5 5 5-5M5 15v4a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-4" />
          </svg>
          {busy ? 'Exporting…' : 'Export'}
        </button>
        {open ? (
          <div className="absolute right-0 mt-1 w-56 rounded-lg border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-800">
            <Suspense fallback={<p className="px-3 py-1.5 text-sm text-slate-500">Loading…</p>}>
              <ExportMenu design={design} result={result} run={run} />
            </Suspense>
          </div>
        ) : null}
      </div>
    </div>
  );
}
