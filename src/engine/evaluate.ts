import type { Design, EvaluationResult, Finding, FlowResult, Hop } from './model/types.ts';
import type { Verdict } from './schema/kinds.ts';
import { Topology, type Endpoint, type Flow } from './model/topology.ts';
import { makeLeg, type Leg } from './model/legs.ts';
import { resolveRoute, type Route } from './model/routes.ts';
import { inPacks, packInfo, reportedPackId, type PackId } from './model/packs.ts';
import {
  previewMessage,
  toFinding,
  type PreviewReport,
  type AnnotateContext,
  type LegContext,
  type Report,
  type Rule,
  type RouteContext,
} from './rules/rule.ts';
import { RULES } from './rules/index.ts';
import { sortFindings } from './model/findings.ts';

// Document + pack → evaluation result (FORMAT.md, docs/format.md). Design-level rules run once, then
// each flow is routed (RULES.md Part A) and its inbound leg, if any, is put to the FastPath rules.

export type EvaluateOptions = { rulesAsOf?: PackId };

type LegOutcome = { verdict: 'fastpath' | 'gateway'; udr: 'via-nva' | 'bypass' };

/** The verdicts a finding can decide: a leg rule sends the flow through the gateway, a route rule finds no route. */
type Decides = Extract<Verdict, 'gateway' | 'unreachable'>;

export function evaluate(design: Design, options: EvaluateOptions = {}): EvaluationResult {
  const run = startRun(design, options.rulesAsOf ?? design.rulesAsOf);
  const findings: Finding[] = [];
  for (const rule of run.rules) {
    const outcome = run.designRule(rule);
    findings.push(...outcome.findings);
    for (const [circuitId, endpointId] of outcome.overLimit) run.markOverLimit(circuitId, endpointId);
  }
  const flows: [string, FlowResult][] = [];
  for (const flow of run.topo.edgesOf('flow')) flows.push([flow.id, run.flow(flow)]);
  return resultOf(run, flows, findings);
}

/** One evaluation of one design under one pack, taken a design rule or a flow at a time. */
export type Run = {
  readonly pack: PackId;
  readonly allowPreviews: boolean;
  readonly topo: Topology;
  /** The rules of the pack, in the order their findings are listed. */
  readonly rules: readonly Rule[];
  /** A rule's design findings (unsorted), and the endpoints it found beyond a circuit's FastPath IP limit. */
  designRule(rule: Rule): { findings: Finding[]; overLimit: [circuitId: string, endpointId: string][] };
  /** Records that `endpointId` lost FastPath on `circuitId` (before flows are evaluated: legs read it). */
  markOverLimit(circuitId: string, endpointId: string): void;
  /** The endpoints beyond `circuitId`'s IP limit (a flow's leg reads this as `@limit:<circuitId>`). */
  overLimitOf(circuitId: string): ReadonlySet<string> | undefined;
  flow(flow: Flow): FlowResult;
};

