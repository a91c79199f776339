import { parseArgs } from 'node:util';
import { isPackId, MAX_DESIGN_BYTES, PACK_IDS, type PackId } from '../engine/index.ts';

export type CliOptions = { file: string; rules?: PackId; json: boolean; verbose: boolean };
export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; message: string } | { ok: 'help' };

export const USAGE = `Usage: fastpath-check FILE [--rules PACK] [--json] [--verbose]

Checks a FastPath Designer design (FORMAT.md) and prints each flow's verdict and the findings.
FILE is a design's JSON file, or - for standard input; at most ${MAX_DESIGN_BYTES / (1024 * 1024)} MB is read.

  --rules PACK   documentation date to evaluate against (default: the design's rulesAsOf):
                 ${PACK_IDS.join(', ')}
  --json         print the evaluation result as JSON (FORMAT.md) instead of text
  --verbose      also list info findings in text mode
  -h, --help     show this help

Exit codes: 0 all well; 1 an expectation failed or an error finding exists;
            2 the file cannot be read or is not a valid design.`;

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        rules: { type: 'string' },
        json: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'invalid arguments' };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: 'help' };
  if (positionals.length !== 1)
    return {
      ok: false,
      message:
        positionals.length === 0 ? 'no design file given' : `expected one design file, got ${positionals.length}`,
    };
  if (values.rules !== undefined && !isPackId(values.rules)) {
    return { ok: false, message: `--rules: unknown pack "${values.rules}"; expected one of ${PACK_IDS.join(', ')}` };
  }
  return {
    ok: true,
    options: {
      file: positionals[0] as string,
      json: values.json,
      verbose: values.verbose,
      ...(values.rules ? { rules: values.rules as PackId } : {}),
    },
  };
}
