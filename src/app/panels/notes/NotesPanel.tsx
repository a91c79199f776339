import { memo, useMemo } from 'react';
import type { Design } from '../../../engine/index.ts';
import { useFraming } from '../../canvas/framing.ts';
import { notesBySubject } from '../../review/notes.ts';
import { useUiStore } from '../../store/ui-store.ts';
import { EDGE_NAMES, flowLabels, flowTitle, KIND_NAMES, nodeIndex } from '../../words.ts';
import { NoteCard } from './NoteThread.tsx';

// Every note of the design in one list: the design's own first, then those pinned to nodes, links
// and flows in the design's order. "Show" selects what a note is about and brings it into view.

type Group = { subject: string | null; title: string; kind: 'design' | 'node' | 'edge'; ends: string[] };

function groups(design: Design): Group[] {
  const bySubject = notesBySubject(design);
  const nodes = nodeIndex(design);
  const labels = flowLabels(design, nodes);
  const name = (id: string) => {
    const node = nodes.get(id);
    return node ? node.label || KIND_NAMES[node.kind] : id;
  };
  const out: Group[] = [];
  if (bySubject.has(null)) out.push({ subject: null, title: 'The design', kind: 'design', ends: [] });
  for (const node of design.nodes)
    if (bySubject.has(node.id))
      out.push({
        subject: node.id,
        title: `${name(node.id)} (${KIND_NAMES[node.kind]})`,
        kind: 'node',
        ends: [node.id],
      });
  for (const edge of design.edges) {
    if (!bySubject.has(edge.id)) continue;
    const flow = labels.get(edge.id);
    const title = flow
      ? `Flow ${flowTitle(flow)}`
      : `${EDGE_NAMES[edge.kind]}: ${name(edge.source)} → ${name(edge.target)}`;
    out.push({ subject: edge.id, title, kind: 'edge', ends: [edge.source, edge.target] });
  }
  return out;
}

export const NotesPanel = memo(function NotesPanel({ design }: { design: Design }) {
  const grouped = useMemo(() => groups(design), [design]);
  const bySubject = useMemo(() => notesBySubject(design), [design]);
  const { showNodes } = useFraming();
  const show = (group: Group) => {
    const ui = useUiStore.getState();
    ui.setSelection(
      group.kind === 'node'
        ? { nodeIds: [group.subject as string], edgeIds: [] }
        : group.kind === 'edge'
          ? { nodeIds: [], edgeIds: [group.subject as string] }
          : { nodeIds: [], edgeIds: [] },
    );
    if (group.ends.length > 0) showNodes(group.ends);
  };

  return (
    <section aria-labelledby="notes-heading" className="border-t border-slate-200 px-5 py-5 dark:border-slate-700">
      <h2 id="notes-heading" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        Notes <span className="font-normal text-slate-500 dark:text-slate-400">{design.notes.length}</span>
      </h2>
      {grouped.length === 0 ? (
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          No notes yet. Select a node, a link or a flow (or nothing, for the design) and add one in the inspector.
        </p>
      ) : (
        <ul className="mt-3 space-y-4" aria-label="All notes">
          {grouped.map((group) => (
            <li key={group.subject ?? ''}>
              <div className="flex items-center gap-2">
                <h3 className="min-w-0 flex-1 truncate text-xs font-semibold text-slate-700 dark:text-slate-200">
                  {group.title}
                </h3>
                <button
                  type="button"
                  onClick={() => show(group)}
                  className="rounded px-1.5 py-0.5 text-[11px] font-medium text-sky-700 hover:bg-sky-50 dark:text-sky-300 dark:hover:bg-sky-950"
                  aria-label={`Show ${group.title}`}
                >
                  Show
                </button>
              </div>
              <ul className="mt-1.5 space-y-2">
                {(bySubject.get(group.subject) ?? []).map((note) => (
                  <li key={note.id}>
                    <NoteCard note={note} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
