import { evaluate, formatProblem, loadDesign, type EvaluationResult } from '../engine/index.ts';
import { parseCliArgs, USAGE } from './args.ts';
import { readDesignInput, type InputStream } from './read-input.ts';
import { renderText } from './report-text.ts';
import { terminalJson, terminalText } from './terminal-text.ts';

// fastpath-check: read a design file, run the engine, print, exit 0 / 1 / 2.

export type Io = {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  stdin?: InputStream;
};

export const EXIT = { ok: 0, failed: 1, unreadable: 2 } as const;

export function exitCodeFor(result: EvaluationResult): number {
  const flows = Object.values(result.flows);
  const error = [...result.findings, ...flows.flatMap((f) => f.findings)].some((f) => f.severity === 'error');
  const failed = flows.some((f) => f.expectationMet === false);
  return error || failed ? EXIT.failed : EXIT.ok;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.ok === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  if (!args.ok) {
    io.stderr.write(`fastpath-check: ${terminalText(args.message)}\n\n${USAGE}\n`);
    return EXIT.unreadable;
  }
  const { file, rules, json, verbose } = args.options;
  // Problems quote the file's content and the file name may be anyone's: both are escaped.
  const complain = (message: string) =>
    io.stderr.write(
      `fastpath-check: ${terminalText(file === '-' ? 'standard input' : file)}: ${terminalText(message)}\n`,
    );
  try {
    const read = await readDesignInput(file, { stdin: io.stdin });
    if (!read.ok) {
      complain(read.message);
      return EXIT.unreadable;
    }
    const loaded = loadDesign(read.text);
    if (!loaded.ok) {
      for (const error of loaded.errors) complain(formatProblem(error));
      return EXIT.unreadable;
    }
    for (const warning of loaded.warnings) complain(formatProblem(warning));
    const result = evaluate(loaded.design, rules ? { rulesAsOf: rules } : {});
    io.stdout.write(
      json ? `${terminalJson(JSON.stringify(result, null, 2))}\n` : renderText(loaded.design, result, verbose),
    );
    return exitCodeFor(result);
  } catch (error) {
    // Never a stack trace for the user; the message is enough to report a bug.
    io.stderr.write(
      terminalText(
        `fastpath-check: internal error while checking ${file}: ${error instanceof Error ? error.message : String(error)}`,
      ) + '\n',
    );
    return EXIT.unreadable;
  }
}
