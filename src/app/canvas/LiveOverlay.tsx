import { useEffect } from 'react';
import { Panel, useReactFlow, useStore, ViewportPortal } from '@xyflow/react';
import { removeSetAside, sendCursor, sendPresenterView, stopFollowing } from '../live/live-session.ts';
import { useShallow } from 'zustand/react/shallow';
import { useLiveStore, type Person } from '../live/live-store.ts';
import { followedBy } from '../live/followed-by.ts';
import { useUiStore } from '../store/ui-store.ts';

// A live session on the canvas: everyone else's pointer, with their name, and an outline in their
// colour around what they have selected; and this person's pointer, sent as they move it. Drawn
// in the canvas's own coordinates, so it follows pan and zoom; names and pointers keep their size.
// Presenting, the part of the design on screen goes to the others; following a presenter, it is
// shown here, until this person pans, zooms or says stop.

export function LiveOverlay() {
  const others = useLiveStore((s) => s.others);
  const { screenToFlowPosition } = useReactFlow();
  const pane = useStore((s) => s.domNode);
  const zoom = useStore((s) => s.transform[2]);
  const nodeLookup = useStore((s) => s.nodeLookup);

  useEffect(() => {
    if (!pane) return;
    let frame = 0;
    let last: PointerEvent | null = null;
    const send = () => {
      frame = 0;
      if (last) sendCursor(screenToFlowPosition({ x: last.clientX, y: last.clientY }));
    };
    const moved = (event: PointerEvent) => {
      last = event;
      frame ||= requestAnimationFrame(send);
    };
    const left = () => {
      last = null;
      sendCursor(null);
    };
    pane.addEventListener('pointermove', moved);
    pane.addEventListener('pointerleave', left);
    return () => {
      cancelAnimationFrame(frame);
      pane.removeEventListener('pointermove', moved);
      pane.removeEventListener('pointerleave', left);
      sendCursor(null);
    };
  }, [pane, screenToFlowPosition]);

  useFollowing(pane);

  const unscaled = `scale(${1 / zoom})`;
  return (
    <>
      <FollowBar />
      <SetAsideNotice />
      <ViewportPortal>
        {others.flatMap((person) =>
          person.selection.nodeIds.map((id) => {
            const node = nodeLookup.get(id);
            if (!node) return null;
            const { x, y } = node.internals.positionAbsolute;
            return (
              <div
                key={`${person.id}-${id}`}
                data-testid="live-selection"
                aria-hidden="true"
                className="pointer-events-none absolute rounded-xl"
                style={{
                  transform: `translate(${x - 4}px, ${y - 4}px)`,
                  width: (node.measured.width ?? 0) + 8,
                  height: (node.measured.height ?? 0) + 8,
                  outline: `2px solid ${person.colour}`,
                }}
              >
                <span
                  className="absolute -top-2.5 left-2 origin-bottom-left rounded px-1 text-[10px] font-semibold whitespace-nowrap text-white"
                  style={{ backgroundColor: person.colour, transform: `translateY(-100%) ${unscaled}` }}
                >
                  {person.name}
                </span>
              </div>
            );
          }),
        )}
        {others
          .filter((person) => person.cursor)
          .map((person) => (
            <Pointer key={person.id} person={person} unscaled={unscaled} />
          ))}
      </ViewportPortal>
    </>
  );
}

function Pointer({ person, unscaled }: { person: Person; unscaled: string }) {
  const { x, y } = person.cursor ?? { x: 0, y: 0 };
  return (
    <div
      data-testid="live-cursor"
      role="img"
      aria-label={`${person.name}’s pointer`}
      className="pointer-events-none absolute top-0 left-0 flex origin-top-left items-start"
      style={{ transform: `translate(${x}px, ${y}px) ${unscaled}` }}
    >
      <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
        <path d="M2 2l5.5 14 2-6 6-2z" fill={person.colour} stroke="white" strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
      <span
        className="mt-3 -ml-1 rounded px-1.5 py-0.5 text-[11px] font-semibold whitespace-nowrap text-white shadow-sm"
        style={{ backgroundColor: person.colour }}
      >
        {person.name}
      </span>
    </div>
  );
}

