import { readFile, stat } from 'node:fs/promises';
import { evaluate, formatProblem, loadDesign, MAX_DESIGN_BYTES, type EvaluationResult } from '../engine/index.ts';
import { parseCliArgs, USAGE } from './args.ts';
import { renderText } from './report-text.ts';

// fastpath-check: read a design file, run the engine, print, exit 0 / 1 / 2.

export type Io = { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } };

export const EXIT = { ok: 0, failed: 1, unreadable: 2 } as const;

export function exitCodeFor(result: EvaluationResult): number {
  const flows = Object.values(result.flows);
  const error = [...result.findings, ...flows.flatMap((f) => f.findings)].some((f) => f.severity === 'error');
  const failed = flows.some((f) => f.expectationMet === false);
  return error || failed ? EXIT.failed : EXIT.ok;
}

async function readDesignFile(file: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { ok: false, message: 'is a directory, not a design file' };
    if (info.size > MAX_DESIGN_BYTES) return { ok: false, message: `the file is larger than ${MAX_DESIGN_BYTES / (1024 * 1024)} MB; a design is far smaller` };
    return { ok: true, text: await readFile(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? 'unknown error'})` };
  }
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.ok === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (!args.ok) {
    io.stderr.write(`fastpath-check: ${args.message}\n\n${USAGE}\n`);
    return EXIT.unreadable;
  }
  const { file, rules, json, verbose } = args.options;
  try {
    const read = await readDesignFile(file);
    if (!read.ok) {
      io.stderr.write(`fastpath-check: ${file}: ${read.message}\n`);
      return EXIT.unreadable;
    }
    const loaded = loadDesign(read.text);
    if (!loaded.ok) {
      io.stderr.write(loaded.errors.map((e) => `fastpath-check: ${file}: ${formatProblem(e)}\n`).join(''));
      return EXIT.unreadable;
    }
    for (const warning of loaded.warnings) io.stderr.write(`fastpath-check: ${file}: ${formatProblem(warning)}\n`);
    const result = evaluate(loaded.design, rules ? { rulesAsOf: rules } : {});
    io.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : renderText(loaded.design, result, verbose));
    return exitCodeFor(result);
  } catch (error) {
    // Never a stack trace for the user; the message is enough to report a bug.
    io.stderr.write(`fastpath-check: internal error while checking ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.unreadable;
  }
}
