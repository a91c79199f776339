import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { loadDesign, type DesignDiff } from '../engine/index.ts';
import { EXIT, main } from './main.ts';

// fastpath-check diff: each exit code, and the shapes of its text, JSON and Markdown; and the
// checker on an estate export, and `convert`.

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'fastpath-check-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Doc = {
  title: string;
  nodes: { id: string; kind: string; label: string; props: Record<string, unknown> }[];
  edges: { id: string; kind: string; label?: string; props: Record<string, unknown> }[];
};
const lab = (): Doc => JSON.parse(readFileSync(join(root, 'fixtures/examples/hub-spoke-lab.json'), 'utf8')) as Doc;

function file(name: string, doc: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof doc === 'string' ? doc : JSON.stringify(doc));
  return path;
}

/** The checker run in this process, with what it wrote to each stream. */
async function checker(argv: string[], stdin?: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    ...(stdin === undefined ? {} : { stdin: Readable.from([Buffer.from(stdin)]) }),
  });
  return { code, stdout, stderr };
}

const run = (argv: string[], stdin?: string) => checker(['diff', ...argv], stdin);

/** The lab with FastPath off on the hub's connection: two flows leave FastPath. */
function withoutFastPath(): Doc {
  const doc = lab();
  const connection = doc.edges.find((edge) => edge.kind === 'connection');
  if (!connection) throw new Error('the lab has no connection');
  connection.props = { ...connection.props, fastPath: false };
  return doc;
}

const before = file('before.json', lab());

