import { useMemo, type ReactNode } from 'react';
import type { Design, EvaluationResult } from '../../../engine/index.ts';
import { useUiStore } from '../../store/ui-store.ts';
import { VERDICT_STYLES } from '../../verdict-style.ts';
import { VerdictIcon } from '../../canvas/VerdictIcon.tsx';
import { designOutline, type OutlineItem } from './outline.ts';
import { ShowMore, usePaged } from '../ShowMore.tsx';

// The text view: the design read top to bottom with headings, lists and a table, so a keyboard or
// screen-reader user gets everything the canvas shows. Choosing a name selects it for the inspector.

/** Rows a section shows before its "Show more" button (see ShowMore.tsx). */
const VNETS_PER_PAGE = 100;
const ROWS_PER_PAGE = 200;

const H3 = 'mt-5 mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400';

export function TextView({ design, result }: { design: Design; result: EvaluationResult | null }) {
  const outline = useMemo(() => designOutline(design, result), [design, result]);
  const setSelection = useUiStore((s) => s.setSelection);
  const selectNode = (id: string) => setSelection({ nodeIds: [id], edgeIds: [] });
  const selectEdge = (id: string) => setSelection({ nodeIds: [], edgeIds: [id] });
  const vnets = usePaged(outline.vnets, VNETS_PER_PAGE);
  const links = usePaged(outline.links, ROWS_PER_PAGE);
  const flows = usePaged(outline.flows, ROWS_PER_PAGE);

  return (
    <section
      aria-label="Text view"
      className="absolute inset-0 z-[5] overflow-auto bg-white px-8 pt-16 pb-10 text-sm text-slate-700 dark:bg-slate-900 dark:text-slate-200"
    >
      <h2 className="text-base font-semibold text-slate-900 dark:text-slate-50">
        {design.title || 'Untitled design'} as text
      </h2>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
        Rules as of {result?.pack.id ?? design.rulesAsOf}
        {result ? ` (documentation as of ${result.pack.date})` : ''} · {design.nodes.length} nodes ·{' '}
        {outline.flows.length} flows
      </p>

      <h3 className={H3}>Outside Azure</h3>
      <ItemList items={outline.outside} empty="No on-premises sites or circuits." onSelect={selectNode} />

      <h3 className={H3}>VNets</h3>
      {outline.vnets.length === 0 ? <p className="text-slate-500 dark:text-slate-400">No VNets.</p> : null}
      <ul className="space-y-3">
        {vnets.shown.map((vnet) => (
          <li key={vnet.id}>
            <NameButton onClick={() => selectNode(vnet.id)}>{vnet.name}</NameButton>{' '}
            <span className="text-slate-500 dark:text-slate-400">({vnet.detail})</span>
            <div className="mt-1 ml-4">
              <ItemList items={vnet.contents} empty="Empty." onSelect={selectNode} />
            </div>
          </li>
        ))}
      </ul>
      <ShowMore hidden={vnets.hidden} page={VNETS_PER_PAGE} onMore={vnets.more} />

      <h3 className={H3}>Links, connections and peerings</h3>
      {outline.links.length === 0 ? (
        <p className="text-slate-500 dark:text-slate-400">Nothing is connected yet.</p>
      ) : null}
      <ul className="space-y-1">
        {links.shown.map((link) => (
          <li key={link.id}>
            <NameButton onClick={() => selectEdge(link.id)}>
              {link.kind} {link.between}
            </NameButton>
            {link.settings ? <span className="text-slate-500 dark:text-slate-400">: {link.settings}</span> : null}
          </li>
        ))}
      </ul>
      <ShowMore hidden={links.hidden} page={ROWS_PER_PAGE} onMore={links.more} />

      <h3 className={H3}>Flows</h3>
      {outline.flows.length === 0 ? (
        <p className="text-slate-500 dark:text-slate-400">No flows yet.</p>
      ) : (
        <table className="w-full border-collapse text-left text-[13px]">
          <caption className="sr-only">Flows with their verdicts</caption>
          <thead className="text-xs text-slate-500 dark:text-slate-400">
            <tr className="border-b border-slate-200 dark:border-slate-700">
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Flow
              </th>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Verdict
              </th>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Path after the source
              </th>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Expectation
              </th>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Findings
              </th>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Review
              </th>
              <th scope="col" className="py-1.5 font-medium">
                Notes
              </th>
            </tr>
          </thead>
          <tbody>
            {flows.shown.map((flow) => (
              <tr key={flow.id} className="border-b border-slate-100 align-top dark:border-slate-800">
                <th scope="row" className="py-1.5 pr-3 font-normal">
                  <NameButton onClick={() => selectEdge(flow.id)}>{flow.name}</NameButton>
                </th>
                <td className="py-1.5 pr-3">
                  <span className={`inline-flex items-center gap-1.5 font-medium ${VERDICT_STYLES[flow.state].text}`}>
                    <VerdictIcon state={flow.state} size={12} />
                    {VERDICT_STYLES[flow.state].word}
                  </span>
                </td>
                <td className="py-1.5 pr-3 font-mono text-xs">{flow.path}</td>
                <td className={`py-1.5 pr-3 ${flow.expectation === 'failed' ? 'font-semibold text-red-700' : ''}`}>
                  {flow.expectation ?? '—'}
                </td>
                <td className="py-1.5 pr-3">{flow.findings}</td>
                <td className="py-1.5 pr-3">{flow.review}</td>
                <td className="py-1.5">{flow.notes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ShowMore hidden={flows.hidden} page={ROWS_PER_PAGE} onMore={flows.more} />
    </section>
  );
}

function NameButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="font-medium text-slate-900 underline decoration-slate-300 underline-offset-2 hover:decoration-sky-500 dark:text-slate-50"
    >
      {children}
    </button>
  );
}

function ItemList({
  items,
  empty,
  onSelect,
}: {
  items: readonly OutlineItem[];
  empty: string;
  onSelect: (id: string) => void;
}) {
  if (items.length === 0) return <p className="text-slate-500 dark:text-slate-400">{empty}</p>;
  return (
    <ul className="list-disc space-y-0.5 pl-5">
      {items.map((item) => (
        <li key={item.id}>
          <NameButton onClick={() => onSelect(item.id)}>{item.name}</NameButton>{' '}
          <span className="text-slate-500 dark:text-slate-400">— {item.detail}</span>
        </li>
      ))}
    </ul>
  );
}
