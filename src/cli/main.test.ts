import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';
import { main } from './main.ts';
import { PACK_IDS } from '../engine/index.ts';

const root = resolve(import.meta.dirname, '../..');
const example = (name: string) => join(root, 'fixtures/examples', `${name}.json`);
const dir = mkdtempSync(join(tmpdir(), 'fastpath-check-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
  });
  return { code, stdout, stderr };
}

/** Runs bin/fastpath-check.js in a node process of its own, as npm's bin link would. */
function runBin(...argv: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin/fastpath-check.js'), ...argv]);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
  });
}

// A design written by hand in the FORMAT.md shape (not a fixture): provider circuit, hub + spoke.
const handWritten = {
  format: 'fastpath-design',
  version: 1,
  title: 'Hand written',
  nodes: [
    { id: 'site', kind: 'onPremises', label: 'HQ' },
    { id: 'er', kind: 'circuit', label: 'ER', props: { circuitType: 'provider' } },
    { id: 'hub', kind: 'vnet', label: 'Hub', props: { region: 'westeurope' } },
    { id: 'gw', kind: 'gateway', label: 'GW', parentId: 'hub', props: { sku: 'ErGw3AZ' } },
    { id: 'vm', kind: 'vm', label: 'VM', parentId: 'hub', props: { ip: '10.0.0.4' } },
    { id: 'spoke', kind: 'vnet', label: 'Spoke', props: { region: 'westeurope' } },
    { id: 'svm', kind: 'vm', label: 'Spoke VM', parentId: 'spoke' },
  ],
  edges: [
    { id: 'l', kind: 'circuitLink', source: 'site', target: 'er' },
    { id: 'c', kind: 'connection', source: 'gw', target: 'er', props: { fastPath: true } },
    { id: 'p', kind: 'vnetPeering', source: 'hub', target: 'spoke' },
    { id: 'f1', kind: 'flow', source: 'site', target: 'vm', props: { expect: 'fastpath' } },
    { id: 'f2', kind: 'flow', source: 'site', target: 'svm', props: { expect: 'gateway' } },
  ],
};