describe('fastpath-check diff: exit codes', () => {
  it('exits 0 and says nothing changed for the same design', async () => {
    const { code, stdout, stderr } = await run([before, file('same.json', lab())]);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe('');
    expect(stdout).toContain('Flows that changed (0)');
    expect(stdout).toContain('Summary: 0 flows worse, 0 better, 0 new errors; 0 changes to the design');
  });

  it('exits 1 when a flow leaves FastPath, naming the flow and the finding that explains it', async () => {
    const { code, stdout } = await run([before, file('off.json', withoutFastPath())]);
    expect(code).toBe(EXIT.failed);
    expect(stdout).toMatch(
      /WORSE {4}#1 On-premises \(CE router\) → Hub VM: FastPath, expected FastPath: met → Gateway, expected FastPath: failed/,
    );
    expect(stdout).toMatch(/fastpath-flag \[conn1\]: FastPath is not enabled/);
    expect(stdout).toContain('Changed Connection “ERGW1 → CIRCUIT_EQUINIX”: fastPath on → off');
    expect(stdout).toMatch(/Summary: 2 flows worse, 0 better/);
  });

  it('exits 0 when the change only makes flows better', async () => {
    const { code, stdout } = await run([file('off2.json', withoutFastPath()), before]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/BETTER {3}#1 .* Gateway, expected FastPath: failed → FastPath, expected FastPath: met/);
    expect(stdout).toMatch(/no longer info fastpath-flag/);
  });

  it('exits 1 when a new error finding appears', async () => {
    const doc = lab();
    // A gateway SKU without FastPath on a connection that asks for it is an error finding.
    const gateway = doc.nodes.find((node) => node.kind === 'gateway');
    if (!gateway) throw new Error('the lab has no gateway');
    gateway.props = { ...gateway.props, sku: 'Standard' };
    const { code, stdout } = await run([before, file('sku.json', doc), '--json']);
    const diff = JSON.parse(stdout) as DesignDiff;
    expect(diff.summary.newErrors).toBeGreaterThan(0);
    expect(code).toBe(EXIT.failed);
  });

  it.each([
    { name: 'a file that is not there', argv: [before, join(dir, 'missing.json')], message: /missing\.json: / },
    { name: 'a file that is not a design', argv: [before, file('bad.json', '{"format": 1}')], message: /bad\.json: / },
    { name: 'one file', argv: [before], message: /expected two design files/ },
    { name: 'both from standard input', argv: ['-', '-'], message: /only one of OLD and NEW/ },
    {
      name: 'JSON and Markdown at once',
      argv: [before, before, '--json', '--markdown'],
      message: /cannot be used together/,
    },
    { name: 'an unknown pack', argv: [before, before, '--rules', '1999-01'], message: /unknown pack "1999-01"/ },
  ])('exits 2 for $name', async ({ argv, message }) => {
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(EXIT.unreadable);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('reads one version from standard input, as `git show main:design.json |` gives it', async () => {
    const { code, stdout } = await run(['-', file('off3.json', withoutFastPath())], JSON.stringify(lab()));
    expect(code).toBe(EXIT.failed);
    expect(stdout).toContain('Changes from standard input to');
  });

  it('prints its own help', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('Usage: fastpath-check diff OLD NEW');
  });
});

describe('fastpath-check diff: shapes', () => {
  it('--json prints the diff as docs/format.md describes it', async () => {
    const { stdout } = await run([before, file('off4.json', withoutFastPath()), '--json', '--rules', '2024-06']);
    const diff = JSON.parse(stdout) as DesignDiff;
    expect(diff.rulesAsOf).toBe('2024-06');
    expect(Object.keys(diff)).toEqual([
      'rulesAsOf',
      'pack',
      'design',
      'nodes',
      'edges',
      'flows',
      'findings',
      'summary',
    ]);
    expect(diff.edges).toEqual([
      expect.objectContaining({
        change: 'changed',
        id: 'conn1',
        fields: [{ field: 'props.fastPath', before: true, after: false }],
      }),
    ]);
    expect(diff.flows[0]).toMatchObject({
      number: 1,
      change: 'changed',
      effect: 'worse',
      before: { verdict: 'fastpath' },
      after: { verdict: 'gateway' },
    });
    expect(diff.summary).toMatchObject({ worse: 2, parts: 1 });
  });

  it('--markdown writes a pull request comment: a table of the changed flows with their reasons', async () => {
    const { code, stdout } = await run([before, file('off5.json', withoutFastPath()), '--markdown']);
    expect(code).toBe(EXIT.failed);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^## FastPath check: Hub, spoke and remote VNet/);
    expect(stdout).toContain('**2 flows worse** · 0 better · no new error · 1 part changed.');
    const header = lines.indexOf('| | Flow | Before | After | Why |');
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 1]).toBe('|---|---|---|---|---|');
    expect(lines[header + 2]).toMatch(
      /^\| \*\*Worse\*\* \| #1 On-premises \\\(CE router\\\) → Hub VM \| FastPath, expected FastPath: met \| Gateway, expected FastPath: failed \| \[fastpath-flag\]\(https:\/\/learn\.microsoft\.com\/[^)]+\): FastPath is not enabled/,
    );
    expect(stdout).toContain('### Changes to the design');
    expect(stdout).toContain('- Changed Connection “ERGW1 → CIRCUIT\\_EQUINIX”: fastPath on → off');
  });
});

describe('fastpath-check diff: hostile design text', () => {
  const CLEAR = '\u001b[2J\u001b[H';
  const hostile = () => {
    const doc = withoutFastPath();
    doc.title = `<img src=x onerror=alert(1)> | ${CLEAR}`;
    const site = doc.nodes.find((node) => node.kind === 'onPremises');
    if (!site) throw new Error('the lab has no site');
    site.label = `[click](javascript:alert(1)) | <script>x</script> ${CLEAR}\r**bold**`;
    return doc;
  };
  const base = () => {
    const doc = lab();
    doc.nodes = doc.nodes.map((node) =>
      node.kind === 'onPremises'
        ? { ...node, label: hostile().nodes.find((n) => n.kind === 'onPremises')!.label }
        : node,
    );
    return doc;
  };

  it('keeps Markdown inert: no raw HTML, no link but the rules’ sources, one cell per column', async () => {
    const { stdout } = await run([file('h1.json', base()), file('h2.json', hostile()), '--markdown']);
    expect(stdout).not.toMatch(/<(img|script)/i);
    expect(stdout).not.toContain('](javascript');
    // eslint-disable-next-line no-control-regex -- the characters under test
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F]/);
    for (const row of stdout.split('\n').filter((line) => line.startsWith('| '))) {
      expect(row.replace(/\\\|/g, '').split('|').length - 1).toBe(6);
    }
  });

  it('keeps the terminal text free of anything a terminal obeys', async () => {
    for (const argv of [[], ['--json']]) {
      const { stdout } = await run([file('h3.json', base()), file('h4.json', hostile()), ...argv]);
      // eslint-disable-next-line no-control-regex -- the characters under test
      expect(stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/);
    }
  });
});