export function startRun(design: Design, pack: PackId): Run {
  const allowPreviews = design.allowPreviews;
  const topo = new Topology(design);
  const rules = RULES.filter((rule) => rule.packs.includes(pack));
  const overLimit = new Map<string, Set<string>>();

  const at = (from: PackId, to?: PackId) => inPacks(pack, from, to);
  /** What every rule context carries. */
  const common = { pack, allowPreviews, topo, at };
  const routeRules = rules.filter((rule) => rule.checkRoute);
  const legRules = rules.filter((rule) => rule.checkLeg);
  const annotateRules = rules.filter((rule) => rule.annotate);

  // Legs are evaluated for every flow and, for the IP limit, for every endpoint: one context,
  // refilled for each leg and shared by the rules in turn, keeps these loops free of allocations.
  // Legs never nest (only a design rule asks for a what-if leg), so one is enough.
  let out: Reporter = DISCARD;
  let current: { leg: Leg; withLimit: boolean; toGateway: boolean; udr: LegOutcome['udr'] };
  const legCtx = {
    ...common,
    leg: undefined as unknown as Leg,
    flow: undefined as Flow | undefined,
    report: (r: Report) => out.report(r),
    gateway: (r: Report) => {
      current.toGateway = true;
      out.report(r, 'gateway');
    },
    preview: ({ feature, stage, ...r }: PreviewReport) => {
      if (!allowPreviews) current.toGateway = true;
      out.report(
        { ...r, message: previewMessage({ feature, stage }, current.leg, allowPreviews) },
        gatewayUnless(allowPreviews),
      );
    },
    udrOverFastPath: (mode: LegOutcome['udr']) => {
      current.udr = mode;
    },
    overIpLimit: () => {
      if (!current.withLimit) return false;
      const circuitId = current.leg.entry.circuit.id;
      topo.readGroup('limit', circuitId);
      return overLimit.get(circuitId)?.has(current.leg.dest.id) ?? false;
    },
  };
  const ctx = legCtx as LegContext;
  const runLeg = (leg: Leg, flow: Flow | undefined, to: Reporter, withLimit: boolean): LegOutcome => {
    out = to;
    current = { leg, withLimit, toGateway: !leg.fastPathOn, udr: 'bypass' };
    legCtx.leg = leg;
    legCtx.flow = flow;
    for (const rule of legRules) {
      to.use(rule);
      rule.checkLeg?.(ctx);
    }
    const outcome: LegOutcome = { verdict: current.toGateway ? 'gateway' : 'fastpath', udr: current.udr };
    out = DISCARD;
    return outcome;
  };

  const designRule = (rule: Rule) => {
    const out = reporter();
    const marks: [string, string][] = [];
    out.use(rule);
    rule.checkDesign?.({
      ...common,
      report: out.report,
      legVerdictWithoutLimit: (leg) => runLeg(leg, undefined, DISCARD, false).verdict,
      markOverLimit: (circuitId, endpointId) => {
        marks.push([circuitId, endpointId]);
      },
    });
    return { findings: out.findings(), overLimit: marks };
  };

  // One reporter and one context per hook for every flow, refilled flow by flow (flows never
  // nest): ten thousand flows would otherwise make ten thousand of each for the collector.
  const flowOut = reporter();
  const reportOnFlow = (r: Report) => flowOut.report(r);
  const routeCtx = {
    ...common,
    report: reportOnFlow,
    unreachable: (r: Report) => flowOut.report(r, 'unreachable'),
    flow: undefined as unknown as Flow,
    route: undefined as unknown as Route,
  } satisfies RouteContext;
  const annotateCtx = {
    ...common,
    report: reportOnFlow,
    flow: undefined as unknown as Flow,
    route: undefined as unknown as Route,
    verdict: 'pending' as Verdict,
    leg: undefined as Leg | undefined,
  };

  const evaluateFlow = (flow: Flow): FlowResult => {
    // The flow's own fields are read here, not through a lookup: note them like one.
    topo.readItem(flow.id);
    flowOut.reset();
    const route = resolveRoute(topo, flow);
    routeCtx.flow = flow;
    routeCtx.route = route;
    for (const rule of routeRules) {
      flowOut.use(rule);
      rule.checkRoute?.(routeCtx);
    }

    let verdict: Verdict;
    let path: Hop[];
    let leg: Leg | undefined;
    if (route.kind === 'inbound' || route.kind === 'viaEdge') {
      leg = makeLeg(route.entry, route.dest, route.destVnet, flow.props.ipVersion);
      const outcome = runLeg(leg, flow, flowOut, true);
      verdict = outcome.verdict;
      path = inboundPath(topo, route.kind === 'inbound' ? route.site : route.source, leg, outcome);
    } else if (route.kind === 'outbound') {
      verdict = 'direct';
      path = [
        sourceHop(topo, route.source),
        { nodeId: route.entry.circuit.id, label: 'MSEE' },
        sourceHop(topo, route.site),
      ];
    } else if (route.kind === 'inAzure') {
      verdict = 'direct';
      path = [sourceHop(topo, route.source), hop(topo, route.dest)];
    } else {
      verdict = 'unreachable';
      path = [sourceHop(topo, topo.nodes.get(flow.source) as Endpoint)];
    }
    annotateCtx.flow = flow;
    annotateCtx.route = route;
    annotateCtx.verdict = verdict;
    annotateCtx.leg = leg;
    for (const rule of annotateRules) {
      flowOut.use(rule);
      rule.annotate?.(annotateCtx as AnnotateContext);
    }

    const result: FlowResult = { verdict, path, findings: sortFindings(flowOut.findings(verdict)) };
    const alternates = alternatesOf(route);
    if (alternates.length > 0) result.alternates = alternates;
    if (flow.props.expect !== undefined) result.expectationMet = flow.props.expect === verdict;
    return result;
  };

  return {
    pack,
    allowPreviews,
    topo,
    rules,
    designRule,
    markOverLimit: (circuitId, endpointId) => {
      const set = overLimit.get(circuitId) ?? new Set<string>();
      set.add(endpointId);
      overLimit.set(circuitId, set);
    },
    overLimitOf: (circuitId) => overLimit.get(circuitId),
    flow: evaluateFlow,
  };
}

