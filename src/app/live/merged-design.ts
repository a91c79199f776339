import { formatProblem, LOAD_ERROR_CODES, loadDesign, type Design } from '../../engine/index.ts';

// What a live session's document holds after edits from several people merged: usually a design
// that loads as it is. Concurrent edits can leave it structurally broken, though: one person
// deletes a VNet while another renames a VM inside it, and the VM's parent is gone. Such a part is
// set aside, not shown, and said (with why) until someone removes it or puts back what it needs;
// every other part is shown and evaluated as usual. Every client sets aside the same parts of the
// same document, so everyone sees the same design and the same verdicts.

export type SetAside = { id: string; label: string; reason: string };
export type Merged = { ok: true; design: Design; setAside: SetAside[] } | { ok: false; problem: string };

const PART = /^(nodes|edges|notes)\[(\d+)\](\.(.+))?$/;
const ROUNDS = 20;

export function loadMerged(raw: Record<string, unknown>): Merged {
  let current = raw;
  const setAside: SetAside[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const loaded = loadDesign(current);
    if (loaded.ok) return { ok: true, design: loaded.design, setAside };
    const drops = new Map<'nodes' | 'edges' | 'notes', Set<number>>();
    const cleared: { index: number; prop: string }[] = [];
    for (const problem of loaded.errors) {
      const match = PART.exec(problem.path);
      if (problem.code !== LOAD_ERROR_CODES.structure || !match) return { ok: false, problem: formatProblem(problem) };
      const list = match[1] as 'nodes' | 'edges' | 'notes';
      const index = Number(match[2]);
      const field = match[4] ?? '';
      // A route table's next hop that is gone: the gateway stays, without it.
      if (list === 'nodes' && field === 'props.udrNextHopId') {
        cleared.push({ index, prop: 'udrNextHopId' });
        continue;
      }
      const part = (current[list] as Record<string, unknown>[] | undefined)?.[index];
      if (list !== 'notes' && part)
        setAside.push({ id: String(part.id), label: String(part.label || part.id), reason: problem.message });
      drops.set(list, (drops.get(list) ?? new Set()).add(index));
    }
    const next: Record<string, unknown> = { ...current };
    for (const [list, indexes] of drops)
      next[list] = ((current[list] as unknown[]) ?? []).filter((_, index) => !indexes.has(index));
    if (cleared.length) {
      next.nodes = (next.nodes as Record<string, unknown>[]).map((node, index) => {
        const clear = cleared.find((c) => c.index === index && !drops.get('nodes')?.has(index));
        if (!clear) return node;
        const { [clear.prop]: _gone, ...props } = (node.props ?? {}) as Record<string, unknown>;
        return { ...node, props };
      });
    }
    current = next;
  }
  return { ok: false, problem: 'the merged design could not be put right' };
}