describe('fastpath-check on an estate export', () => {
  const estate = join(root, 'fixtures/estates/contoso.arg.json');

  it.each([
    { name: 'contoso.arg.json', keys: true },
    { name: 'contoso.arm-export.json', keys: false },
    { name: 'contoso.tfstate.json', keys: true },
  ])(
    'converts $name, proposes the flows, checks them, and reports the import on standard error',
    async ({ name, keys }) => {
      const { code, stdout, stderr } = await checker([join(root, 'fixtures/estates', name)]);
      expect(code).toBe(EXIT.failed); // the ErGwScale gateway below 10 units is an error finding
      expect(stdout).toMatch(
        /flow-1 +On-premises \(ExpressRoute Direct, Equinix-Amsterdam-AM5\) → vm-app1-01 +FastPath/,
      );
      expect(stdout).toMatch(/flow-5 +On-premises \(Equinix, Dublin\) → vm-data-01 +gateway +\[gateway-sku\]/);
      expect(stderr).toMatch(/estate converted: .*1 azurefirewalls, 2 connections/);
      if (keys) expect(stderr).toContain('1 authorization or shared keys were not read');
      else expect(stderr).not.toContain('keys were not read');
    },
  );

  it('convert writes the design as JSON, which loads and holds no secret', async () => {
    const { code, stdout, stderr } = await checker(['convert', estate]);
    expect(code).toBe(EXIT.ok);
    const loaded = loadDesign(stdout);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(loaded.design.edges.filter((e) => e.kind === 'flow')).toHaveLength(8);
    expect(stdout).not.toContain('not-a-real-key');
    expect(stderr).toContain('assumed: On-premises (Equinix, Dublin) is proposed');
  });

  it('convert reads Resource Graph pages as one export, and names a page that is missing', async () => {
    const rows = (JSON.parse(readFileSync(estate, 'utf8')) as { data: unknown[] }).data;
    const page1 = file('page-1.json', JSON.stringify({ data: rows.slice(0, 12), skip_token: 'more', count: 12 }));
    const page2 = file(
      'page-2.json',
      JSON.stringify({ data: rows.slice(12), skip_token: null, count: rows.length - 12 }),
    );
    const both = await checker(['convert', page1, page2]);
    expect(both.code).toBe(EXIT.ok);
    expect(both.stderr).toContain('page-1.json and 1 more: estate converted');
    expect(both.stderr).not.toContain('incomplete');
    const loaded = loadDesign(both.stdout);
    expect(loaded.ok && loaded.design.edges.filter((e) => e.kind === 'flow')).toHaveLength(8);
    const alone = await checker(['convert', page1]);
    expect(alone.code).toBe(EXIT.ok);
    expect(alone.stderr).toMatch(/warning: The export is incomplete: Resource Graph returned one page of 12 rows/);
  });

  it.each([
    {
      name: 'a design (not an estate)',
      argv: ['convert', join(root, 'fixtures/examples/hub-spoke-lab.json')],
      message: /not an estate export/,
    },
    { name: 'a file that is not JSON', argv: ['convert', file('notjson.json', '{')], message: /not JSON/ },
    { name: 'an option it does not take', argv: ['convert', '--json', estate], message: /takes no options/ },
    { name: 'no file', argv: ['convert'], message: /expected an estate export/ },
    {
      name: 'an ARM template and a Resource Graph page together',
      argv: ['convert', estate, join(root, 'fixtures/estates/contoso.arm-export.json')],
      message: /“contoso.arm-export.json” is an exported ARM template, “contoso.arg.json” Azure Resource Graph/,
    },
  ])('convert exits 2 for $name', async ({ argv, message }) => {
    let stderr = '';
    const code = await main(argv, {
      stdout: { write: () => undefined },
      stderr: { write: (t: string) => (stderr += t) },
    });
    expect(code).toBe(EXIT.unreadable);
    expect(stderr).toMatch(message);
  });
});
