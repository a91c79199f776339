import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { isPng, readPngText, writePngText } from './png-text.ts';

// A 3×2 red picture, encoded by a real PNG encoder.
function picture(): Uint8Array {
  const png = new PNG({ width: 3, height: 2 });
  png.data.fill(0);
  for (let i = 0; i < png.data.length; i += 4) png.data.set([220, 38, 38, 255], i);
  return new Uint8Array(PNG.sync.write(png));
}

describe('text inside a PNG', () => {
  it('round-trips UTF-8 text, and the picture still decodes with valid checksums', () => {
    const text = JSON.stringify({ title: 'Büro → Azure ✓', nodes: [] });
    const written = writePngText(picture(), 'fastpath-design', text);
    expect(readPngText(written, 'fastpath-design')).toBe(text);
    const decoded = PNG.sync.read(Buffer.from(written), { checkCRC: true } as never);
    expect([decoded.width, decoded.height, [...decoded.data.subarray(0, 4)]]).toEqual([3, 2, [220, 38, 38, 255]]);
  });

  it('replaces earlier text under the same keyword and leaves other keywords alone', () => {
    const twice = writePngText(
      writePngText(writePngText(picture(), 'other', 'keep me'), 'fastpath-design', 'old'),
      'fastpath-design',
      'new',
    );
    expect(readPngText(twice, 'fastpath-design')).toBe('new');
    expect(readPngText(twice, 'other')).toBe('keep me');
  });

  it.each([
    { name: 'a PNG without the text', bytes: picture(), expected: null },
    {
      name: 'not a PNG',
      bytes: new TextEncoder().encode('{"format":"fastpath-design"}'),
      expected: { problem: 'not a PNG image' },
    },
    {
      name: 'a PNG cut short',
      bytes: picture().subarray(0, 40),
      expected: { problem: expect.stringMatching(/runs past the end|ends inside/) },
    },
  ])('reads $name', ({ bytes, expected }) => {
    expect(readPngText(bytes, 'fastpath-design')).toEqual(expected);
  });

  it('knows a PNG by its signature', () => {
    expect(isPng(picture())).toBe(true);
    expect(isPng(new Uint8Array([0x89, 0x50]))).toBe(false);
  });
});
