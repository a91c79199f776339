import {
  diffVersions,
  diffWorsens,
  evaluate,
  formatProblem,
  loadDesign,
  type Design,
  type EvaluationResult,
} from '../engine/index.ts';
import { terminalJson, terminalText } from '../escape/terminal.ts';
import {
  estateFormatOf,
  importEstate,
  importEstatePages,
  withFlows,
  type EstatePage,
  type EstateReport,
} from '../estate/index.ts';
import { diffMarkdown } from '../reports/diff-markdown.ts';
import { parseCliArgs, type CliOptions, type ConvertCliOptions, type DiffCliOptions } from './args.ts';
import { renderDiffText } from './diff-text.ts';
import { readDesignInput, type InputStream } from './read-input.ts';
import { renderText } from './report-text.ts';

// fastpath-check: read a design file, run the engine, print, exit 0 / 1 / 2. `fastpath-check diff`
// reads two versions and says what the change does to each flow, with the same exit codes.

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
    io.stdout.write(`${args.usage}\n`);
    return EXIT.ok;
  }
  if (!args.ok) {
    io.stderr.write(`fastpath-check: ${terminalText(args.message)}\n\n${args.usage}\n`);
    return EXIT.unreadable;
  }
  const { options } = args;
  try {
    if (options.command === 'diff') return await diff(options, io);
    if (options.command === 'convert') return await convert(options, io);
    return await check(options, io);
  } catch (error) {
    // Never a stack trace for the user; the message is enough to report a bug.
    const files =
      options.command === 'diff'
        ? `${options.before} and ${options.after}`
        : options.command === 'convert'
          ? options.files.join(', ')
          : options.file;
    io.stderr.write(
      terminalText(
        `fastpath-check: internal error while checking ${files}: ${error instanceof Error ? error.message : String(error)}`,
      ) + '\n',
    );
    return EXIT.unreadable;
  }
}

async function check({ file, rules, json, verbose }: CliOptions, io: Io): Promise<number> {
  const design = await readDesign(file, io);
  if (!design) return EXIT.unreadable;
  const result = evaluate(design, rules ? { rulesAsOf: rules } : {});
  io.stdout.write(json ? `${terminalJson(JSON.stringify(result, null, 2))}\n` : renderText(design, result, verbose));
  return exitCodeFor(result);
}

async function diff({ before, after, rules, json, markdown }: DiffCliOptions, io: Io): Promise<number> {
  const older = await readDesign(before, io);
  const newer = await readDesign(after, io);
  if (!older || !newer) return EXIT.unreadable;
  const changes = diffVersions(older, newer, rules ? { rulesAsOf: rules } : {});
  const text = json
    ? `${JSON.stringify(changes, null, 2)}\n`
    : markdown
      ? diffMarkdown(changes, { heading: `FastPath check: ${newer.title || 'Untitled design'}` })
      : renderDiffText(changes, { before, after });
  // Markdown and text are escaped piece by piece already; once more for the terminal they may reach.
  io.stdout.write(json ? terminalJson(text) : terminalOutput(text));
  return diffWorsens(changes) ? EXIT.failed : EXIT.ok;
}

async function convert({ files }: ConvertCliOptions, io: Io): Promise<number> {
  const pages: EstatePage[] = [];
  for (const file of files) {
    const read = await readDesignInput(file, { stdin: io.stdin });
    if (!read.ok) {
      complainer(file, io)(read.message);
      return EXIT.unreadable;
    }
    const value = parsedJson(read.text);
    if (value === undefined) {
      complainer(file, io)('not JSON, so not an estate export');
      return EXIT.unreadable;
    }
    pages.push({ name: file === '-' ? 'standard input' : (file.split(/[\\/]/).pop() ?? file), value });
  }
  const [first = '-'] = files;
  const complain = complainer(files.length === 1 ? first : `${first} and ${files.length - 1} more`, io);
  const estate = importEstatePages(pages, titleFrom(first));
  if (!estate.ok) {
    complain(estate.message);
    return EXIT.unreadable;
  }
  writeReport(estate.report, complain);
  io.stdout.write(`${terminalJson(JSON.stringify(withFlows(estate), null, 2))}\n`);
  return EXIT.ok;
}

const complainer = (file: string, io: Io) => (message: string) =>
  io.stderr.write(
    `fastpath-check: ${terminalText(file === '-' ? 'standard input' : file)}: ${terminalText(message)}\n`,
  );

function parsedJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A design's title from the export's file name: `contoso.arg.json` → `contoso.arg`. */
const titleFrom = (file: string) =>
  file === '-' ? 'Imported estate' : (file.split(/[\\/]/).pop() ?? file).replace(/\.json$/i, '');

function writeReport(report: EstateReport, say: (message: string) => void): void {
  say(
    `estate converted: ${report.read.map((row) => `${row.count} ${row.type.replace('microsoft.network/', '')}`).join(', ')}`,
  );
  for (const item of report.ignored) say(`left out ${item.name} (${item.type}): ${item.reason}`);
  for (const line of report.assumed) say(`assumed: ${line}`);
  for (const line of report.warnings) say(`warning: ${line}`);
  if (report.secretsDropped) say(`${report.secretsDropped} authorization or shared keys were not read`);
}

/**
 * Reads and loads one design, saying on standard error what is wrong with it; null when it cannot be
 * used. An estate export is converted first (with every proposed flow), its report on standard error.
 */
async function readDesign(file: string, io: Io): Promise<Design | null> {
  // Problems quote the file's content and the file name may be anyone's: both are escaped.
  const complain = complainer(file, io);
  const read = await readDesignInput(file, { stdin: io.stdin });
  if (!read.ok) {
    complain(read.message);
    return null;
  }
  const value = parsedJson(read.text);
  if (value !== undefined && estateFormatOf(value)) {
    const estate = importEstate(value, titleFrom(file));
    if (!estate.ok) {
      complain(estate.message);
      return null;
    }
    writeReport(estate.report, complain);
    const converted = loadDesign(withFlows(estate));
    if (!converted.ok) {
      for (const error of converted.errors) complain(formatProblem(error));
      return null;
    }
    return converted.design;
  }
  const loaded = loadDesign(read.text);
  if (!loaded.ok) {
    for (const error of loaded.errors) complain(formatProblem(error));
    return null;
  }
  for (const warning of loaded.warnings) complain(formatProblem(warning));
  return loaded.design;
}

/** Several lines for a terminal: each line made safe on its own, the line breaks kept. */
function terminalOutput(text: string): string {
  return text
    .split('\n')
    .map((line) => terminalText(line))
    .join('\n');
}
