import { baseDesign, DIRECT_100G, type DesignDraft } from './design-builder.ts';
import type { PackId } from '../model/packs.ts';
import type { Verdict } from '../schema/kinds.ts';

// The shape of RULES.md section 6's worked scenarios (scenarios.ts), and the designs they share.

export type Expectation = {
  pack: PackId;
  verdict: Verdict;
  previews?: boolean;
  /** Hop labels after the source, as a traceroute would print them. */
  hops?: string[];
  /** `ruleId@subject` that must appear among the flow's findings. */
  flowFindings?: string[];
  /** `ruleId@subject` that must appear among the design findings. */
  designFindings?: string[];
  /** Rule ids that must not appear anywhere in the result. */
  absent?: string[];
};

export type Scenario = { n: number; title: string; design: () => DesignDraft; flow: string; expect: Expectation[] };

export const hubVm = (opts: Parameters<typeof baseDesign>[0] = {}) => baseDesign(opts).flow('f', 'onprem', 'hubvm');
export const spokeVm = (opts: Parameters<typeof baseDesign>[0] = {}) => baseDesign(opts).flow('f', 'onprem', 'spokevm');
export const hubKeyVault = (opts: Parameters<typeof baseDesign>[0] = {}, service = 'KeyVault') =>
  baseDesign({ circuit: DIRECT_100G, connection: { privateLinkFastPath: true }, ...opts })
    .node('pe', 'privateEndpoint', { service, ip: '10.255.5.4' }, 'hub')
    .flow('f', 'onprem', 'pe');
