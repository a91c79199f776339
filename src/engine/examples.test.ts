import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { evaluate, loadDesign, PACK_IDS } from './index.ts';
import { decisiveProblems } from './testing/decisive.ts';

// The three example designs evaluate as shared/examples/README.md says, and in every pack each
// gateway or unreachable verdict names the finding that decided it.

function run(name: string) {
  const loaded = loadDesign(readFileSync(new URL(`../../fixtures/examples/${name}.json`, import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(`${name} refused`);
  return { design: loaded.design, result: evaluate(loaded.design) };
}

const verdicts = (flows: Record<string, { verdict: string }>) =>
  Object.fromEntries(Object.entries(flows).map(([id, f]) => [id, f.verdict]));

describe('example designs', () => {
  it('hub-spoke-lab: the lab traceroutes, every expectation met', () => {
    const { result } = run('hub-spoke-lab');
    expect(verdicts(result.flows)).toEqual({
      'f-onprem-hub': 'fastpath',
      'f-onprem-spoke': 'gateway',
      'f-onprem-remote': 'gateway',
      'f-remote-hub': 'fastpath',
      'f-remote-spoke': 'gateway',
      'f-hub-onprem': 'direct',
    });
    expect(Object.values(result.flows).every((f) => f.expectationMet === true)).toBe(true);
    // The remote VNet's traffic to the spoke crosses the hub's gateway (the lab's "* * *" hop).
    expect(result.flows['f-remote-spoke']?.path).toEqual([
      { nodeId: 'remotevm', label: 'Remote VM' },
      { nodeId: 'circuit', label: 'MSEE' },
      { nodeId: 'ergw1', label: '*', gateway: true },
      { nodeId: 'spokevm', label: '10.254.10.4' },
    ]);
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('direct-private-link: verdicts worked out from RULES.md section 2 (latest)', () => {
    const { result } = run('direct-private-link');
    expect(verdicts(result.flows)).toEqual({
      'f-app': 'fastpath', // spoke VM on Direct, same region; UDR honoured: edge → firewall → VM
      'f-ilb': 'gateway', // internal load balancer in a spoke
      'f-kv': 'fastpath', // Key Vault PE in the hub, Direct, Private Link FastPath on
      'f-st': 'fastpath', // Storage PE in a same-region spoke (allowed from 2024-06)
      'f-dns': 'fastpath', // DNS resolver in the hub (2025-03+), with a warning
      'f-dr': 'gateway', // spoke in another region
      'f-app-v6': 'gateway', // latest revision: UDR over FastPath is IPv4 only
    });
    expect(result.flows['f-app']?.path.map((h) => h.label)).toEqual(['Datacenter', 'MSEE', '10.10.1.4', '10.20.1.4']);
    expect(result.flows['f-kv']?.expectationMet).toBe(true);
    expect(result.flows['f-app']?.expectationMet).toBe(true);
  });

  it('provider-wrong-sku: the SKU error and the failed expectation', () => {
    const { result } = run('provider-wrong-sku');
    expect(result.rulesAsOf).toBe('2024-06');
    expect(verdicts(result.flows)).toEqual({ 'f-web': 'gateway', 'f-lb': 'gateway' });
    expect(result.flows['f-web']?.expectationMet).toBe(false);
    expect(result.findings.map((f) => [f.ruleId, f.subject, f.severity])).toContainEqual([
      'gateway-sku',
      'gw',
      'error',
    ]);
    expect(result.flows['f-lb']?.findings.map((f) => f.ruleId)).toContain('basic-load-balancer');
  });

  it('direct-private-link: the finding that sent a flow through the gateway is listed first', () => {
    const { result } = run('direct-private-link');
    const first = (id: string) => {
      const finding = result.flows[id]?.findings[0];
      return finding && [finding.ruleId, finding.decisive];
    };
    expect(first('f-ilb')).toEqual(['internal-load-balancer', true]);
    expect(first('f-dr')).toEqual(['global-peering', true]);
    expect(result.flows['f-app']?.findings.some((f) => f.decisive)).toBe(false);
  });

  it.each(['hub-spoke-lab', 'direct-private-link', 'provider-wrong-sku'])(
    '%s keeps the decisive promises in every pack, with and without previews',
    (name) => {
      const { design } = run(name);
      for (const pack of PACK_IDS) {
        for (const allowPreviews of [false, true]) {
          const result = evaluate({ ...design, allowPreviews }, { rulesAsOf: pack });
          expect(decisiveProblems(result), `${pack}, previews ${allowPreviews}`).toEqual([]);
        }
      }
    },
  );
});
