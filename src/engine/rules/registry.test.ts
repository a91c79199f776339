import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { RULES } from './index.ts';
import { PACK_IDS } from './packs.ts';
import type { Rule } from './rule.ts';

// The registry keeps its promises: one module per rule named after its id, sorted, sourced,
// tested and specified in RULES.md.

const here = dirname(fileURLToPath(import.meta.url));
const NOT_RULES = new Set(['index.ts', 'rule.ts', 'packs.ts', 'sources.ts']);
const ruleFiles = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !NOT_RULES.has(f));
const rulesMdPath = process.env.RULES_MD ?? resolve(here, '../../../../shared/spec/RULES.md');

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

  it('every rule is specified in RULES.md', () => {
    expect(existsSync(rulesMdPath), `RULES.md not found at ${rulesMdPath} (set RULES_MD)`).toBe(true);
    const spec = readFileSync(rulesMdPath, 'utf8');
    const missing = RULES.map((r) => r.id).filter((id) => !spec.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });
});
