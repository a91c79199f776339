// npm run bench (fourth part): what the browser downloads before the app can start. The app is
// built into a temporary folder with a Vite manifest; the first load is every script and style
// sheet the built index.html names (the entry script, its modulepreload links and style sheets)
// together with the entry chunk's static imports followed recursively through the manifest, never
// its dynamic imports. The gzip total is checked against a budget: over it, the exit code is 1.
// The engine and loader workers start after the page, so they are listed apart, outside the budget.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** The first load's budget, gzip, in kB of 1,000 bytes (as Vite reports sizes). */
const BUDGET_KB = 180;

type ManifestChunk = {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
type Manifest = Record<string, ManifestChunk>;
type Row = { file: string; raw: number; gzip: number };

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'fastpath-bundle-'));
  try {
    await build({
      root: fileURLToPath(new URL('..', import.meta.url)),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, manifest: true },
    });
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const firstLoad = [...new Set([...fromHtml(html), ...fromManifest(manifest)])];
    const rows = firstLoad.map((file) => measure(outDir, file)).sort((a, b) => b.gzip - a.gzip);
    const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), {
      raw: 0,
      gzip: 0,
    });

    console.log('\nbundle: first load (before any dynamic import)      raw kB    gzip kB');
    for (const row of rows) print(row);
    print({ file: 'total', ...total });
    const over = total.gzip / 1000 > BUDGET_KB;
    console.log(
      `  budget ${BUDGET_KB} kB gzip: ${over ? 'OVER' : 'within'} (${kb(total.gzip)} kB, ${kb(Math.abs(BUDGET_KB * 1000 - total.gzip))} kB ${over ? 'over' : 'to spare'})`,
    );

    const workers = readdirSync(join(outDir, 'assets'))
      .filter((name) => /worker.*\.js$/.test(name))
      .map((name) => measure(outDir, `assets/${name}`));
    console.log('\nbundle: workers (started after the page, not in the budget)');
    for (const row of workers) print(row);
    if (over) process.exitCode = 1;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The scripts and style sheets index.html makes the browser fetch: module scripts, modulepreloads, style sheets. */
function fromHtml(html: string): string[] {
  const files: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const src = /\s(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!src || /^[a-z]+:/i.test(src)) continue;
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const rel = /\srel="([^"]+)"/.exec(tag)?.[1] ?? '';
    if (isScript || rel === 'modulepreload' || rel === 'stylesheet') files.push(src.replace(/^\//, ''));
  }
  return files;
}

/** The entry chunks, their static imports followed recursively, and the CSS of each. */
function fromManifest(manifest: Manifest): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`bundle bench: ${key} is not in the Vite manifest`);
    files.push(chunk.file, ...(chunk.css ?? []));
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return files;
}

function measure(outDir: string, file: string): Row {
  const bytes = readFileSync(join(outDir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

function print({ file, raw, gzip }: Row): void {
  console.log(`  ${file.padEnd(50)}${kb(raw).padStart(8)}   ${kb(gzip).padStart(8)}`);
}

await main();
