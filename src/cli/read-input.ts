import { open, stat } from 'node:fs/promises';
import { MAX_DESIGN_BYTES } from '../engine/index.ts';

// The checker's input: a design file, or standard input for "-". A file's size cannot be trusted
// to bound what reading it returns (/dev/zero, a FIFO, a pipe, /proc say 0 or nothing), so input
// is read in chunks and reading stops as soon as it passes the limit the app uses for imports.

/** Bytes asked for per read. */
export const READ_CHUNK = 64 * 1024;

/** What "-" reads from; Node's process.stdin is one. Strings appear if an encoding was set. */
export type InputStream = AsyncIterable<Uint8Array | string>;

export type InputRead =
  { ok: true; text: string; bytesRead: number } | { ok: false; message: string; bytesRead: number };

export type ReadOptions = { limit?: number; stdin?: InputStream };

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${+(bytes / (1024 * 1024)).toFixed(1)} MB` : `${bytes} bytes`);
const tooLarge = (limit: number, bytesRead: number): InputRead => ({
  ok: false,
  bytesRead,
  message: `is larger than ${size(limit)}, the most a design file may hold; reading stopped there`,
});

type Collected = { parts: Uint8Array[]; size: number; over: boolean };

async function readFileCapped(path: string, limit: number): Promise<Collected> {
  const handle = await open(path, 'r');
  const collected: Collected = { parts: [], size: 0, over: false };
  try {
    // Never more than limit + 1 bytes: one past the limit is enough to know the input is too big.
    while (collected.size <= limit) {
      const buffer = new Uint8Array(Math.min(READ_CHUNK, limit + 1 - collected.size));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      collected.parts.push(buffer.subarray(0, bytesRead));
      collected.size += bytesRead;
    }
  } finally {
    await handle.close();
  }
  collected.over = collected.size > limit;
  return collected;
}

async function readStreamCapped(stream: InputStream, limit: number): Promise<Collected> {
  const collected: Collected = { parts: [], size: 0, over: false };
  // Leaving the loop early closes the stream: nothing more is read.
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    collected.parts.push(bytes);
    collected.size += bytes.length;
    if (collected.size > limit) {
      collected.over = true;
      break;
    }
  }
  return collected;
}

function joined({ parts, size }: Collected): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a design file';
  return `cannot be read (${code ?? 'unknown error'})`;
}

/** The text of `file` ("-" for standard input), or why it cannot be read; never over `limit` bytes. */
export async function readDesignInput(file: string, options: ReadOptions = {}): Promise<InputRead> {
  const limit = options.limit ?? MAX_DESIGN_BYTES;
  let collected: Collected;
  try {
    if (file === '-') {
      if (!options.stdin) return { ok: false, message: 'standard input is not available', bytesRead: 0 };
      collected = await readStreamCapped(options.stdin, limit);
    } else {
      const info = await stat(file);
      if (info.isDirectory()) return { ok: false, message: 'is a directory, not a design file', bytesRead: 0 };
      // A regular file says its size; one over the limit is refused without reading it.
      if (info.isFile() && info.size > limit) return tooLarge(limit, 0);
      collected = await readFileCapped(file, limit);
    }
  } catch (error) {
    return { ok: false, message: readProblem(error), bytesRead: 0 };
  }
  if (collected.over) return tooLarge(limit, collected.size);
  // Invalid UTF-8 becomes U+FFFD, as reading the file as 'utf8' did; the BOM is dropped.
  return { ok: true, text: new TextDecoder().decode(joined(collected)), bytesRead: collected.size };
}
