import { useState, type DragEvent } from 'react';
import { toast } from '../../store/notices.ts';
import type { Design, EvaluationResult } from '../../../engine/index.ts';
import { presentPanelStyle, READ_ONLY_DECISION } from '../../canvas/present-controls.ts';
import { runCommand } from '../../commands/editor.ts';
import { setAgenda } from '../../commands/review.ts';
import { defaultAgenda } from '../../review/agenda.ts';
import { decisionFor } from '../../review/decisions.ts';
import { useDesignStore } from '../../store/design-store.ts';
import { useUiStore } from '../../store/ui-store.ts';
import { VERDICT_STYLES } from '../../verdict-style.ts';
import { flowTitle, type FlowLabel } from '../../words.ts';
import { VerdictIcon } from '../../canvas/VerdictIcon.tsx';
import { DecisionBadge } from './decision-look.tsx';

// The agenda: the order the flows are presented in. Dragged (or moved with the buttons) into the
// order the room agrees on, it is kept in the design, so the next review starts from it.

export function AgendaPanel({
  design,
  labels,
  result,
}: {
  design: Design;
  labels: ReadonlyMap<string, FlowLabel>;
  result: EvaluationResult | null;
}) {
  const order = useUiStore((s) => s.presentAgenda);
  const step = useUiStore((s) => s.presentStep);
  const [dragged, setDragged] = useState<number | null>(null);

  const reorder = (next: readonly string[]) => {
    if (useDesignStore.getState().readOnly) {
      toast.error(READ_ONLY_DECISION, { id: 'read-only-decision' });
      return;
    }
    // An order that is the default one is no agenda: the design then follows its verdicts as they change.
    runCommand(setAgenda, { order: [...next], defaultOrder: defaultAgenda(design, result) });
  };
  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length || from === to) return;
    const next = [...order];
    const [id] = next.splice(from, 1);
    if (id !== undefined) next.splice(to, 0, id);
    reorder(next);
  };
  const onDrop = (event: DragEvent, to: number) => {
    event.preventDefault();
    if (dragged !== null) move(dragged, to);
    setDragged(null);
  };

  return (
    <section
      aria-label="Agenda"
      className="absolute top-4 left-4 z-20 flex flex-col rounded-xl border border-slate-300 bg-white/97 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900/97 dark:text-slate-50"
      style={presentPanelStyle('agenda')}
    >
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-3 dark:border-slate-700">
        <h2 className="text-[20px] font-semibold">Agenda</h2>
        <button
          type="button"
          onClick={() => reorder([])}
          className="rounded-md px-2 py-1 text-[14px] font-medium text-sky-700 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-sky-950"
        >
          Default order
        </button>
      </div>
      <p className="px-4 pt-2 text-[14px] text-slate-600 dark:text-slate-300">
        Drag a flow, or use its arrows, to change the order. Failed expectations come first by default.
      </p>
      <ol aria-label="Flows in presenting order" className="overflow-y-auto px-2 py-2">
        {order.map((id, index) => {
          const label = labels.get(id);
          const state = result?.flows[id]?.verdict ?? 'pending';
          const decision = decisionFor(design, id);
          return (
            <li
              key={id}
              draggable
              onDragStart={() => setDragged(index)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => onDrop(event, index)}
              aria-current={index === step ? 'step' : undefined}
              className={`flex cursor-grab items-center gap-2 rounded-lg px-2 py-1.5 ${index === step ? 'bg-sky-50 ring-1 ring-sky-300 dark:bg-sky-950 dark:ring-sky-800' : 'hover:bg-slate-50 dark:hover:bg-slate-800'}`}
            >
              <span aria-hidden="true" className="text-slate-400">
                ⋮⋮
              </span>
              <button
                type="button"
                className="min-w-0 flex-1 truncate text-left text-[16px]"
                onClick={() => useUiStore.getState().presentGo(index)}
              >
                {label ? flowTitle(label) : id}
              </button>
              <VerdictIcon state={state} size={16} />
              <span className="sr-only">{VERDICT_STYLES[state].word}</span>
              {decision ? <DecisionBadge decision={decision} size="small" /> : null}
              <button
                type="button"
                aria-label={`Move ${label ? flowTitle(label) : id} up`}
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
                className="rounded px-1.5 text-[16px] hover:bg-slate-100 disabled:opacity-30 dark:hover:bg-slate-700"
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move ${label ? flowTitle(label) : id} down`}
                disabled={index === order.length - 1}
                onClick={() => move(index, index + 1)}
                className="rounded px-1.5 text-[16px] hover:bg-slate-100 disabled:opacity-30 dark:hover:bg-slate-700"
              >
                ↓
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