describe('fastpath-check', () => {
  it('exits 0 and prints a line per flow when all is well', async () => {
    const { code, stdout, stderr } = await run(example('hub-spoke-lab'));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/f-onprem-hub\s+On-premises \(CE router\) → Hub VM\s+FastPath/);
    expect(stdout).toMatch(/f-remote-spoke\s+Remote VM → Spoke VM\s+gateway/);
    expect(stdout).toContain('path: MSEE > * > 10.254.10.4');
    expect(stdout).toContain('Summary: 6 flows (2 fastpath, 3 gateway, 1 direct); 0 expectations failed; 0 errors');
  });

  it('exits 1 when an expectation fails or an error finding exists', async () => {
    const { code, stdout } = await run(example('provider-wrong-sku'));
    expect(code).toBe(1);
    expect(stdout).toContain('EXPECTED fastpath: FAILED');
    expect(stdout).toMatch(/error\s+gateway-sku \[gw\]/);
  });

  it('gives RULES.md verdicts on a hand-written design, per pack', async () => {
    const path = file('hand.json', JSON.stringify(handWritten));
    const latest = JSON.parse((await run(path, '--json')).stdout);
    expect(latest.flows.f1.verdict).toBe('fastpath');
    expect(latest.flows.f2.verdict).toBe('gateway');
    const old = await run(path, '--json', '--rules', '2019-05');
    const result = JSON.parse(old.stdout);
    expect(result.rulesAsOf).toBe('2019-05');
    expect(result.flows.f1.verdict).toBe('gateway'); // FastPath was ExpressRoute Direct only
    expect(result.flows.f1.expectationMet).toBe(false);
    expect(old.code).toBe(1);
  });

  it('--json prints exactly the FORMAT.md evaluation result', async () => {
    const { code, stdout } = await run(example('direct-private-link'), '--json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['rulesAsOf', 'pack', 'allowPreviews', 'flows', 'findings']);
    expect(result.rulesAsOf).toBe('2025-11');
    expect(Object.keys(result.flows)).toEqual(['f-app', 'f-ilb', 'f-kv', 'f-st', 'f-dns', 'f-dr', 'f-app-v6']);
    const flow = result.flows['f-kv'];
    expect(Object.keys(flow)).toEqual(expect.arrayContaining(['verdict', 'path', 'findings', 'expectationMet']));
    expect(flow.path[0]).toEqual({ nodeId: 'dc', label: 'Datacenter' });
    const flowFindings = Object.values<{ findings: { decisive?: unknown }[] }>(result.flows).flatMap((f) => f.findings);
    // The one additive field: on a flow's findings that decided its verdict (docs/format.md).
    expect(flowFindings.some((finding) => finding.decisive === true)).toBe(true);
    for (const finding of [...result.findings, ...flowFindings]) {
      const decisive = (finding as { decisive?: unknown }).decisive;
      expect(decisive === undefined || (decisive === true && flowFindings.includes(finding as never))).toBe(true);
      expect(finding).toEqual({
        ...(decisive ? { decisive: true } : {}),
        ruleId: expect.any(String),
        severity: expect.stringMatching(/^(error|warning|info)$/),
        message: expect.any(String),
        remediation: expect.any(String),
        subject: expect.any(String),
        confidence: expect.stringMatching(/^(documented|advisory|inference)$/),
        source: {
          title: expect.any(String),
          url: expect.stringMatching(/^https:/),
          date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        },
      });
    }
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.json'), /nope\.json: no such file/],
    ['a directory', () => dir, /is a directory/],
    ['broken JSON', () => file('broken.json', '{"format": "fastpath-design",'), /broken\.json: not valid JSON/],
    ['another format', () => file('other.json', '{"format": "drawio"}'), /other\.json: format: not a FastPath design/],
    [
      'a newer version',
      () => file('new.json', '{"format": "fastpath-design", "version": 9, "nodes": []}'),
      /new\.json: version: this design is format version 9/,
    ],
    [
      'a wrong SKU',
      () =>
        file(
          'sku.json',
          JSON.stringify({
            ...handWritten,
            nodes: handWritten.nodes.map((n) => (n.id === 'gw' ? { ...n, props: { sku: 'Mega' } } : n)),
          }),
        ),
      /sku\.json: nodes\[3\]\.props\.sku: expected one of "Standard", "HighPerformance"/,
    ],
  ])('exits 2 for %s with a located message and no stack trace', async (_name, make, message) => {
    const { code, stdout, stderr } = await run(make());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for bad arguments, naming the packs', async () => {
    const { code, stderr } = await run(example('hub-spoke-lab'), '--rules', '2018');
    expect(code).toBe(2);
    expect(stderr).toContain(`unknown pack "2018"; expected one of ${PACK_IDS.join(', ')}`);
    expect((await run()).code).toBe(2);
    expect((await run('--bogus', 'x.json')).code).toBe(2);
  });

  it('prints the usage for --help and exits 0', async () => {
    const { code, stdout, stderr } = await run('--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Usage: fastpath-check FILE');
  });

  // The one end-to-end run of the real bin: node starts, tsx registers and loads the TypeScript,
  // and the check's exit code becomes the process's. Every behaviour above runs in-process; a
  // cold node + tsx start takes seconds on a loaded machine, hence the explicit timeout.
  it('runs as the fastpath-check bin, with the exit code of the check', { timeout: 30_000 }, async () => {
    const { status, stdout, stderr } = await runBin(example('provider-wrong-sku'), '--json');
    // 1, not the default 0: the check's own exit code reached the process.
    expect(status, stderr).toBe(1);
    const result = JSON.parse(stdout);
    expect(
      Object.values<{ expectationMet?: boolean }>(result.flows).some((flow) => flow.expectationMet === false),
    ).toBe(true);
  });
});
