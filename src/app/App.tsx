import { lazy, memo, Suspense, useEffect, useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import { useLaterValue } from './later-value.ts';
import { ReactFlowProvider } from '@xyflow/react';
import { DesignCanvas } from './canvas/DesignCanvas.tsx';
import { useClipboard } from './canvas/useClipboard.ts';
import { useEditorActions } from './canvas/useEditorActions.ts';
import { useEditorShortcuts } from './canvas/useEditorShortcuts.ts';
import { focusCanvas } from './canvas/canvas-focus.ts';
import { CanvasToolbar } from './panels/CanvasToolbar.tsx';
import { FindingsPanel } from './panels/findings/FindingsPanel.tsx';
import { FlowList, flowCounts } from './panels/FlowList.tsx';
import { Header } from './panels/Header.tsx';
import { Inspector } from './panels/inspector/Inspector.tsx';
import { NotesPanel } from './panels/notes/NotesPanel.tsx';
import { Palette } from './panels/Palette.tsx';
import { PanelHeading, PanelRail } from './panels/PanelRail.tsx';
import { PanelBoundary } from './panels/PanelBoundary.tsx';
import { ShareToolbar } from './panels/ShareToolbar.tsx';
import { SharedBanner, StorageBanner } from './panels/StorageBanner.tsx';
import { onWorkerStopped } from './queries/engine-client.ts';
import { useAnalysis, type Analysis } from './queries/useAnalysis.ts';
import { useDesignStore } from './store/design-store.ts';
import { useEstateImportStore } from './store/estate-import-store.ts';
import { useLiveStore } from './live/live-store.ts';
import { useConfirmStore } from './store/confirm-store.ts';
import { useReviewerStore } from './store/reviewer-store.ts';
import { useUiStore, type Dialog } from './store/ui-store.ts';
import { useStorageStore } from './persistence/session.ts';
import { useOfflineStore } from './offline/offline-store.ts';
import { loadSonnerSoon, toast, useNoticeStore } from './store/notices.ts';

// Panels that are not on the first screen load on first use, so the first load stays small.
const UpdateMessages = lazy(() => import('./offline/UpdatePrompt.tsx').then((m) => ({ default: m.UpdateMessages })));
const ComparePanel = lazy(() => import('./panels/compare/ComparePanel.tsx').then((m) => ({ default: m.ComparePanel })));
const VersionsPanel = lazy(() =>
  import('./panels/versions/VersionsPanel.tsx').then((m) => ({ default: m.VersionsPanel })),
);
const ChangesPanel = lazy(() =>
  import('./panels/versions/ChangesPanel.tsx').then((m) => ({ default: m.ChangesPanel })),
);
const EstateImportDialog = lazy(() =>
  import('./panels/estate/EstateImportDialog.tsx').then((m) => ({ default: m.EstateImportDialog })),
);
const ConfirmDialog = lazy(() => import('./panels/ConfirmDialog.tsx').then((m) => ({ default: m.ConfirmDialog })));
const ReviewerDialog = lazy(() => import('./panels/ReviewerDialog.tsx').then((m) => ({ default: m.ReviewerDialog })));
const LiveDialog = lazy(() => import('./panels/live/LiveDialog.tsx').then((m) => ({ default: m.LiveDialog })));
const DesignsDialog = lazy(() => import('./panels/DesignsDialog.tsx').then((m) => ({ default: m.DesignsDialog })));
const PresentMode = lazy(() => import('./panels/present/PresentMode.tsx').then((m) => ({ default: m.PresentMode })));
const ShortcutSheet = lazy(() => import('./panels/ShortcutSheet.tsx').then((m) => ({ default: m.ShortcutSheet })));
const TextView = lazy(() => import('./panels/text-view/TextView.tsx').then((m) => ({ default: m.TextView })));
const Toaster = lazy(() => import('./panels/Notifications.tsx').then((m) => ({ default: m.Notifications })));

export function App() {
  const session = useDesignStore((s) => s.session);
  const theme = useUiStore((s) => s.theme);
  const presenting = useUiStore((s) => s.presenting);
  const analysis = useAnalysis();

  useEffect(() => {
    document.documentElement.classList.toggle('dark', theme === 'dark');
  }, [theme]);
  useEffect(() => loadSonnerSoon(), []);
  useEffect(
    // A worker whose script did not load is not said to restart: the header offers the retry.
    () =>
      onWorkerStopped((error) =>
        toast.warning(error.restarts ? `${error.message}; it restarts on its own.` : `${error.message}.`, {
          id: 'worker-stopped',
        }),
      ),
    [],
  );

  return (
    <div className="flex h-full flex-col">
      {/* Presenting, the canvas has the screen to itself. */}
      {presenting ? null : (
        <>
          <SkipLinks />
          <PanelBoundary name="Header">
            <Header analysis={analysis} />
          </PanelBoundary>
          <StorageBanner />
          <SharedBanner />
        </>
      )}
      {/* A newly opened design gets a fresh viewport, fitted to it. */}
      <ReactFlowProvider key={session}>
        <Workspace analysis={analysis} />
      </ReactFlowProvider>
      <OnceOpened dialog="shortcuts">
        <ShortcutSheet />
      </OnceOpened>
      <OnceOpened dialog="designs">
        <DesignsDialog />
      </OnceOpened>
      <EstateImport />
      <Live />
      <Confirm />
      <Reviewer />
      <Notifications theme={theme} />
      <UpdatePrompt />
    </div>
  );
}

/** The live session's panel, loaded when a session first starts or is joined. */
function Live() {
  const live = useLiveStore((s) => s.status !== 'off');
  return (
    <OnFirstUse when={live} name="Live session" fallbackClassName="fixed top-20 right-5 z-50 w-fit">
      <LiveDialog />
    </OnFirstUse>
  );
}

/** The estate import dialog, loaded when an estate export is first imported. */
function EstateImport() {
  const pending = useEstateImportStore((s) => s.pending !== null);
  return (
    <OnFirstUse when={pending} name="Estate import">
      <EstateImportDialog />
    </OnFirstUse>
  );
}

/** The question before a step that cannot be undone, loaded when one is first asked. */
function Confirm() {
  const asking = useConfirmStore((s) => s.current !== null);
  return (
    <OnFirstUse when={asking} name="Confirmation">
      <ConfirmDialog />
    </OnFirstUse>
  );
}

/**
 * The service worker's messages ("Ready to work offline", a new version waiting): the polite live
 * region is always in the page, so that what appears in it is announced; what it says loads on first use.
 */
function UpdatePrompt() {
  const saying = useOfflineStore((s) => s.offlineReady || s.update !== 'none');
  return (
    <div
      aria-live="polite"
      className="pointer-events-none fixed bottom-4 left-1/2 z-40 flex w-max max-w-[calc(100vw-2rem)] -translate-x-1/2 flex-col items-center gap-2"
    >
      <OnFirstUse when={saying} name="Update notice" fallbackClassName="pointer-events-auto">
        <UpdateMessages />
      </OnFirstUse>
    </div>
  );
}

/** The reviewer's name, asked before their first decision or note. */
function Reviewer() {
  const asking = useReviewerStore((s) => s.waiting !== null);
  return (
    <OnFirstUse when={asking} name="Your name">
      <ReviewerDialog />
    </OnFirstUse>
  );
}

// Memoised: the toaster need not re-render with every evaluation the app shell sees. It mounts
// with the first notice; sonner itself loads once the first screen is up (store/notices.ts).
const Notifications = memo(function Notifications({ theme }: { theme: 'light' | 'dark' }) {
  const wanted = useNoticeStore((s) => s.wanted);
  return wanted ? (
    <Suspense fallback={null}>
      <Toaster theme={theme} />
    </Suspense>
  ) : null;
});

function Workspace({ analysis }: { analysis: Analysis }) {
  const design = useDesignStore((s) => s.design);
  const starting = useStorageStore((s) => s.status === 'starting');
  const comparePack = useUiStore((s) => s.comparePack);
  const versionsOpen = useUiStore((s) => s.versionsOpen);
  const compareTarget = useUiStore((s) => s.compareTarget);
  const textView = useUiStore((s) => s.textView);
  const paletteOpen = useUiStore((s) => s.paletteOpen);
  const detailsOpen = useUiStore((s) => s.detailsOpen);
  const presenting = useUiStore((s) => s.presenting);
  // A shared design is read-only: nothing to add, so no palette.
  const readOnly = useDesignStore((s) => s.readOnly);
  const actions = useEditorActions();
  useEditorShortcuts(actions);
  useClipboard();
  // The side panels' hundreds of rows follow an edit in a task of their own, as the analysis's
  // `shown` result does: the edit's own task stays short.
  const panelDesign = useLaterValue(design);
  const result = analysis.shown;
  // And an answer's rows follow the canvas's markers by one task more: two short tasks, not one long.
  const panelAnalysis = useLaterValue(analysis);
  const panelResult = panelAnalysis.shown;
  // The flow list's counts say what the canvas shows, in the canvas's task: a few hundred
  // microseconds, where its rows take a task of their own.
  const counts = useMemo(() => (design ? flowCounts(design, result) : null), [design, result]);

  if (!design) {
    return (
      <p
        className="grid flex-1 place-items-center text-sm text-slate-500 dark:text-slate-400"
        role="status"
        aria-label="Loading"
      >
        {starting ? 'Opening your last design…' : 'No design is open.'}
      </p>
    );
  }
  return (
    <main className="flex min-h-0 flex-1">
      {presenting || readOnly ? null : paletteOpen ? (
        <PanelBoundary
          name="Palette"
          fallbackClassName="w-52 shrink-0 border-r border-slate-200 p-3 dark:border-slate-700"
        >
          <Palette actions={actions} />
        </PanelBoundary>
      ) : (
        <PanelRail side="left" action="togglePalette" label="Show the palette" editor={actions} />
      )}
      <section
        aria-label="Design"
        aria-busy={analysis.busy}
        className="relative min-w-0 flex-1 bg-slate-50 dark:bg-slate-950"
      >
        <PanelBoundary name="Canvas" fallbackClassName={OVER_CANVAS}>
          <DesignCanvas result={result} />
        </PanelBoundary>
        {presenting ? (
          <PanelBoundary name="Present mode" fallbackClassName={`${OVER_CANVAS} z-[5]`}>
            <Suspense fallback={null}>
              <PresentMode design={design} result={result} editor={actions} />
            </Suspense>
          </PanelBoundary>
        ) : null}
        {textView && !presenting ? (
          <PanelBoundary name="Text view" fallbackClassName={`${OVER_CANVAS} z-[5]`}>
            <Suspense fallback={<div className="absolute inset-0 z-[5] bg-white dark:bg-slate-900" />}>
              <TextView design={design} result={result} />
            </Suspense>
          </PanelBoundary>
        ) : null}
        {presenting ? null : (
          <>
            <PanelBoundary name="Canvas toolbar" fallbackClassName="absolute top-3 left-3 z-10">
              <CanvasToolbar actions={actions} />
            </PanelBoundary>
            <PanelBoundary name="Share toolbar" fallbackClassName="absolute top-3 right-3 z-10">
              <ShareToolbar design={design} result={result} />
            </PanelBoundary>
          </>
        )}
        {design.nodes.length === 0 && !textView && !presenting ? <EmptyCanvasHint /> : null}
      </section>
      {detailsOpen || presenting ? null : (
        <PanelRail side="right" action="toggleDetails" label="Show the details panel" editor={actions} />
      )}
      {detailsOpen && !presenting ? (
        <aside
          aria-label="Details"
          className="flex w-88 shrink-0 flex-col overflow-y-auto border-l border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
        >
          <PanelHeading title="Details" action="toggleDetails" label="Hide the details panel" editor={actions} />
          {versionsOpen ? (
            <PanelBoundary name="Versions">
              <Suspense fallback={<div className="h-28 border-b border-slate-200 dark:border-slate-700" />}>
                <VersionsPanel />
              </Suspense>
            </PanelBoundary>
          ) : null}
          {compareTarget !== null ? (
            <PanelBoundary name="Changes">
              <Suspense fallback={<div className="h-28 border-b border-slate-200 dark:border-slate-700" />}>
                <ChangesPanel target={compareTarget} />
              </Suspense>
            </PanelBoundary>
          ) : null}
          {comparePack !== null ? (
            <PanelBoundary name="Compare">
              <Suspense
                fallback={
                  <div className="h-28 border-b border-slate-200 bg-sky-50/50 dark:border-slate-700 dark:bg-sky-950/20" />
                }
              >
                <ComparePanel design={design} analysis={analysis} comparePack={comparePack} />
              </Suspense>
            </PanelBoundary>
          ) : null}
          <PanelBoundary name="Inspector">
            <Inspector result={result} />
          </PanelBoundary>
          {panelDesign && counts ? (
            <PanelBoundary name="Flow list">
              <FlowList design={panelDesign} analysis={panelAnalysis} counts={counts} />
            </PanelBoundary>
          ) : null}
          {panelDesign && panelResult ? (
            <PanelBoundary name="Findings">
              <FindingsPanel design={panelDesign} result={panelResult} />
            </PanelBoundary>
          ) : null}
          {panelDesign ? (
            <PanelBoundary name="Notes">
              <NotesPanel design={panelDesign} />
            </PanelBoundary>
          ) : null}
        </aside>
      ) : null}
    </main>
  );
}

/**
 * The first Tab on the page: links past the header straight to the canvas or the inspector,
 * shown only while focused.
 */
function SkipLinks() {
  const jump = (selector: string) => (event: MouseEvent) => {
    event.preventDefault();
    document.querySelector<HTMLElement>(selector)?.focus();
  };
  const look =
    'sr-only rounded-md bg-sky-700 px-3 py-2 text-sm font-semibold text-white focus:not-sr-only focus:absolute focus:top-2 focus:z-50 focus:outline-none focus:ring-2 focus:ring-sky-300';
  return (
    <nav aria-label="Skip links">
      <a
        href="#canvas"
        onClick={(event) => {
          event.preventDefault();
          focusCanvas();
        }}
        className={`${look} focus:left-2`}
      >
        Skip to the canvas
      </a>
      <a href="#inspector" onClick={jump('#inspector')} className={`${look} focus:left-48`}>
        Skip to the inspector
      </a>
    </nav>
  );
}

/**
 * A dialog whose code loads on first use: nothing is mounted (or fetched) until it first opens,
 * then it stays mounted and opens and closes itself as before. A chunk that fails to load is
 * reported in place, like a failed panel.
 */
function OnceOpened({ dialog, children }: { dialog: NonNullable<Dialog>; children: ReactNode }) {
  const open = useUiStore((s) => s.dialog === dialog);
  return (
    <OnFirstUse when={open} name={DIALOG_NAMES[dialog]}>
      {children}
    </OnFirstUse>
  );
}

/** Lazily loaded content, drawn from the first time `when` holds (and kept, for its own closing). */
function OnFirstUse({
  when,
  name,
  fallbackClassName = 'fixed inset-x-0 top-20 z-50 mx-auto w-fit',
  children,
}: {
  when: boolean;
  name: string;
  fallbackClassName?: string;
  children: ReactNode;
}) {
  const [used, setUsed] = useState(when);
  if (when && !used) setUsed(true);
  if (!used) return null;
  return (
    <PanelBoundary name={name} fallbackClassName={fallbackClassName}>
      <Suspense fallback={null}>{children}</Suspense>
    </PanelBoundary>
  );
}

const DIALOG_NAMES = { shortcuts: 'Keyboard shortcuts', designs: 'Designs' } as const;

// A failed canvas (or text view) says so in the middle of the canvas area.
const OVER_CANVAS = 'absolute inset-0 grid place-items-center p-6';

function EmptyCanvasHint() {
  return (
    <div className="pointer-events-none absolute inset-0 grid place-items-center">
      <div className="max-w-sm rounded-xl border border-dashed border-slate-300 bg-white/80 px-6 py-5 text-center dark:border-slate-600 dark:bg-slate-900/80">
        <p className="text-sm font-semibold text-slate-800 dark:text-slate-100">An empty canvas</p>
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          Drag an on-premises site, a circuit and a VNet from the palette, or press 1, 2 and 3. Put a gateway and VMs
          inside the VNet, then connect them.
        </p>
      </div>
    </div>
  );
}
