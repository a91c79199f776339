import type { DesignDiff, Finding, FlowChange } from '../engine/index.ts';
import { terminalText as t } from '../escape/terminal.ts';
import {
  CHANGE_WORDS,
  EFFECT_WORDS,
  flowTitle,
  outcomeWords,
  partChangeWords,
  reasonsFor,
} from '../reports/diff-words.ts';

// `fastpath-check diff` as plain text for a terminal or a CI log: the verdict changes worst first,
// each with the findings that explain it, then the design's findings and parts that changed, then a
// summary line. Design text is escaped piece by piece (main.ts escapes every line once more).

export function renderDiffText(diff: DesignDiff, files: { before: string; after: string }): string {
  const name = (file: string) => (file === '-' ? 'standard input' : t(file));
  const out: string[] = [
    `Changes from ${name(files.before)} to ${name(files.after)}: rules as of ${diff.rulesAsOf}${diff.pack.id === 'latest' ? ' (latest)' : ''} for both`,
  ];

  const changed = diff.flows.filter((flow) => flow.change === 'changed');
  out.push('', `Flows that changed (${changed.length})`);
  if (!changed.length) out.push('  none');
  for (const flow of changed) out.push(...flowLines(flow));

  const addedOrRemoved = diff.flows.filter((flow) => flow.change !== 'changed');
  if (addedOrRemoved.length) {
    out.push('', `Flows added and removed (${addedOrRemoved.length})`);
    for (const flow of addedOrRemoved) {
      const side = flow.change === 'added' ? flow.after : flow.before;
      out.push(
        `  ${pad(CHANGE_WORDS[flow.change].toUpperCase(), 9)}${flowTitle(flow, t)}: ${outcomeWords(side)}${flow.effect === 'worse' ? '  (worse)' : ''}`,
      );
    }
  }

  const { raised, cleared } = diff.findings;
  if (raised.length || cleared.length) {
    out.push('', 'Findings about the design');
    for (const finding of raised) out.push(`  NEW      ${findingWords(finding)}`);
    for (const finding of cleared) out.push(`  CLEARED  ${findingWords(finding)}`);
  }

  const parts = [
    ...diff.design.map((c) => `Changed the design's ${c.field}: ${t(String(c.before))} → ${t(String(c.after))}`),
    ...[...diff.nodes, ...diff.edges].map((change) => partChangeWords(change, t)),
  ];
  out.push('', `Changes to the design (${parts.length})`);
  if (!parts.length) out.push('  none');
  for (const line of parts) out.push(`  ${line}`);

  const { worse, better, newErrors } = diff.summary;
  out.push(
    '',
    `Summary: ${worse} flow${worse === 1 ? '' : 's'} worse, ${better} better, ${newErrors} new error${newErrors === 1 ? '' : 's'}; ${parts.length} change${parts.length === 1 ? '' : 's'} to the design`,
  );
  return `${out.join('\n')}\n`;
}

function flowLines(flow: FlowChange): string[] {
  const { cleared, findings } = reasonsFor(flow);
  return [
    `  ${pad(EFFECT_WORDS[flow.effect].toUpperCase(), 9)}${flowTitle(flow, t)}: ${outcomeWords(flow.before)} → ${outcomeWords(flow.after)}`,
    ...findings.map((finding) => `           ${cleared ? 'no longer ' : ''}${findingWords(finding)}`),
  ];
}

function findingWords(finding: Finding): string {
  return `${finding.severity} ${finding.ruleId} [${t(finding.subject)}]: ${t(finding.message)}`;
}

const pad = (text: string, width: number) =>
  text.length >= width ? `${text} ` : text + ' '.repeat(width - text.length);
