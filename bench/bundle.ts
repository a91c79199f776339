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
import { build, type Plugin } from 'vite';

/**
 * The first load's goal (issue 13), gzip, in kB of 1,000 bytes (as Vite reports sizes), and the
 * ceiling this bench fails over: the goal itself. React DOM alone was 68 kB of a 235 kB first load;
 * rendering with Preact through preact/compat (vite.config.ts) takes about 8 kB for the same work.
 * Anything new that is not on the first screen loads on first use.
 */
const GOAL_KB = 180;
const CEILING_KB = GOAL_KB;

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
    const sources = new Map<string, string>();
    await build({
      root: fileURLToPath(new URL('..', import.meta.url)),
      logLevel: 'error',
      plugins: [entrySources(sources)],
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
    const entry = rows.find((row) => /^assets\/index-.*\.js$/.test(row.file));
    if (entry) printBreakdown(sources, entry.gzip);
    const goalGap = total.gzip - GOAL_KB * 1000;
    console.log(
      `  goal ${GOAL_KB} kB gzip: ${goalGap > 0 ? `not reached, ${kb(goalGap)} kB over` : `reached, ${kb(-goalGap)} kB to spare`}`,
    );
    const over = total.gzip / 1000 > CEILING_KB;
    console.log(
      `  ceiling ${CEILING_KB} kB gzip: ${over ? 'OVER' : 'within'} (${kb(Math.abs(CEILING_KB * 1000 - total.gzip))} kB ${over ? 'over' : 'to spare'})`,
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

/** Records the source of every module the entry chunk renders, keyed by module id. */
function entrySources(into: Map<string, string>): Plugin {
  return {
    name: 'bench-entry-sources',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        for (const [id, module] of Object.entries(chunk.modules)) into.set(id, module.code ?? '');
      }
    },
  };
}

/**
 * What the entry chunk is made of: each package of node_modules and each folder of src/app, by its
 * share of the chunk's compressed size (each group's rendered code compressed on its own, the
 * shares scaled to the chunk's real gzip size, so the figures are estimates).
 */
function printBreakdown(sources: Map<string, string>, entryGzip: number): void {
  const groups = new Map<string, string[]>();
  for (const [id, code] of sources) {
    const group = groupOf(id);
    const codes = groups.get(group);
    if (codes) codes.push(code);
    else groups.set(group, [code]);
  }
  const sized = [...groups].map(([group, codes]) => ({ group, gzip: gzipSync(codes.join('\n')).length }));
  const sum = sized.reduce((total, row) => total + row.gzip, 0);
  const scaled = sized.map((row) => ({ ...row, gzip: (row.gzip / sum) * entryGzip })).sort((a, b) => b.gzip - a.gzip);
  const libraries = scaled.filter((row) => !row.group.startsWith('src/'));
  const share = (rows: typeof scaled) => kb(rows.reduce((total, row) => total + row.gzip, 0));
  console.log(`\nbundle: the entry chunk by source, estimated gzip kB`);
  console.log(
    `  libraries ${share(libraries)} kB, our code ${share(scaled.filter((row) => row.group.startsWith('src/')))} kB`,
  );
  for (const row of scaled.slice(0, 16))
    console.log(`  ${row.group.padEnd(50)}${''.padStart(8)}   ${kb(row.gzip).padStart(8)}`);
}

function groupOf(id: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (inPackage) return inPackage[1]!.replace(/^d3-.*$/, 'd3 (React Flow)');
  const inSource = /\/src\/(app\/[^/]+|[^/]+)/.exec(id);
  return inSource ? `src/${inSource[1]!.replace(/\.tsx?$/, '')}` : id;
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