/** The result document of a run: its flows in the design's order, and the design findings sorted. */
export function resultOf(
  run: Run,
  flows: [string, FlowResult][],
  designFindings: readonly Finding[],
): EvaluationResult {
  return {
    rulesAsOf: reportedPackId(run.pack),
    pack: { id: run.pack, date: packInfo(run.pack).date },
    allowPreviews: run.allowPreviews,
    // fromEntries defines own properties, so a flow id such as "__proto__" stays a plain key.
    flows: Object.fromEntries(flows),
    findings: sortFindings(designFindings),
  };
}

type Reporter = {
  /** `decides`: the verdict this finding brings about when the flow gets it. */
  report(report: Report, decides?: Decides): void;
  /** Names the rule that is speaking. */
  use(rule: Rule): void;
  /** Everything reported, the findings that brought about `verdict` marked decisive. */
  findings(verdict?: Verdict): Finding[];
  /** Starts over, for the next flow. */
  reset(): void;
};

/** One report function for a run of rules: a design's, or a flow's route, leg and notes. */
function reporter(): Reporter {
  let current: Rule | undefined;
  let findings: Finding[] = [];
  // A finding is marked only once the verdict is known, and only if it argued for that verdict, so
  // the mark can never contradict the verdict (say, a rule calling a route that exists unreachable).
  let claims: Map<Finding, Decides> | undefined;
  return {
    report: (report, decides) => {
      const finding = toFinding(current as Rule, report);
      findings.push(finding);
      if (decides) (claims ??= new Map()).set(finding, decides);
    },
    use: (rule) => {
      current = rule;
    },
    findings: (verdict) =>
      claims === undefined
        ? findings
        : findings.map((f) => (claims?.get(f) === verdict ? { ...f, decisive: true } : f)),
    reset: () => {
      findings = [];
      claims = undefined;
    },
  };
}

/** For the design rules' what-if legs, whose findings nobody reads. */
const DISCARD: Reporter = { report: () => {}, use: () => {}, findings: () => [], reset: () => {} };

/** A preview decides the gateway verdict only when the design does not allow previews. */
const gatewayUnless = (allowPreviews: boolean): Decides | undefined => (allowPreviews ? undefined : 'gateway');

function hop(topo: Topology, node: Endpoint): Hop {
  const address =
    node.kind === 'loadBalancer' ? node.props.frontendIp : node.kind === 'onPremises' ? '' : node.props.ip;
  return { nodeId: node.id, label: address || topo.label(node.id) };
}

function sourceHop(topo: Topology, node: Endpoint): Hop {
  return { nodeId: node.id, label: topo.label(node.id) };
}

function inboundPath(topo: Topology, from: Endpoint, leg: Leg, outcome: LegOutcome): Hop[] {
  const path: Hop[] = [sourceHop(topo, from), { nodeId: leg.entry.circuit.id, label: 'MSEE' }];
  if (outcome.verdict === 'gateway') path.push({ nodeId: leg.entry.gateway.id, label: '*', gateway: true });
  const nva = leg.udrNva ? topo.node(leg.udrNva, 'nva') : undefined;
  if (nva && (outcome.verdict === 'gateway' || outcome.udr === 'via-nva')) path.push(hop(topo, nva));
  path.push(hop(topo, leg.dest));
  return path;
}

function alternatesOf(route: Route): NonNullable<FlowResult['alternates']> {
  if (route.kind !== 'inbound' && route.kind !== 'viaEdge') return [];
  return route.alternates.map((e) => ({
    connectionId: e.connection.id,
    gatewayId: e.gateway.id,
    circuitId: e.circuit.id,
    why:
      e.transit && !route.entry.transit
        ? 'transit through a peered hub; a directly attached gateway is preferred'
        : e.connection.props.routingWeight < route.entry.connection.props.routingWeight
          ? 'lower routing weight'
          : 'same preference; the lower connection id is chosen',
  }));
}
