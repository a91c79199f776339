import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDesign } from '../../engine/index.ts';
import { EXAMPLES } from './examples.ts';
import { isShareFragment, readShareFragment, shareFragment } from './share-link.ts';

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return Buffer.from(bytes).toString('base64url');
}

/** `megabytes` MB of zeros deflated, built a megabyte at a time (it packs about 1000:1). */
async function zeroBomb(megabytes: number): Promise<string> {
  const zeros = new Uint8Array(1024 * 1024);
  let left = megabytes;
  const source = new ReadableStream<BufferSource>({
    pull(controller) {
      if (left-- > 0) controller.enqueue(zeros);
      else controller.close();
    },
  });
  const bytes = new Uint8Array(
    await new Response(source.pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer(),
  );
  return Buffer.from(bytes).toString('base64url');
}

/**
 * Swaps in a DecompressionStream that records the compressed chunks it is given. A browser inflates
 * each chunk whole before the reader sees any of it, so the largest chunk bounds the work done
 * between two checks of the size; the total shows where the reading stopped.
 */
function recordInflaterInput(): number[] {
  const chunks: number[] = [];
  const Real = globalThis.DecompressionStream;
  vi.stubGlobal(
    'DecompressionStream',
    class {
      readonly readable: ReadableStream<Uint8Array>;
      readonly writable: WritableStream<BufferSource>;
      constructor(format: CompressionFormat) {
        const real = new Real(format);
        const writer = real.writable.getWriter();
        this.readable = real.readable;
        this.writable = new WritableStream<BufferSource>({
          async write(chunk) {
            chunks.push(chunk.byteLength);
            await writer.write(chunk);
          },
          close: () => writer.close(),
          abort: (reason) => writer.abort(reason),
        });
      }
    },
  );
  return chunks;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('share links', () => {
  it.each(EXAMPLES.map((e) => [e.id, e.document] as const))(
    '%s: link → open gives the same document',
    async (_id, document) => {
      const loaded = loadDesign(document);
      if (!loaded.ok) throw new Error('example');
      const fragment = await shareFragment(loaded.design);
      expect(fragment).toMatch(/^#share=v1\.[A-Za-z0-9_-]+$/);
      expect(isShareFragment(fragment)).toBe(true);
      expect(await readShareFragment(fragment)).toEqual({ ok: true, design: loaded.design });
    },
  );

  it.each([
    { name: 'another version', hash: '#share=v9.abc', message: /not in a format this app writes/ },
    { name: 'characters outside base64url', hash: '#share=v1.ab+c/d', message: /not base64url/ },
    { name: 'an empty payload', hash: '#share=v1.', message: /not base64url/ },
    { name: 'bytes that are not deflated', hash: '#share=v1.AAECAwQFBgcICQ', message: /does not unpack/ },
  ])('refuses $name', async ({ hash, message }) => {
    const read = await readShareFragment(hash);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });

  it('refuses a valid link to something that is not a design, naming the problem', async () => {
    const read = await readShareFragment(
      `#share=v1.${await deflate('{"format":"fastpath-design","version":1,"nodes":[{"id":"x","kind":"castle"}]}')}`,
    );
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/nodes\[0\]/);
  });

  it('refuses a link that unpacks to more than 10 MB', async () => {
    const read = await readShareFragment(`#share=v1.${await deflate(' '.repeat(11 * 1024 * 1024))}`);
    expect(read).toEqual({ ok: false, message: 'This share link cannot be opened: it unpacks to more than 10 MB' });
  });

  it('stops unpacking a bomb as soon as it passes 10 MB, without reading the rest of the link', async () => {
    const bomb = await zeroBomb(200);
    expect(bomb.length).toBeGreaterThan(200_000); // about 200 KB packed, 200 MB unpacked
    const chunks = recordInflaterInput();
    const started = performance.now();
    const read = await readShareFragment(`#share=v1.${bomb}`);
    const took = performance.now() - started;
    expect(read).toEqual({ ok: false, message: 'This share link cannot be opened: it unpacks to more than 10 MB' });
    // No chunk can unpack to more than about a megabyte at once…
    expect(Math.max(...chunks)).toBeLessThanOrEqual(1024);
    // …and 10 MB of zeros is about 10 KB packed: the reading stopped there, not at the 190 KB left.
    expect(chunks.reduce((sum, size) => sum + size, 0)).toBeLessThan(40 * 1024);
    expect(took).toBeLessThan(1_000);
  });

  it('refuses a link longer than 8 MB before decoding it', async () => {
    const read = await readShareFragment(`#share=v1.${'A'.repeat(8 * 1024 * 1024 + 1)}`);
    expect(read).toEqual({
      ok: false,
      message: 'This share link cannot be opened: it is longer than 8 MB, more than a link to a design can be',
    });
  });

  it('refuses a link cut short in the middle of its data', async () => {
    const loaded = loadDesign(EXAMPLES[0]!.document);
    if (!loaded.ok) throw new Error('example');
    const fragment = await shareFragment(loaded.design);
    const payload = fragment.slice('#share=v1.'.length);
    // Cut on a 4-character boundary, so the text is still base64url and only the data is short.
    const read = await readShareFragment(`#share=v1.${payload.slice(0, 4 * Math.floor((payload.length * 0.6) / 4))}`);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/does not unpack/);
  });
});
