import { formatProblem, MAX_DESIGN_BYTES, type Design } from '../../engine/index.ts';
import { loadDesignOffThread } from './off-thread.ts';
import { toBase64 } from './base64.ts';
import { utf8 } from '../../escape/text.ts';

// The share link's codec, loaded on first use through share-link.ts: the JSON document,
// deflated and base64url-encoded, in the URL fragment, and back through the load pipeline.

const PREFIX = '#share=v1.';
/** Longer than any link to a design of at most 10 MB (browsers stop at 2 MB anyway): refused unread. */
const MAX_LINK_CHARS = 8 * 1024 * 1024;
/** Compressed bytes given to the inflater per step (see inflateCapped). */
const INFLATE_SLICE = 1024;

export type ShareRead = { ok: true; design: Design } | { ok: false; message: string };

function toBase64Url(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/** The stream's bytes, or null (and the stream cancelled) as soon as they pass `limit`. */
async function pump(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    // A small link must not unpack into something huge.
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Inflates `packed`, giving up (null) once the output passes `limit`. The input goes in a slice at
 * a time: a decompression stream inflates each chunk it is given in one go, so handing it the
 * whole link at once would unpack a bomb completely (a gigabyte, seconds of frozen page) before
 * the first output chunk could be counted. Deflate expands at most about 1032:1, so one slice
 * yields at most about a megabyte, and each write waits until the reader has taken the last one.
 */
async function inflateCapped(packed: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array | null> {
  const inflate = new DecompressionStream('deflate-raw');
  const writer = inflate.writable.getWriter();
  const feeding = (async () => {
    for (let at = 0; at < packed.length; at += INFLATE_SLICE)
      await writer.write(packed.subarray(at, at + INFLATE_SLICE));
    await writer.close();
  })();
  // Cancelling the output (too large) or a corrupt input fails the writes; the reader reports both.
  feeding.catch(() => undefined);
  return pump(inflate.readable, limit);
}

/** The fragment (starting with `#share=`) that carries `design`. */
export async function shareFragment(design: Design): Promise<string> {
  // JSON.stringify writes a lone surrogate as a \u escape, so the link carries labels exactly.
  const json = utf8(JSON.stringify(design));
  const packed = await pump(
    new Blob([json as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw')),
    Infinity,
  );
  return `${PREFIX}${toBase64Url(packed ?? new Uint8Array())}`;
}

/** The design a share fragment carries, or why it cannot be opened. */
export async function readShareFragment(hash: string): Promise<ShareRead> {
  const refuse = (why: string): ShareRead => ({ ok: false, message: `This share link cannot be opened: ${why}` });
  if (!hash.startsWith(PREFIX)) return refuse('it is not in a format this app writes (expected "#share=v1.…")');
  if (hash.length - PREFIX.length > MAX_LINK_CHARS)
    return refuse(`it is longer than ${MAX_LINK_CHARS / 1024 / 1024} MB, more than a link to a design can be`);
  const packed = fromBase64Url(hash.slice(PREFIX.length));
  if (!packed || packed.length === 0)
    return refuse('the text after "#share=v1." is not base64url, so the link was cut or changed');
  let json: Uint8Array | null;
  try {
    json = await inflateCapped(packed, MAX_DESIGN_BYTES);
  } catch {
    return refuse('its data does not unpack, so the link was cut or changed');
  }
  if (!json) return refuse(`it unpacks to more than ${MAX_DESIGN_BYTES / 1024 / 1024} MB`);
  const loaded = await loadDesignOffThread(new TextDecoder().decode(json));
  if (!loaded.ok) return refuse(loaded.errors.slice(0, 3).map(formatProblem).join('; '));
  return { ok: true, design: loaded.design };
}
