import type { Confidence, Severity, Verdict } from '../schema/kinds.ts';
import type { Finding, Source } from '../model/types.ts';
import type { Flow, Topology } from '../model/topology.ts';
import type { Route } from '../model/routes.ts';
import type { PackId } from '../model/packs.ts';
import type { Leg } from '../model/legs.ts';

// A rule is metadata beside behaviour, like an ESLint rule. The hooks it implements say where
// it acts: once per design, on a flow's route, on the inbound leg that decides FastPath, or on
// a flow once its verdict is known.

export type Report = {
  subject: string;
  severity: Severity;
  message: string;
  remediation: string;
  source: Source;
  /** Defaults to the rule's own confidence. */
  confidence?: Confidence;
};

/**
 * A preview or limited-GA feature on a leg. The rule names the feature and its stage; the message,
 * with what the design's `allowPreviews` makes of it, is written once by `previewMessage`.
 */
export type PreviewReport = Omit<Report, 'message'> & {
  /** What is in preview, as the subject of a sentence: `FastPath to private endpoint "pe"`. */
  feature: string;
  /** Its stage, after "is in": `public preview`, `limited GA on ExpressRoute Direct`. */
  stage: string;
};

/**
 * "<feature> is in <stage>; counted as FastPath because the design allows previews." Without
 * previews the gateway carries the traffic: the hub's, when the destination is in a spoke.
 */
export function previewMessage(
  { feature, stage }: Pick<PreviewReport, 'feature' | 'stage'>,
  leg: Pick<Leg, 'isSpoke'>,
  allowPreviews: boolean,
): string {
  const gateway = leg.isSpoke ? 'the hub gateway' : 'the gateway';
  const outcome = allowPreviews
    ? 'counted as FastPath because the design allows previews'
    : `${gateway} carries the traffic unless previews are allowed`;
  return `${feature} is in ${stage}; ${outcome}.`;
}

type Common = {
  pack: PackId;
  allowPreviews: boolean;
  topo: Topology;
  /** True when the pack is `from` or newer, and not newer than `to` when given. */
  at(from: PackId, to?: PackId): boolean;
  report(report: Report): void;
};

export type DesignContext = Common & {
  /** The verdict a leg would get before the FastPath IP limit is applied. */
  legVerdictWithoutLimit(leg: Leg): 'fastpath' | 'gateway';
  /** Records that `endpointId` no longer gets FastPath routes programmed on `circuitId`. */
  markOverLimit(circuitId: string, endpointId: string): void;
};

export type RouteContext = Common & {
  flow: Flow;
  route: Route;
  /** Report why the flow has no route (route kind `none`): the finding decides its `unreachable` verdict. */
  unreachable(report: Report): void;
};

export type LegContext = Common & {
  leg: Leg;
  flow?: Flow;
  /** Report a limitation that sends this leg through the gateway: the finding decides the `gateway` verdict. */
  gateway(report: Report): void;
  /**
   * Report a preview or limited-GA feature: FastPath only when the design allows previews; otherwise
   * the finding, like one given to `gateway`, decides the `gateway` verdict.
   */
  preview(report: PreviewReport): void;
  /** How a UDR on the GatewaySubnet treats FastPath traffic: through the NVA, or bypassing it. */
  udrOverFastPath(mode: 'via-nva' | 'bypass'): void;
  /** Whether the endpoint lost FastPath to the IP limit of the leg's circuit or port. */
  overIpLimit(): boolean;
};

export type AnnotateContext = Common & { flow: Flow; route: Route; verdict: Verdict; leg?: Leg };

export type RuleMeta = {
  id: string;
  description: string;
  sources: readonly Source[];
  /** The packs in which the rule acts. */
  packs: readonly PackId[];
  confidence: Confidence;
};

export type Rule = RuleMeta & {
  checkDesign?(ctx: DesignContext): void;
  checkRoute?(ctx: RouteContext): void;
  checkLeg?(ctx: LegContext): void;
  annotate?(ctx: AnnotateContext): void;
};

export function defineRule<R extends Rule>(rule: R): R {
  return rule;
}

export function toFinding(rule: RuleMeta, report: Report): Finding {
  return {
    ruleId: rule.id,
    severity: report.severity,
    message: report.message,
    remediation: report.remediation,
    subject: report.subject,
    source: report.source,
    confidence: report.confidence ?? rule.confidence,
  };
}
