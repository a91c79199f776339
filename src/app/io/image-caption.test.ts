import { describe, expect, it } from 'vitest';
import { captionSvg, IMAGE_PADDING, KEY_MAX_ENTRIES, keyLayout, type KeyEntry } from './image-caption.ts';

const entries = (n: number): KeyEntry[] =>
  Array.from({ length: n }, (_, i) => ({ text: `#${i + 1} Flow ${i + 1}`, state: i % 2 ? 'gateway' : 'fastpath' }));

describe('the key of numbered flows under an exported picture', () => {
  it('takes no room when the design has no flows', () => {
    expect(keyLayout([], 800, 500, false)).toEqual({ shapes: { texts: [], lines: [], glyphs: [] }, height: 0 });
  });

  it('names every flow with its verdict’s line and glyph, below the picture', () => {
    const { shapes, height } = keyLayout(entries(3), 800, 500, false);
    expect(shapes.texts.map((t) => t.text)).toEqual(['Flows', '#1 Flow 1', '#2 Flow 2', '#3 Flow 3']);
    expect(shapes.lines.map((l) => l.color)).toEqual(['#16a34a', '#d97706', '#16a34a']);
    expect(shapes.glyphs).toHaveLength(3);
    expect(Math.min(...shapes.texts.map((t) => t.y))).toBeGreaterThan(500);
    expect(Math.max(...shapes.texts.map((t) => t.y))).toBeLessThanOrEqual(500 + height);
  });

  it('fills as many columns as the picture is wide, each inside it', () => {
    const wide = keyLayout(entries(12), 1600, 0, false);
    const narrow = keyLayout(entries(12), 500, 0, false);
    expect(narrow.height).toBeGreaterThan(wide.height);
    const columns = new Set(wide.shapes.lines.map((l) => l.x1));
    expect(columns.size).toBe(4);
    for (const line of wide.shapes.lines) expect(line.x1).toBeLessThan(1600 - IMAGE_PADDING);
  });

  it('names the first flows of a huge design and says how many more there are', () => {
    const { shapes } = keyLayout(entries(KEY_MAX_ENTRIES + 7), 2000, 0, false);
    expect(shapes.lines).toHaveLength(KEY_MAX_ENTRIES);
    expect(shapes.texts.at(-1)?.text).toBe('…and 7 more flows; the findings report lists every flow.');
  });

  it('shortens a long name and writes hostile text as text', () => {
    const { shapes } = keyLayout(
      [{ text: `#1 <script>alert(1)</script>\n${'x'.repeat(80)}`, state: 'direct' }],
      800,
      0,
      true,
    );
    const line = shapes.texts[1]?.text ?? '';
    expect(line.length).toBeLessThanOrEqual(50);
    expect(line.endsWith('…')).toBe(true);
    expect(line).not.toContain('\n');
    const svg = captionSvg(shapes);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});
