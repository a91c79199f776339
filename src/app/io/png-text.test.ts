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

const KEYWORD = 'fastpath-design';
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const fromHex = (text: string) => new Uint8Array(Buffer.from(text, 'hex'));

/** A chunk as bytes; the reader does not check CRCs, so they are left 0. */
function chunk(type: string, data: ArrayLike<number>, declaredLength = data.length): number[] {
  const length = [24, 16, 8, 0].map((shift) => (declaredLength >>> shift) & 0xff);
  return [...length, ...ascii(type), ...Array.from(data), 0, 0, 0, 0];
}
const IHDR = chunk('IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const IEND = chunk('IEND', []);
/** A PNG made of a header chunk, the given chunks and an end chunk. */
const pngWith = (...chunks: number[][]) => new Uint8Array([...SIGNATURE, ...IHDR, ...chunks.flat(), ...IEND]);
/** iTXt data: keyword, null, flag, method, language tag, null, translated keyword, null, text. */
const itxt = (keyword: string, text: number[], flag = 0) =>
  chunk('iTXt', [...ascii(keyword), 0, flag, 0, 0, 0, ...text]);

describe('text inside a PNG', () => {
  it('round-trips UTF-8 text, and the picture still decodes with valid checksums', () => {
    const text = JSON.stringify({ title: 'Büro → Azure ✓', nodes: [] });
    const written = writePngText(picture(), KEYWORD, text);
    expect(readPngText(written, KEYWORD)).toBe(text);
    const decoded = PNG.sync.read(Buffer.from(written), { checkCRC: true } as never);
    expect([decoded.width, decoded.height, [...decoded.data.subarray(0, 4)]]).toEqual([3, 2, [220, 38, 38, 255]]);
  });

  it('replaces earlier text under the same keyword and leaves other keywords alone', () => {
    const twice = writePngText(
      writePngText(writePngText(picture(), 'other', 'keep me'), KEYWORD, 'old'),
      KEYWORD,
      'new',
    );
    expect(readPngText(twice, KEYWORD)).toBe('new');
    expect(readPngText(twice, 'other')).toBe('keep me');
  });

  it('writes exactly the bytes the earlier array-based writer wrote (golden)', () => {
    // Input: a 1×1 PNG holding "old" under fastpath-design and "keep" under other. Output written
    // by the writer before it moved to preallocated typed arrays.
    const input = fromHex(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a494441547801630001000005000136d088dd' +
        '000000176954587466617374706174682d64657369676e00000000006f6c6440804af1' +
        '0000000e695458746f7468657200000000006b656570c177e3a1' +
        '0000000049454e44ae426082',
    );
    const expected =
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000a494441547801630001000005000136d088dd' +
      '0000000e695458746f7468657200000000006b656570c177e3a1' +
      '000000276954587466617374706174682d64657369676e000000000042c3bc726f20e2869220417a75726520e29c93bf8ea6e2' +
      '0000000049454e44ae426082';
    expect(hex(writePngText(input, KEYWORD, 'Büro → Azure ✓'))).toBe(expected);
  });

  it('writes and reads back a design of about 10 MB', () => {
    const text = JSON.stringify({ nodes: 'Büro → Azure ✓ '.repeat(600_000) });
    expect(text.length).toBeGreaterThan(9_000_000);
    const written = writePngText(picture(), KEYWORD, text);
    expect(written.length).toBeGreaterThan(10_000_000);
    const read = readPngText(written, KEYWORD);
    expect(typeof read === 'string' && read.length === text.length && read === text).toBe(true);
    const decoded = PNG.sync.read(Buffer.from(written), { checkCRC: true } as never);
    expect([decoded.width, decoded.height]).toEqual([3, 2]);
  });

  it('refuses to write into bytes that are not a whole PNG, or under a keyword a PNG cannot hold', () => {
    expect(() => writePngText(new Uint8Array(4), KEYWORD, 'x')).toThrow('not a PNG image');
    expect(() => writePngText(picture(), '', 'x')).toThrow(/keyword/);
    expect(() => writePngText(picture(), 'k'.repeat(80), 'x')).toThrow(/keyword/);
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
    {
      name: 'only a signature',
      bytes: new Uint8Array(SIGNATURE),
      expected: { problem: 'the PNG has no end chunk (IEND)' },
    },
    {
      name: 'a chunk header cut short',
      bytes: new Uint8Array([...SIGNATURE, 0, 0, 0, 13, 0x49]),
      expected: { problem: 'the PNG ends inside a chunk header at byte 8' },
    },
    {
      name: 'a chunk longer than the file',
      bytes: new Uint8Array([...SIGNATURE, ...chunk('IHDR', [1, 2, 3], 1000), ...IEND]),
      expected: { problem: "the PNG's IHDR chunk at byte 8 runs past the end of the file" },
    },
    {
      name: 'a huge declared length',
      bytes: new Uint8Array([...SIGNATURE, ...chunk('iTXt', [1, 2, 3], 0xffffffff), ...IEND]),
      expected: { problem: "the PNG's iTXt chunk at byte 8 runs past the end of the file" },
    },
    {
      name: 'a chunk type that is not letters',
      bytes: new Uint8Array([...SIGNATURE, ...chunk('\u0000\u00ff\n<', []), ...IEND]),
      expected: { problem: 'the PNG has a chunk at byte 8 whose type is not four letters' },
    },
    {
      name: 'no end chunk',
      bytes: new Uint8Array([...SIGNATURE, ...IHDR]),
      expected: { problem: 'the PNG has no end chunk (IEND)' },
    },
    {
      name: 'an empty iTXt chunk',
      bytes: pngWith(chunk('iTXt', [])),
      expected: { problem: "the PNG's iTXt chunk at byte 33 is empty" },
    },
    {
      name: 'an empty keyword',
      bytes: pngWith(itxt('', ascii('{}'))),
      expected: { problem: "the PNG's iTXt chunk at byte 33 has an empty keyword" },
    },
    {
      name: 'a keyword of 80 bytes',
      bytes: pngWith(itxt('k'.repeat(80), ascii('{}'))),
      expected: { problem: "the PNG's iTXt chunk at byte 33 has a keyword longer than 79 bytes" },
    },
    {
      // Used to throw a RangeError: the keyword was spread into String.fromCharCode's arguments.
      name: 'a keyword of 1 MB',
      bytes: pngWith(itxt('k'.repeat(1_000_000), ascii('{}'))),
      expected: { problem: "the PNG's iTXt chunk at byte 33 has a keyword longer than 79 bytes" },
    },
    {
      name: 'a keyword without its null byte',
      bytes: pngWith(chunk('iTXt', ascii(KEYWORD))),
      expected: { problem: "the PNG's iTXt chunk at byte 33 has no null byte after its keyword" },
    },
    {
      name: 'the keyword and nothing after it',
      bytes: pngWith(chunk('iTXt', [...ascii(KEYWORD), 0])),
      expected: { problem: 'the "fastpath-design" text chunk in the PNG is malformed' },
    },
    {
      name: 'compressed text',
      bytes: pngWith(itxt(KEYWORD, [0x78, 0x9c], 1)),
      expected: { problem: 'the "fastpath-design" text in the PNG is compressed, which this app never writes' },
    },
    {
      name: 'a compression flag that is neither 0 nor 1',
      bytes: pngWith(itxt(KEYWORD, ascii('{}'), 7)),
      expected: { problem: 'the "fastpath-design" text chunk in the PNG is malformed' },
    },
    {
      name: 'no null after the language tag',
      bytes: pngWith(chunk('iTXt', [...ascii(KEYWORD), 0, 0, 0, ...ascii('en-GB')])),
      expected: { problem: 'the "fastpath-design" text chunk in the PNG is malformed' },
    },
    {
      name: 'text that is not UTF-8',
      bytes: pngWith(itxt(KEYWORD, [0x7b, 0xff, 0xfe, 0x7d])),
      expected: { problem: 'the "fastpath-design" text in the PNG is not UTF-8' },
    },
    {
      name: 'a broken chunk under another keyword before the design',
      bytes: pngWith(itxt('k'.repeat(200), []), chunk('iTXt', []), itxt(KEYWORD, ascii('{"ok":1}'))),
      expected: '{"ok":1}',
    },
    {
      name: 'text under another keyword only',
      bytes: pngWith(itxt('Comment', ascii('hello'))),
      expected: null,
    },
  ])('reads $name', ({ bytes, expected }) => {
    expect(readPngText(bytes, KEYWORD)).toEqual(expected);
  });

  it('never throws on any prefix or on corrupted bytes of a PNG holding a design', () => {
    const written = writePngText(picture(), KEYWORD, JSON.stringify({ title: 'Büro → Azure ✓' }));
    for (let n = 0; n < written.length; n++) {
      expect(readPngText(written.subarray(0, n), KEYWORD)).toEqual({ problem: expect.any(String) });
    }
    let seed = 42;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x80000000;
    for (let round = 0; round < 2000; round++) {
      const bytes = written.slice();
      for (let flips = 1 + Math.floor(random() * 4); flips > 0; flips--) {
        bytes[SIGNATURE.length + Math.floor(random() * (bytes.length - SIGNATURE.length))] = Math.floor(random() * 256);
      }
      const read = readPngText(bytes, KEYWORD);
      expect(read === null || typeof read === 'string' || typeof read.problem === 'string').toBe(true);
    }
  });

  it('knows a PNG by its signature', () => {
    expect(isPng(picture())).toBe(true);
    expect(isPng(new Uint8Array([0x89, 0x50]))).toBe(false);
  });
});