/** The presenter's view sent, or followed: what is on screen is the presenter's. */
function useFollowing(pane: HTMLDivElement | null) {
  const { fitBounds } = useReactFlow();
  const [tx, ty, zoom] = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const presenting = useUiStore((s) => s.presenting);
  const following = useLiveStore((s) => s.following);
  const view = useLiveStore((s) => s.others.find((person) => person.id === s.following)?.present?.view ?? null);

  useEffect(() => {
    if (!presenting || following !== null || width === 0 || height === 0) return;
    const frame = requestAnimationFrame(() =>
      sendPresenterView({ x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom }),
    );
    return () => cancelAnimationFrame(frame);
  }, [presenting, following, tx, ty, zoom, width, height]);

  useEffect(() => {
    if (following === null || !view) return;
    void fitBounds(view, { padding: 0, duration: 0 });
  }, [following, view, fitBounds]);

  // Panning or zooming here is this person looking elsewhere: following stops.
  useEffect(() => {
    if (!pane || following === null) return;
    const own = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('.react-flow__pane')) stopFollowing();
    };
    pane.addEventListener('wheel', own, { passive: true });
    pane.addEventListener('pointerdown', own);
    return () => {
      pane.removeEventListener('wheel', own);
      pane.removeEventListener('pointerdown', own);
    };
  }, [pane, following]);
}

/** Who this person follows, or who follows them: said at the top of the canvas. */
function FollowBar() {
  const following = useLiveStore((s) => s.others.find((person) => person.id === s.following) ?? null);
  // Compared name by name: a new list of the same names is no re-render.
  const followers = useLiveStore(
    useShallow((s) => s.others.filter((person) => person.following === s.me).map((person) => person.name)),
  );
  const presenting = useUiStore((s) => s.presenting);
  if (!following && !(presenting && followers.length > 0)) return null;
  return (
    <Panel position="top-center" style={{ marginTop: 12 }}>
      <div
        role="status"
        className="flex items-center gap-2 rounded-full bg-white/95 px-3 py-1 text-sm text-slate-700 shadow-sm ring-1 ring-slate-200 dark:bg-slate-800/95 dark:text-slate-100 dark:ring-slate-600"
      >
        {following ? (
          <>
            <span aria-hidden="true" className="size-2.5 rounded-full" style={{ backgroundColor: following.colour }} />
            Following {following.name}
            <button
              type="button"
              className="ml-1 rounded-full px-2 py-0.5 text-xs font-semibold text-sky-700 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-slate-700"
              onClick={stopFollowing}
            >
              Stop following
            </button>
          </>
        ) : (
          followedBy(followers)
        )}
      </div>
    </Panel>
  );
}

/**
 * Parts the merged edits left broken (a VM whose VNet someone else deleted): not drawn or
 * evaluated, and said here until someone removes them or puts back what they need.
 */
function SetAsideNotice() {
  const parts = useLiveStore((s) => s.setAside);
  if (parts.length === 0) return null;
  return (
    <Panel position="top-center" style={{ marginTop: 64 }}>
      <div
        role="alert"
        aria-label="Set aside after merging edits"
        className="max-w-xl rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 shadow-sm ring-1 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-700"
      >
        <p className="font-semibold">
          Edits merged from the session left {parts.length} {parts.length === 1 ? 'part' : 'parts'} that cannot be
          shown:
        </p>
        <ul className="mt-1 list-disc pl-5 text-xs">
          {parts.slice(0, 5).map((part) => (
            <li key={part.id}>
              <strong>{part.label}</strong>: {part.reason}
            </li>
          ))}
          {parts.length > 5 ? <li>and {parts.length - 5} more</li> : null}
        </ul>
        <button
          type="button"
          className="mt-2 rounded-md border border-amber-400 bg-white px-2 py-0.5 text-xs font-semibold text-amber-900 hover:bg-amber-100 dark:bg-amber-900 dark:text-amber-50"
          onClick={removeSetAside}
        >
          Remove {parts.length === 1 ? 'it' : 'them'}
        </button>
      </div>
    </Panel>
  );
}
