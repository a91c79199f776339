import { useEffect } from 'react';
import { useReactFlow, useStore, ViewportPortal } from '@xyflow/react';
import { sendCursor } from '../live/live-session.ts';
import { useLiveStore, type Person } from '../live/live-store.ts';

// A live session on the canvas: everyone else's pointer, with their name, and an outline in their
// colour around what they have selected; and this person's pointer, sent as they move it. Drawn
// in the canvas's own coordinates, so it follows pan and zoom; names and pointers keep their size.

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

  const unscaled = `scale(${1 / zoom})`;
  return (
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
