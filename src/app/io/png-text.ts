// Text inside a PNG (an iTXt chunk, UTF-8, PNG specification section 11.3.4.5): how an exported
// picture carries its design, so opening the picture opens the design. Plain bytes in and out.

import { utf8 } from './escape/text.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((byte, i) => bytes[i] === byte);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

type Chunk = { type: string; data: Uint8Array; start: number };

/** The chunks of a PNG, or a sentence saying where it is broken. */
function chunksOf(bytes: Uint8Array): Chunk[] | string {
  if (!isPng(bytes)) return 'not a PNG image';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Chunk[] = [];
  let at = SIGNATURE.length;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) return `the PNG ends inside a chunk header at byte ${at}`;
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (at + 12 + length > bytes.length) return `the PNG's ${type} chunk at byte ${at} runs past the end of the file`;
    chunks.push({ type, data: bytes.subarray(at + 8, at + 8 + length), start: at });
    at += 12 + length;
    if (type === 'IEND') return chunks;
  }
  return 'the PNG has no end chunk (IEND)';
}

const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);

/**
 * The text stored under `keyword`: a string, `null` when the PNG holds no such text, or an
 * object naming what is wrong with the file.
 */
export function readPngText(bytes: Uint8Array, keyword: string): string | null | { problem: string } {
  const chunks = chunksOf(bytes);
  if (typeof chunks === 'string') return { problem: chunks };
  for (const chunk of chunks) {
    if (chunk.type !== 'iTXt') continue;
    const data = chunk.data;
    const keyEnd = data.indexOf(0);
    if (keyEnd < 0 || String.fromCharCode(...data.subarray(0, keyEnd)) !== keyword) continue;
    if (data[keyEnd + 1] !== 0)
      return { problem: `the "${keyword}" text in the PNG is compressed, which this app never writes` };
    const languageEnd = data.indexOf(0, keyEnd + 3);
    const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
    if (translatedEnd < 0) return { problem: `the "${keyword}" text chunk in the PNG is malformed` };
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(translatedEnd + 1));
    } catch {
      return { problem: `the "${keyword}" text in the PNG is not UTF-8` };
    }
  }
  return null;
}

/** The PNG with `text` stored under `keyword` (replacing any earlier one), just before its end. */
export function writePngText(bytes: Uint8Array, keyword: string, text: string): Uint8Array {
  const chunks = chunksOf(bytes);
  if (typeof chunks === 'string') throw new Error(chunks);
  const body = new Uint8Array([...latin1(keyword), 0, 0, 0, 0, 0, ...utf8(text)]);
  const chunk = new Uint8Array(12 + body.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, body.length);
  chunk.set(latin1('iTXt'), 4);
  chunk.set(body, 8);
  view.setUint32(8 + body.length, crc32(chunk.subarray(4, 8 + body.length)));

  const kept = chunks.filter((c) => c.type !== 'IEND' && !(c.type === 'iTXt' && startsWithKeyword(c.data, keyword)));
  const parts = [
    bytes.subarray(0, SIGNATURE.length),
    ...kept.map((c) => bytes.subarray(c.start, c.start + 12 + c.data.length)),
    chunk,
  ];
  const end = chunks.find((c) => c.type === 'IEND') as Chunk;
  parts.push(bytes.subarray(end.start, end.start + 12));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function startsWithKeyword(data: Uint8Array, keyword: string): boolean {
  const key = latin1(keyword);
  return data.length > key.length && data[key.length] === 0 && key.every((byte, i) => data[i] === byte);
}
