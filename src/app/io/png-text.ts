// Text inside a PNG (an iTXt chunk, UTF-8, PNG specification section 11.3.4.5): how an exported
// picture carries its design, so opening the picture opens the design. Plain bytes in and out.
// The bytes may be a hostile file: reading never throws, it names what is wrong instead. Both ways
// work on typed arrays only (no spreading into arrays or argument lists), as a picture with its
// design can be megabytes.

import { utf8 } from '../../escape/text.ts';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** Length, type and CRC around each chunk's data. */
const CHUNK_OVERHEAD = 12;
/** A keyword is 1 to 79 Latin-1 bytes (PNG specification section 11.3.4.2). */
const MAX_KEYWORD = 79;
/** After an iTXt keyword's null: compression flag, compression method, then two null-ended strings. */
const ITXT_HEADER_AFTER_KEYWORD = 5;
const ITXT = Uint8Array.of(0x69, 0x54, 0x58, 0x74);

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
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

type Chunk = { type: string; data: Uint8Array; start: number };

const isLetter = (byte: number) => (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);

/** The chunks of a PNG, up to and with its end chunk, or a sentence saying where it is broken. */
function chunksOf(bytes: Uint8Array): Chunk[] | string {
  if (!isPng(bytes)) return 'not a PNG image';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Chunk[] = [];
  let at = SIGNATURE.length;
  while (at < bytes.length) {
    if (at + CHUNK_OVERHEAD > bytes.length) return `the PNG ends inside a chunk header at byte ${at}`;
    const length = view.getUint32(at);
    const typeBytes = bytes.subarray(at + 4, at + 8);
    if (!typeBytes.every(isLetter)) return `the PNG has a chunk at byte ${at} whose type is not four letters`;
    const type = String.fromCharCode(
      typeBytes[0] as number,
      typeBytes[1] as number,
      typeBytes[2] as number,
      typeBytes[3] as number,
    );
    if (at + CHUNK_OVERHEAD + length > bytes.length)
      return `the PNG's ${type} chunk at byte ${at} runs past the end of the file`;
    chunks.push({ type, data: bytes.subarray(at + 8, at + 8 + length), start: at });
    at += CHUNK_OVERHEAD + length;
    if (type === 'IEND') return chunks;
  }
  return 'the PNG has no end chunk (IEND)';
}

const latin1 = (text: string) => Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, i) => byte === b[i]);

/** Where an iTXt chunk's keyword ends (its null byte), or what is wrong with the keyword. */
function keywordEnd(chunk: Chunk): number | string {
  const where = `the PNG's iTXt chunk at byte ${chunk.start}`;
  if (chunk.data.length === 0) return `${where} is empty`;
  // Look no further than a keyword may go: a hostile chunk may be megabytes without a null.
  const end = chunk.data.subarray(0, MAX_KEYWORD + 1).indexOf(0);
  if (end === 0) return `${where} has an empty keyword`;
  if (end > 0) return end;
  return chunk.data.length > MAX_KEYWORD
    ? `${where} has a keyword longer than ${MAX_KEYWORD} bytes`
    : `${where} has no null byte after its keyword`;
}

/**
 * The text stored under `keyword`: a string, `null` when the PNG holds no such text, or an
 * object naming what is wrong with the file. Never throws, whatever the bytes.
 */
export function readPngText(bytes: Uint8Array, keyword: string): string | null | { problem: string } {
  const chunks = chunksOf(bytes);
  if (typeof chunks === 'string') return { problem: chunks };
  const wanted = latin1(keyword);
  // A broken text chunk under some other keyword is reported only if the wanted text is not found.
  let broken: string | null = null;
  for (const chunk of chunks) {
    if (chunk.type !== 'iTXt') continue;
    const keyEnd = keywordEnd(chunk);
    if (typeof keyEnd === 'string') {
      broken ??= keyEnd;
      continue;
    }
    const data = chunk.data;
    if (!sameBytes(data.subarray(0, keyEnd), wanted)) continue;
    const malformed = { problem: `the "${keyword}" text chunk in the PNG is malformed` };
    if (data.length < keyEnd + ITXT_HEADER_AFTER_KEYWORD) return malformed;
    if (data[keyEnd + 1] === 1)
      return { problem: `the "${keyword}" text in the PNG is compressed, which this app never writes` };
    if (data[keyEnd + 1] !== 0) return malformed;
    const languageEnd = data.indexOf(0, keyEnd + 3);
    const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
    if (translatedEnd < 0) return malformed;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(translatedEnd + 1));
    } catch {
      return { problem: `the "${keyword}" text in the PNG is not UTF-8` };
    }
  }
  return broken === null ? null : { problem: broken };
}

/**
 * The PNG with `text` stored under `keyword` (replacing any earlier one), just before its end.
 * Throws if `bytes` is not a whole PNG or the keyword is not 1 to 79 bytes without a null.
 */
export function writePngText(bytes: Uint8Array, keyword: string, text: string): Uint8Array {
  const chunks = chunksOf(bytes);
  if (typeof chunks === 'string') throw new Error(chunks);
  const key = latin1(keyword);
  if (key.length === 0 || key.length > MAX_KEYWORD || key.includes(0))
    throw new Error(`a PNG text keyword is 1 to ${MAX_KEYWORD} bytes without a null: "${keyword}"`);
  const value = utf8(text);
  const bodyLength = key.length + ITXT_HEADER_AFTER_KEYWORD + value.length;

  const kept = chunks.filter((c) => c.type !== 'IEND' && !(c.type === 'iTXt' && startsWithKeyword(c.data, key)));
  const end = chunks[chunks.length - 1] as Chunk; // chunksOf stops at IEND
  const keptLength = kept.reduce((n, c) => n + CHUNK_OVERHEAD + c.data.length, 0);
  const out = new Uint8Array(SIGNATURE.length + keptLength + CHUNK_OVERHEAD + bodyLength + CHUNK_OVERHEAD);
  const view = new DataView(out.buffer);

  out.set(SIGNATURE, 0);
  let at = SIGNATURE.length;
  for (const c of kept) {
    out.set(bytes.subarray(c.start, c.start + CHUNK_OVERHEAD + c.data.length), at);
    at += CHUNK_OVERHEAD + c.data.length;
  }
  // The iTXt chunk: keyword, its null, flag 0 (not compressed), method 0, no language tag, no
  // translated keyword (the four bytes after the keyword stay 0 from allocation), then the text.
  view.setUint32(at, bodyLength);
  out.set(ITXT, at + 4);
  out.set(key, at + 8);
  out.set(value, at + 8 + key.length + ITXT_HEADER_AFTER_KEYWORD);
  view.setUint32(at + 8 + bodyLength, crc32(out.subarray(at + 4, at + 8 + bodyLength)));
  at += CHUNK_OVERHEAD + bodyLength;
  out.set(bytes.subarray(end.start, end.start + CHUNK_OVERHEAD), at);
  return out;
}

function startsWithKeyword(data: Uint8Array, key: Uint8Array): boolean {
  return data.length > key.length && data[key.length] === 0 && key.every((byte, i) => data[i] === byte);
}
