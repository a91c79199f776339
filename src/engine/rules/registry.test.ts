import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { RULES } from './index.ts';
import { PACK_IDS } from '../model/packs.ts';
import type { Rule } from './rule.ts';

// The registry keeps its promises: one module per rule named after its id, sorted, sourced,
// tested and documented in docs/rules/ (one page per rule, in the repository; no test reads a
// file outside it).

const here = dirname(fileURLToPath(import.meta.url));
const NOT_RULES = new Set(['index.ts', 'rule.ts', 'sources.ts']);
const ruleFiles = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_RULES.has(f));
const docsDir = resolve(here, '../../../docs/rules');
const INDEX_PAGE = 'README.md';

/** The body of the `## heading` section of a Markdown page (up to the next `## ` heading), or undefined. */
function section(page: string, heading: string): string | undefined {
  const lines = page.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start < 0) return undefined;
  const end = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

// A rule that can decide a verdict shows the decisive mark in its table; one that can also report
// what did not decide (a plain report, or a preview the design allows) shows a finding without it.
const DECIDES = /\bctx\.(gateway|preview|unreachable)\(/;
const ALSO_REPORTS = /\bctx\.(report|preview)\(/;
const withoutLineComments = (code: string) => code.replace(/^\s*\/\/.*$/gm, '');

const listItems = (text: string) => text.split('\n').filter((line) => line.startsWith('- '));
const codeSpans = (text: string) => [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] as string);
const readDoc = (name: string) => readFileSync(join(docsDir, name), 'utf8');

describe('rule registry', () => {
  it('lists every rule module exactly once, sorted by id', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort());
  });

  it.each(ruleFiles)('%s default-exports the rule whose id is its file name', async (file) => {
    const mod = (await import(`./${file}`)) as { default: Rule };
    expect(mod.default.id).toBe(file.replace(/\.ts$/, ''));
    expect(RULES).toContain(mod.default);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has metadata, a source, packs, a hook and a test', (id, rule) => {
    expect(rule.description.length).toBeGreaterThan(20);
    expect(rule.sources.length).toBeGreaterThan(0);
    for (const source of rule.sources) {
      expect(source.title).not.toBe('');
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(rule.packs.length).toBeGreaterThan(0);
    for (const pack of rule.packs) expect(PACK_IDS).toContain(pack);
    expect([rule.checkDesign, rule.checkRoute, rule.checkLeg, rule.annotate].some(Boolean)).toBe(true);
    const testFile = join(here, `${id}.test.ts`);
    expect(existsSync(testFile), `${id}.test.ts is missing`).toBe(true);
    expect(readFileSync(testFile, 'utf8')).toContain(`'${id}'`);
  });

  it.each(RULES.map((r) => [r.id] as const))('%s: a rule that can decide a verdict is tested for it', (id) => {
    const source = withoutLineComments(readFileSync(join(here, `${id}.ts`), 'utf8'));
    const table = readFileSync(join(here, `${id}.test.ts`), 'utf8');
    if (!DECIDES.test(source)) return;
    expect(table, 'no case whose findings are decisive').toMatch(/\bdecisive: (true|\[)/);
    if (ALSO_REPORTS.test(source))
      expect(table, 'no case whose findings are not decisive').toMatch(/\bdecisive: false/);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s has a documentation page in docs/rules', (id, rule) => {
    const file = join(docsDir, `${id}.md`);
    expect(existsSync(file), `docs/rules/${id}.md is missing`).toBe(true);
    const page = readDoc(`${id}.md`);
    expect(page.split('\n').find((line) => line.startsWith('#'))).toBe(`# ${id}`);

    const packs = section(page, 'Rule packs');
    expect(packs, 'no "## Rule packs" section').toBeDefined();
    const listed = codeSpans(packs ?? '');
    expect(
      listed.filter((p) => !(PACK_IDS as readonly string[]).includes(p)),
      'unknown pack ids',
    ).toEqual([]);
    expect([...new Set(listed)].sort(), "the packs listed are not the rule's packs").toEqual([...rule.packs].sort());

    const sources = section(page, 'Sources');
    expect(sources, 'no "## Sources" section').toBeDefined();
    const items = listItems(sources ?? '');
    for (const source of rule.sources) {
      const line = items.find((item) => [source.url, source.title, source.date].every((part) => item.includes(part)));
      expect(line, `source "${source.title}" <${source.url}> ${source.date} is not listed`).toBeDefined();
    }
    expect(items.length, 'the Sources list has entries the rule does not cite').toBe(rule.sources.length);

    const examples = section(page, 'Examples') ?? '';
    expect(examples, 'no "## Examples" section').toMatch(/^### Triggers$/m);
    expect(examples).toMatch(/^### Does not trigger$/m);
    expect(section(page, 'How to fix')?.trim() ?? '', 'no "## How to fix" section').not.toBe('');
  });

  it('the docs/rules index lists every rule and no other, and every page belongs to a rule', () => {
    const ids = RULES.map((r) => r.id).sort();
    const linked = [...readDoc(INDEX_PAGE).matchAll(/\]\(([^)#\s]+)\.md\)/g)].map((m) => m[1] as string);
    expect([...new Set(linked)].sort()).toEqual(ids);
    const pages = readdirSync(docsDir)
      .filter((f) => f.endsWith('.md') && f !== INDEX_PAGE)
      .map((f) => f.replace(/\.md$/, ''));
    expect(pages.sort()).toEqual(ids);
    const broken = [INDEX_PAGE, ...pages.map((id) => `${id}.md`)].flatMap((name) =>
      [...readDoc(name).matchAll(/\]\(([^)#\s]+\.md)(?:#[^)]*)?\)/g)]
        .map((m) => m[1] as string)
        .filter((target) => !existsSync(join(docsDir, target)))
        .map((target) => `${name} -> ${target}`),
    );
    expect(broken, 'links to pages that do not exist').toEqual([]);
  });
});
