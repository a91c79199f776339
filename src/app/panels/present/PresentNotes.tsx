import type { Design } from '../../../engine/index.ts';
import { presentPanelStyle } from '../../canvas/present-controls.ts';
import { notesBySubject } from '../../review/notes.ts';
import { flowTitle, type FlowLabel } from '../../words.ts';
import { NoteThread } from '../notes/NoteThread.tsx';

// The notes of the presented flow (or, in the overview, of the design), to read out and to add
// to during the meeting. The inspector's thread, enlarged for the room.

export function PresentNotes(props: { design: Design; flowId: string | undefined; label: FlowLabel | undefined }) {
  const { design, flowId, label } = props;
  const subject = flowId ?? null;
  const notes = notesBySubject(design).get(subject) ?? [];
  const about = flowId && label ? `flow ${flowTitle(label)}` : 'the design';
  return (
    <section
      aria-label="Presented notes"
      className="absolute top-4 right-4 z-20 overflow-y-auto rounded-xl border border-slate-300 bg-white/97 p-5 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900/97 dark:text-slate-50"
      style={presentPanelStyle('notes')}
    >
      <h2 className="text-[22px] font-semibold">Notes on {about}</h2>
      {/* The inspector's type, enlarged as a whole so a room reads it (13 px text reads as 18). */}
      <div style={{ zoom: 1.4 }}>
        {notes.length === 0 ? <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">No notes yet.</p> : null}
        <NoteThread notes={notes} pin={flowId ? { edgeId: flowId } : {}} about={about} />
      </div>
    </section>
  );
}
