import type { DesignDiff, Finding, FlowChange } from '../engine/index.ts';
import { markdownLink, markdownText as md } from '../escape/markdown.ts';
import { EFFECT_WORDS, CHANGE_WORDS, flowTitle, outcomeWords, partChangeWords, reasonsFor } from './diff-words.ts';

// A design diff as Markdown: the comment `fastpath-check diff --markdown` writes for a pull request
// bot to post as it is, and the "Changes since" section of the app's report. Design text only ever
// goes through escape/markdown.ts; the only links are the rules' documentation.

export type DiffMarkdownOptions = {
  /** The heading's level: 2 for a comment of its own, 3 for a section of a report. */
  level?: 2 | 3;
  /** The heading's words; design text, escaped here. */
  heading?: string;
  /** Rows of the flow table and items of each list before "… and N more" (GitHub comments are capped). */
  limit?: number;
};

const REASONS_PER_FLOW = 2;

export function diffMarkdown(diff: DesignDiff, options: DiffMarkdownOptions = {}): string {
  const level = options.level ?? 2;
  const limit = options.limit ?? 100;
  const hashes = '#'.repeat(level);
  const out: string[] = [`${hashes} ${md(options.heading ?? 'FastPath check: what the change does to each flow')}`, ''];
  out.push(summaryLine(diff), '');

  const verdictFlows = diff.flows.filter((flow) => flow.change === 'changed');
  if (verdictFlows.length) {
    out.push(`${hashes}# Flows`, '', '| | Flow | Before | After | Why |', '|---|---|---|---|---|');
    for (const flow of verdictFlows.slice(0, limit)) out.push(flowRow(flow));
    // A blank line first: a list item right under a table would not end it everywhere.
    if (verdictFlows.length > limit) out.push('', ...more(verdictFlows.length, limit, 'flows'));
    out.push('');
  }

  const added = diff.flows.filter((flow) => flow.change !== 'changed');
  if (added.length) {
    out.push(`${hashes}# Flows added and removed`, '');
    for (const flow of added.slice(0, limit)) {
      const side = flow.change === 'added' ? flow.after : flow.before;
      const worse = flow.effect === 'worse' ? ' (worse)' : '';
      out.push(`- ${CHANGE_WORDS[flow.change]}${worse}: ${flowTitle(flow, md)}, ${md(outcomeWords(side))}`);
    }
    out.push(...more(added.length, limit, 'flows'), '');
  }

  const { raised, cleared } = diff.findings;
  const shown = (findings: Finding[]) => findings.filter((finding) => finding.severity !== 'info');
  if (shown(raised).length || shown(cleared).length) {
    out.push(`${hashes}# Findings about the design`, '');
    for (const finding of shown(raised).slice(0, limit))
      out.push(`- New ${finding.severity}: ${findingWords(finding)}`);
    for (const finding of shown(cleared).slice(0, limit))
      out.push(`- Cleared ${finding.severity}: ${findingWords(finding)}`);
    out.push('');
  }

  const parts = [...diff.design.map(designLine), ...[...diff.nodes, ...diff.edges].map((c) => partChangeWords(c, md))];
  if (parts.length) {
    out.push(`${hashes}# Changes to the design`, '');
    for (const line of parts.slice(0, limit)) out.push(`- ${line}`);
    out.push(...more(parts.length, limit, 'changes'), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function summaryLine(diff: DesignDiff): string {
  const { worse, better, newErrors, parts } = diff.summary;
  const pack = `Both versions evaluated with the rules as of ${diff.rulesAsOf}${diff.pack.id === 'latest' ? ' (latest)' : ''}.`;
  if (!worse && !better && !newErrors && !parts && !diff.design.length && !diff.flows.length) {
    return `No changes to the design or its flows. ${pack}`;
  }
  const counts = [
    worse ? `**${worse} ${plural(worse, 'flow')} worse**` : 'no flow worse',
    `${better} better`,
    newErrors ? `**${newErrors} new ${plural(newErrors, 'error')}**` : 'no new error',
    `${parts} ${plural(parts, 'part')} changed`,
  ];
  return `${counts.join(' · ')}. ${pack}`;
}

function flowRow(flow: FlowChange): string {
  const { cleared, findings } = reasonsFor(flow);
  const why = findings
    .slice(0, REASONS_PER_FLOW)
    .map((finding) => `${cleared ? 'no longer: ' : ''}${findingWords(finding)}`)
    .concat(findings.length > REASONS_PER_FLOW ? [`and ${findings.length - REASONS_PER_FLOW} more`] : [])
    .join('<br>');
  const effect = flow.effect === 'worse' ? `**${EFFECT_WORDS.worse}**` : EFFECT_WORDS[flow.effect];
  return `| ${effect} | ${flowTitle(flow, md)} | ${md(outcomeWords(flow.before))} | ${md(outcomeWords(flow.after))} | ${why || 'the same verdict, findings changed'} |`;
}

/** `[gateway-sku](source): message` with the rule's documentation as the only link. */
function findingWords(finding: Finding): string {
  return `${markdownLink(finding.ruleId, finding.source.url)}: ${md(finding.message)}`;
}

function designLine(change: DesignDiff['design'][number]): string {
  return `Changed the design's ${md(change.field)}: ${md(String(change.before))} → ${md(String(change.after))}`;
}

function more(total: number, limit: number, noun: string): string[] {
  return total > limit ? [`- … and ${total - limit} more ${noun}`] : [];
}

const plural = (count: number, word: string) => (count === 1 ? word : `${word}s`);
