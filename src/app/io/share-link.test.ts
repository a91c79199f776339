import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../engine/index.ts';
import { EXAMPLES } from './examples.ts';
import { isShareFragment, readShareFragment, shareFragment } from './share-link.ts';

async function deflate(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return Buffer.from(bytes).toString('base64url');
}

describe('share links', () => {
  it.each(EXAMPLES.map((e) => [e.id, e.document] as const))('%s: link → open gives the same document', async (_id, document) => {
    const loaded = loadDesign(document);
    if (!loaded.ok) throw new Error('example');
    const fragment = await shareFragment(loaded.design);
    expect(fragment).toMatch(/^#share=v1\.[A-Za-z0-9_-]+$/);
    expect(isShareFragment(fragment)).toBe(true);
    expect(await readShareFragment(fragment)).toEqual({ ok: true, design: loaded.design });
  });

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
    const read = await readShareFragment(`#share=v1.${await deflate('{"format":"fastpath-design","version":1,"nodes":[{"id":"x","kind":"castle"}]}')}`);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/nodes\[0\]/);
  });

  it('refuses a link that unpacks to more than 10 MB', async () => {
    const read = await readShareFragment(`#share=v1.${await deflate(' '.repeat(11 * 1024 * 1024))}`);
    expect(read).toEqual({ ok: false, message: 'This share link cannot be opened: it unpacks to more than 10 MB' });
  });
});
