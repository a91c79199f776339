import { parseArgs } from 'node:util';
import { isPackId, MAX_DESIGN_BYTES, PACK_IDS, type PackId } from '../engine/index.ts';

export type CliOptions = { command: 'check'; file: string; rules?: PackId; json: boolean; verbose: boolean };
export type DiffCliOptions = {
  command: 'diff';
  before: string;
  after: string;
  rules?: PackId;
  json: boolean;
  markdown: boolean;
};
export type ConvertCliOptions = { command: 'convert'; files: string[] };
export type ParsedArgs =
  | { ok: true; options: CliOptions | DiffCliOptions | ConvertCliOptions }
  | { ok: false; message: string; usage: string }
  | { ok: 'help'; usage: string };

export const USAGE = `Usage: fastpath-check FILE [--rules PACK] [--json] [--verbose]

Checks a FastPath Designer design (FORMAT.md) and prints each flow's verdict and the findings.
FILE is a design's JSON file, or - for standard input; at most ${MAX_DESIGN_BYTES / (1024 * 1024)} MB is read.
FILE may also be an export of a deployed estate (Azure Resource Graph: az graph query -o json,
az network … list/show output, an exported ARM template, or terraform show -json): it is converted, a site per circuit and a flow from each site to
each workload it reaches are proposed, and the result is checked; the import report goes to
standard error.

  --rules PACK   documentation date to evaluate against (default: the design's rulesAsOf):
                 ${PACK_IDS.join(', ')}
  --json         print the evaluation result as JSON (FORMAT.md) instead of text
  --verbose      also list info findings in text mode
  -h, --help     show this help

Exit codes: 0 all well; 1 an expectation failed or an error finding exists;
            2 the file cannot be read or is not a valid design.

fastpath-check diff OLD NEW: what a change does to each flow (fastpath-check diff --help).
fastpath-check convert ESTATE [PAGE…]: writes the design an estate export converts to, as JSON.`;

export const CONVERT_USAGE = `Usage: fastpath-check convert ESTATE [PAGE…] > design.json

Converts an export of a deployed estate (Azure Resource Graph: az graph query -o json,
az network … list/show output, an exported ARM template, or Terraform state: terraform show -json)
to a FastPath Designer design, with a proposed on-premises site per circuit and a flow from each
site to each workload it reaches. Several files are read as one export: the pages of a Resource
Graph query (--skip-token), or the states of several Terraform configurations. The design goes to
standard output, the import report (what each resource became, what was left out and why, what
was assumed, a page that is missing) to standard error.

Exit codes: 0 converted; 2 a file cannot be read or is not an estate export this tool reads.`;

export const DIFF_USAGE = `Usage: fastpath-check diff OLD NEW [--rules PACK] [--json | --markdown]

Compares two versions of a FastPath Designer design, both evaluated with one rule pack: the flows
whose verdict, expectation or findings changed (worst first, with the findings that explain it),
the design findings raised and cleared, and the parts added, removed and changed.
OLD and NEW are design JSON files, or - for standard input (one of them); in a pull request:
  git show main:design.json | fastpath-check diff - design.json --markdown

  --rules PACK   documentation date to evaluate both with (default: NEW's rulesAsOf):
                 ${PACK_IDS.join(', ')}
  --json         print the diff as JSON (docs/format.md) instead of text
  --markdown     print a pull request comment: a table of the changed flows and their reasons
  -h, --help     show this help

Exit codes: 0 no flow got worse and no new error finding; 1 a flow left FastPath, lost its route,
            broke its expectation or gained an error, or a new error finding appeared;
            2 a file cannot be read or is not a valid design.`;

export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  if (argv[0] === 'diff') return parseDiffArgs(argv.slice(1));
  if (argv[0] === 'convert') return parseConvertArgs(argv.slice(1));
  return parseCheckArgs(argv);
}

function parseConvertArgs(argv: readonly string[]): ParsedArgs {
  const fail = (message: string) => ({ ok: false as const, message, usage: CONVERT_USAGE });
  const read = readArgs(argv, 'verbose');
  if (!read.ok) return fail(read.message);
  if (read.values.help) return { ok: 'help', usage: CONVERT_USAGE };
  if (read.values.rules || read.values.json || read.values.extra) return fail('convert takes no options but the files');
  if (read.positionals.length === 0) return fail('expected an estate export');
  if (read.positionals.filter((file) => file === '-').length > 1) return fail('standard input can be read once');
  return { ok: true, options: { command: 'convert', files: read.positionals } };
}

/** Both commands' shared flags, with the one that is each command's own (`--verbose`, `--markdown`). */
type Flags = { rules?: string; json: boolean; help: boolean; extra: boolean };
type Read = { ok: true; values: Flags; positionals: string[] } | { ok: false; message: string };

function readArgs(argv: readonly string[], extra: 'verbose' | 'markdown'): Read {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        rules: { type: 'string' },
        json: { type: 'boolean', default: false },
        [extra]: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const flag = (name: string) => values[name] === true;
    const rules = typeof values.rules === 'string' ? values.rules : undefined;
    if (rules !== undefined && !isPackId(rules)) {
      return { ok: false, message: `--rules: unknown pack "${rules}"; expected one of ${PACK_IDS.join(', ')}` };
    }
    return {
      ok: true,
      values: { ...(rules ? { rules } : {}), json: flag('json'), help: flag('help'), extra: flag(extra) },
      positionals,
    };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'invalid arguments' };
  }
}

const packOf = (values: Flags) => (values.rules ? { rules: values.rules as PackId } : {});

function parseDiffArgs(argv: readonly string[]): ParsedArgs {
  const fail = (message: string) => ({ ok: false as const, message, usage: DIFF_USAGE });
  const read = readArgs(argv, 'markdown');
  if (!read.ok) return fail(read.message);
  const { values, positionals } = read;
  if (values.help) return { ok: 'help', usage: DIFF_USAGE };
  if (positionals.length !== 2) return fail(`expected two design files, OLD and NEW, got ${positionals.length}`);
  if (positionals[0] === '-' && positionals[1] === '-') return fail('only one of OLD and NEW can be standard input');
  if (values.json && values.extra) return fail('--json and --markdown cannot be used together');
  return {
    ok: true,
    options: {
      command: 'diff',
      before: positionals[0] as string,
      after: positionals[1] as string,
      json: values.json,
      markdown: values.extra,
      ...packOf(values),
    },
  };
}

function parseCheckArgs(argv: readonly string[]): ParsedArgs {
  const fail = (message: string) => ({ ok: false as const, message, usage: USAGE });
  const read = readArgs(argv, 'verbose');
  if (!read.ok) return fail(read.message);
  const { values, positionals } = read;
  if (values.help) return { ok: 'help', usage: USAGE };
  if (positionals.length !== 1)
    return fail(
      positionals.length === 0 ? 'no design file given' : `expected one design file, got ${positionals.length}`,
    );
  return {
    ok: true,
    options: {
      command: 'check',
      file: positionals[0] as string,
      json: values.json,
      verbose: values.extra,
      ...packOf(values),
    },
  };
}
