import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { loadDesign, MAX_DESIGN_BYTES, type Design } from '../../engine/index.ts';
import { EXAMPLES } from './examples.ts';
import { DESIGN_KEYWORD, designJson, fileNameFor } from './design-file.ts';
import { readDesignFile } from './file-reading.ts';
import { writePngText } from './png-text.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const lab = (): Design => {
  const loaded = loadDesign(readFileSync('fixtures/examples/hub-spoke-lab.json', 'utf8'));
  if (!loaded.ok) throw new Error('lab');
  return loaded.design;
};
const blankPng = () => new Uint8Array(PNG.sync.write(new PNG({ width: 1, height: 1 })));

describe('design files', () => {
  it.each(EXAMPLES.map((e) => [e.id, e.document] as const))(
    '%s: export JSON → import gives the same document',
    (_id, document) => {
      const loaded = loadDesign(document);
      if (!loaded.ok) throw new Error('example');
      const read = readDesignFile('x.json', bytes(designJson(loaded.design)));
      expect(read).toEqual({ ok: true, design: loaded.design });
    },
  );

  it('reads the design out of an exported PNG', () => {
    const design = lab();
    const png = writePngText(blankPng(), DESIGN_KEYWORD, designJson(design));
    expect(readDesignFile('lab.png', png)).toEqual({ ok: true, design });
  });

  it.each([
    {
      name: 'not JSON',
      file: 'notes.json',
      data: bytes('hello {'),
      message: /^“notes.json” cannot be opened: not valid JSON/,
    },
    {
      name: 'another format',
      file: 'x.json',
      data: bytes('{"format":"drawio"}'),
      message: /format: not a FastPath design/,
    },
    {
      name: 'too new',
      file: 'x.json',
      data: bytes('{"format":"fastpath-design","version":7,"nodes":[]}'),
      message: /version: this design is format version 7/,
    },
    {
      name: 'invalid',
      file: 'x.json',
      data: bytes(
        '{"format":"fastpath-design","version":1,"nodes":[{"id":"g","kind":"gateway","props":{"sku":"Gold"}}]}',
      ),
      message: /nodes\[0\]/,
    },
    {
      name: 'over 10 MB',
      file: 'big.json',
      data: new Uint8Array(MAX_DESIGN_BYTES + 1),
      message: /is 10\.0 MB; designs are at most 10 MB/,
    },
    { name: 'a PNG without a design', file: 'photo.png', data: blankPng(), message: /this PNG holds no design/ },
    {
      name: 'binary that is not a PNG',
      file: 'x.bin',
      data: new Uint8Array([0xff, 0xfe, 0x00, 0xd8]),
      message: /neither a JSON text file nor a PNG/,
    },
  ])('refuses $name, naming the problem', ({ file, data, message }) => {
    const read = readDesignFile(file, data);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });

  it.each([
    ['Hub, spoke and remote VNet on one circuit (lab)', 'png', 'hub-spoke-and-remote-vnet-on-one-circuit-lab.png'],
    ['Büro Zürich', 'json', 'buro-zurich.json'],
    ['', 'json', 'design.json'],
    ['***', 'svg', 'design.svg'],
  ])('names the file for %j', (title, extension, expected) => {
    expect(fileNameFor(title, extension)).toBe(expected);
  });
});
