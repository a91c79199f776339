import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createDeflateRaw } from 'node:zlib';
import { join } from 'node:path';
import { expect, test, type Page } from './test.ts';
import { PNG } from 'pngjs';
import { DesignerPage } from './pages/designer-page.ts';

// A design written by someone hostile, opened by someone else: nothing it holds may run as code in
// the app, in an export, or in the deployment commands a person copies into a terminal.

const lab = JSON.parse(readFileSync(new URL('../fixtures/examples/hub-spoke-lab.json', import.meta.url), 'utf8')) as {
  title: string;
  nodes: { id: string; label?: string; props?: Record<string, unknown> }[];
};

const INJECTED_REGION = 'westeurope; touch PWNED #';
const LABELS: Record<string, string> = {
  hubvm: '%%{init: {"theme":"dark"}}%%\nclick hubvm call alert()',
  spokevm: '<img src=x onerror="window.__pwned=1">',
  remotevm: 'Remote \u0001VM\u001b[2J \uD800 end',
  ergw2: 'ERGW2"; $(touch PWNED) `id` ${file("/etc/passwd")}',
  onprem: '[click me](javascript:window.__pwned=1) ![x](https://evil.example/x.png)',
};

function hostileDesign(): string {
  const nodes = lab.nodes.map((node) => {
    const label = LABELS[node.id];
    const withLabel = label === undefined ? node : { ...node, label };
    return node.id === 'remotevnet'
      ? { ...withLabel, props: { ...withLabel.props, region: INJECTED_REGION } }
      : withLabel;
  });
  return JSON.stringify({ ...lab, title: 'Hostile <b>design</b> %%{init}%%', nodes });
}

async function openHostile(page: Page): Promise<DesignerPage> {
  const designer = new DesignerPage(page);
  await designer.open();
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(hostileDesign()) });
  await expect(designer.heading).toHaveText('Hostile <b>design</b> %%{init}%%');
  await expect(designer.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');
  return designer;
}

async function exportAs(page: Page, name: string): Promise<Buffer> {
  await page.getByRole('toolbar', { name: 'Share' }).getByRole('button', { name: 'Export', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name, exact: true }).click();
  return readFileSync(await (await download).path());
}

