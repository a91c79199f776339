import { useFraming } from '../../canvas/framing.ts';
import type { Design, DesignEdgeOf, FlowResult } from '../../../engine/index.ts';
import { VERDICT_STYLES } from '../../verdict-style.ts';
import { FindingCards } from '../findings/FindingCards.tsx';
import { VerdictIcon } from '../../canvas/VerdictIcon.tsx';
import { traceroute } from './traceroute.ts';

// A selected flow, explained: its verdict, whether that is what the design expects, the path as a
// traceroute from the source would print it, other ways in, and what the rules say and how to
// change it.

export function FlowDetails({
  flow,
  design,
  outcome,
}: {
  flow: DesignEdgeOf<'flow'>;
  design: Design;
  outcome: FlowResult | undefined;
}) {
  const { showNodes } = useFraming();
  if (!outcome) {
    return (
      <section
        aria-label="Flow details"
        className="mb-4 rounded-lg bg-slate-50 px-3 py-2 text-xs text-slate-500 dark:bg-slate-800 dark:text-slate-400"
      >
        Waiting for the analysis…
      </section>
    );
  }
  const look = VERDICT_STYLES[outcome.verdict];
  const trace = traceroute(design, flow, outcome.path);
  const expect = flow.props.expect;
  const nameOf = (id: string) =>
    design.nodes.find((n) => n.id === id)?.label || design.edges.find((e) => e.id === id)?.label || id;

  return (
    <section aria-label="Flow details" className="mb-4">
      <div className="flex items-center gap-2">
        <span
          className={`flex items-center gap-1.5 rounded-full px-2.5 py-1 text-xs font-semibold ring-1 ring-inset ${look.badge}`}
          data-testid="flow-verdict"
        >
          <VerdictIcon state={outcome.verdict} size={13} />
          {look.word}
        </span>
        {expect ? (
          outcome.expectationMet === false ? (
            <span
              className="rounded-full bg-red-600 px-2 py-0.5 text-[11px] font-semibold text-white"
              data-testid="flow-expectation"
            >
              Expected {VERDICT_STYLES[expect].word}: failed
            </span>
          ) : (
            <span
              className="rounded-full bg-green-50 px-2 py-0.5 text-[11px] font-semibold text-green-800 ring-1 ring-green-600/20 ring-inset"
              data-testid="flow-expectation"
            >
              Expected {VERDICT_STYLES[expect].word}: passed
            </span>
          )
        ) : null}
        <button
          type="button"
          className="ml-auto text-xs font-medium text-sky-700 hover:underline dark:text-sky-400"
          onClick={() => showNodes(outcome.path.map((hop) => hop.nodeId))}
        >
          Show path
        </button>
      </div>
      <p className="mt-1.5 text-xs text-slate-600 dark:text-slate-300">{look.meaning}.</p>

      <h3 className="mt-3 mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        Traceroute
      </h3>
      <div
        role="figure"
        aria-label="Traceroute"
        className="overflow-x-auto rounded-md bg-slate-900 px-3 py-2 ring-1 ring-slate-900 dark:bg-black/60 dark:ring-slate-700 font-mono text-[11.5px] leading-5 text-slate-100"
      >
        <p className="text-slate-400">
          traceroute from {trace.from} to {trace.to}
        </p>
        {trace.hops.length === 0 ? <p className="text-red-300">no route: the packets go nowhere</p> : null}
        <ol>
          {trace.hops.map((hop) => (
            <li
              key={hop.number}
              className="grid grid-cols-[1.25rem_auto_1fr] gap-x-3"
              data-gateway={hop.gateway || undefined}
            >
              <span className="text-right text-slate-400">{hop.number}</span>
              <span className={`whitespace-pre ${hop.gateway ? 'text-amber-300' : ''}`}>{hop.answer}</span>
              <span className="text-slate-400">{hop.note}</span>
            </li>
          ))}
        </ol>
      </div>

      {outcome.alternates?.length ? (
        <>
          <h3 className="mt-3 mb-1 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
            Other ways in
          </h3>
          <ul className="space-y-1 text-xs text-slate-600 dark:text-slate-300">
            {outcome.alternates.map((alternate) => (
              <li key={alternate.connectionId}>
                Through {nameOf(alternate.connectionId)} (gateway {nameOf(alternate.gatewayId)}, circuit{' '}
                {nameOf(alternate.circuitId)}): not chosen, {alternate.why}.
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <FindingCards findings={outcome.findings} title="Why, and what to change" ofFlow />
    </section>
  );
}