test('a hostile region and names never reach the deployment commands', async ({ page }) => {
  const designer = await openHostile(page);
  await designer.edge(/^Connection .* – CIRCUIT_EQUINIX: FastPath off/).click();
  const deploy = designer.inspector.getByRole('region', { name: 'Deploy' });
  const refused = deploy.getByRole('alert', { name: 'Values left out of the commands' });
  await expect(refused).toContainText(`Region “${INJECTED_REGION}” is not an Azure region`);

  for (const tab of ['Azure CLI', 'PowerShell', 'Bicep', 'Terraform']) {
    await deploy.getByRole('tab', { name: tab }).click();
    const code = await deploy.getByRole('tabpanel').innerText();
    // Names are made Azure names (ERGW2-touch-PWNED-…): harmless words, never a command.
    expect(code, tab).not.toContain('touch PWNED');
    expect(code, tab).not.toContain('$(');
    expect(code, tab).not.toContain('${file');
    expect(code, tab).toContain('<location>');
    if (tab === 'Azure CLI') {
      execFileSync('bash', ['-n'], { input: code }); // throws on a syntax error
      // Run it, with `az` only printing its arguments: nothing else may happen.
      const folder = mkdtempSync(join(tmpdir(), 'fastpath-snippet-'));
      try {
        const printed = execFileSync('bash', ['-c', `az() { printf '%s\\n' "$@"; }\n${code}`], {
          cwd: folder,
          encoding: 'utf8',
        });
        expect(printed).toContain('--location\n<location>\n');
        expect(readdirSync(folder)).toEqual([]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    }
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the region is picked from the list of Azure regions, and another one must look like one', async ({ page }) => {
  const designer = new DesignerPage(page);
  await designer.open();
  await designer.nodeById('hubvnet').click({ position: { x: 60, y: 14 } });
  const region = designer.inspector.getByRole('combobox', { name: 'Region' });
  await region.click();
  await designer.inspector.getByRole('option', { name: /^West Europe / }).click();
  await expect(region).toHaveValue(/West Europe|westeurope/);

  await region.click();
  await designer.inspector.getByRole('option', { name: 'Other region…' }).click();
  const other = designer.inspector.getByLabel('Other location');
  await other.fill('westeurope; touch PWNED #');
  await expect(other).toHaveAttribute('aria-invalid', 'true');
  await expect(designer.inspector.getByText(/Not an Azure region name/)).toBeVisible();
  // Refused at the field: the design keeps West Europe.
  const json = (await exportAs(page, 'Export JSON')).toString('utf8');
  expect(json).toContain('"region": "westeurope"');
  expect(json).not.toContain('PWNED');
});

test('every export of a hostile design succeeds and carries its text as text', async ({ page }) => {
  await openHostile(page);

  const mermaid = (await exportAs(page, 'Mermaid')).toString('utf8');
  expect(mermaid).not.toContain('%%{');
  expect(mermaid).not.toMatch(/^\s*click /m);

  const markdown = (await exportAs(page, 'Report as Markdown')).toString('utf8');
  expect(markdown).not.toContain('<img');
  expect(markdown).not.toContain('](javascript:');
  expect(markdown).not.toContain('](https://evil.example');

  const html = (await exportAs(page, 'Report as printable HTML')).toString('utf8');
  const report = await page.context().newPage();
  await report.setContent(html);
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Hostile <b>design</b> %%{init}%%');
  expect(await report.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await report.close();

  // Control characters and a lone surrogate used to fail the picture ("URI malformed").
  const svg = (await exportAs(page, 'Export SVG')).toString('utf8');
  expect(svg.startsWith('<svg') || svg.startsWith('<?xml')).toBe(true);
  expect([...svg].some((c) => c === '\u0001' || c === '\u001b')).toBe(false);
  const parsed = await page.evaluate(
    (text) => new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('parsererror').length,
    svg,
  );
  expect(parsed).toBe(0);
  const png = PNG.sync.read(await exportAs(page, 'Export PNG'));
  expect(png.width).toBeGreaterThan(500);

  const drawio = (await exportAs(page, 'draw.io')).toString('utf8');
  const drawioErrors = await page.evaluate(
    (text) => new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror').length,
    drawio,
  );
  expect(drawioErrors).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the app runs under a strict Content-Security-Policy: a script slipped into the page does not run', async ({
  page,
  cspViolations,
}) => {
  const designer = new DesignerPage(page);
  await designer.open();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 1';
    document.head.append(script);
    const image = document.createElement('img');
    image.setAttribute('src', 'x');
    image.setAttribute('onerror', 'window.__pwned = 2');
    document.body.append(image);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  cspViolations.length = 0; // expected here: they are what this test provokes
});

test('a share link that unpacks to a gigabyte is refused as it unpacks, and the last design opens', async ({
  page,
}) => {
  // 1 GB of zeros, deflated the way share links are, a megabyte at a time: about a megabyte of link.
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (part: Buffer) => parts.push(part));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < 1024; i++) deflate.write(zeros);
  await new Promise<void>((done) => deflate.end(done));
  const link = `/#share=v1.${Buffer.concat(parts).toString('base64url')}`;

  const designer = new DesignerPage(page);
  await page.goto(link);
  await expect(designer.toast(/This share link cannot be opened: it unpacks to more than 10 MB/)).toBeVisible();
  await expect(designer.heading).toHaveText('Hub, spoke and remote VNet on one circuit (lab)');
  await expect(page.getByRole('status', { name: 'Shared design' })).toBeHidden();
});
