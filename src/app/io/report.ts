import { SEVERITIES, type Design, type EvaluationResult } from '../../engine/index.ts';
import { flowSummary } from '../findings/flow-summary.ts';
import { findingRows, type FindingRow } from '../findings/rows.ts';
import { SEVERITY_STYLES } from '../findings/severity-style.ts';
import { DECISION_WORDS, progressLine, reviewRows, type ReviewRows } from '../review/review-rows.ts';
import { VERDICT_STYLES } from '../verdict-style.ts';
import { markdownImage, markdownLink, markdownText as md } from '../../escape/markdown.ts';
import { printableLines } from '../../escape/text.ts';
import { ownLinkUrl, ownPictureUrl } from '../../escape/url.ts';
import { xmlAttribute, xmlText as html } from '../../escape/xml.ts';
import { flowFullTitle, flowLabels, isFlow, type FlowLabel } from '../words.ts';
import { changesHtml, changesMarkdown, type ReportChanges } from './report-changes.ts';

// The findings report for a ticket or a review: the flows with verdicts and paths, every finding
// with its fix and source, the rule pack, and where the review stands (each flow's decision, the
// open notes). Markdown for tickets and repositories; a self-contained HTML page (with the picture)
// for printing. Design text is only ever written through escape/markdown.ts or escape/xml.ts; the
// only links are rule sources.

type ReportFlow = { name: string; verdict: string; expected: string; path: string; findings: number };

function reportFlows(design: Design, result: EvaluationResult): ReportFlow[] {
  const labels = flowLabels(design);
  return design.edges.filter(isFlow).map((flow) => {
    const outcome = result.flows[flow.id];
    const expected = flow.props.expect
      ? `${VERDICT_STYLES[flow.props.expect].word} (${outcome?.expectationMet === false ? 'failed' : 'passed'})`
      : '';
    return {
      name: flowFullTitle(labels.get(flow.id) as FlowLabel),
      verdict: outcome ? VERDICT_STYLES[outcome.verdict].word : 'Not evaluated',
      expected,
      path: outcome ? [outcome.path[0]?.label ?? '', ...outcome.path.slice(1).map((hop) => hop.label)].join(' → ') : '',
      findings: flowSummary(outcome).findings,
    };
  });
}

/**
 * Text that may run over several lines, kept inside its list item: each line escaped on its own and
 * ended with a hard break, the next indented as a continuation. Blank lines are dropped, since
 * one would end the item's paragraph.
 */
function markdownLines(text: string): string {
  return printableLines(text)
    .map((line) => md(line.trim()))
    .filter((line) => line !== '')
    .join('\\\n  ');
}

/** "**Heading** · by Ana · 2026-11-30 10:15 UTC", then the text below it in the same item. */
function markdownItem(heading: string, author: string, when: string, text: string): string {
  const head = [heading, author && `by ${md(author)}`, when && md(when)].filter(Boolean).join(' · ');
  const body = markdownLines(text);
  return body ? `- ${head}\\\n  ${body}` : `- ${head}`;
}

function reviewMarkdown({ progress, flows, notes }: ReviewRows): string[] {
  const out = ['## Review', '', progressLine(progress), ''];
  if (progress.reviewed > 0) {
    for (const row of flows)
      out.push(markdownItem(`**${md(row.title)}**: ${DECISION_WORDS[row.status]}`, row.author, row.when, row.text));
    out.push('');
  }
  if (notes.length > 0) {
    out.push(`### Open notes (${notes.length})`, '');
    for (const note of notes) out.push(markdownItem(`**About ${md(note.about)}**`, note.author, note.when, note.text));
    out.push('');
  }
  return out;
}

export function reportMarkdown(
  design: Design,
  result: EvaluationResult,
  picture?: string,
  changes?: ReportChanges,
): string {
  const rows = findingRows(design, result);
  const out: string[] = [`# ${md(design.title || 'Untitled design')}`, ''];
  out.push(
    `FastPath findings report. Rules as of **${result.pack.id}** (documentation as of ${result.pack.date}${result.pack.id !== result.rulesAsOf ? `, ${result.rulesAsOf} rules` : ''}).`,
    '',
  );
  const image = picture ? markdownImage(design.title || 'The design', picture) : '';
  if (image) out.push(image, '');
  out.push('## Flows', '');
  const flows = reportFlows(design, result);
  if (flows.length === 0) out.push('The design has no flows.', '');
  else {
    out.push('| Flow | Verdict | Expected | Path | Findings |', '|---|---|---|---|---:|');
    for (const f of flows)
      out.push(`| ${md(f.name)} | ${f.verdict} | ${md(f.expected) || '—'} | ${md(f.path)} | ${f.findings} |`);
    out.push('');
  }
  out.push('## Findings', '');
  if (rows.length === 0) out.push('Nothing to report.', '');
  for (const severity of SEVERITIES) {
    const group = rows.filter((row) => row.severity === severity);
    if (group.length === 0) continue;
    out.push(`### ${SEVERITY_STYLES[severity].heading} (${group.length})`, '');
    for (const row of group) out.push(...findingMarkdown(row));
    out.push('');
  }
  out.push(...reviewMarkdown(reviewRows(design)));
  if (changes) out.push('', changesMarkdown(changes));
  return `${out.join('\n').trimEnd()}\n`;
}

function findingMarkdown(row: FindingRow): string[] {
  const lines = [`- **${md(row.subjectLabel)}**: ${md(row.message)} \`${row.ruleId}\``];
  if (row.remediation) lines.push(`  - Fix: ${md(row.remediation)}`);
  if (row.source)
    lines.push(
      `  - Source: ${markdownLink(row.source.title, row.source.url)} (${md(row.source.date)})${row.confidence ? `, confidence ${md(row.confidence)}` : ''}`,
    );
  return lines;
}

const htmlLink = (words: string, url: string) => {
  const href = ownLinkUrl(url);
  return href ? `<a href="${xmlAttribute(href)}">${html(words)}</a>` : html(words);
};

const htmlPicture = (url: string | undefined) => {
  const src = url === undefined ? null : ownPictureUrl(url);
  return src ? `<img src="${xmlAttribute(src)}" alt="The design">` : '';
};

/** Design text with its line breaks shown (the page styles `.said` as pre-line), all of it escaped. */
const htmlLines = (text: string) => html(printableLines(text).join('\n'));

function reviewHtml({ progress, flows, notes }: ReviewRows): string {
  const out = ['<h2>Review</h2>', `<p class="progress">${html(progressLine(progress))}</p>`];
  if (progress.reviewed > 0)
    out.push(
      '<table class="review"><thead><tr><th>Flow</th><th>Decision</th><th>Comment</th><th>By</th><th>When</th></tr></thead><tbody>',
      ...flows.map(
        (row) =>
          `<tr><th scope="row">${html(row.title)}</th><td class="${row.status}">${html(DECISION_WORDS[row.status])}</td><td class="said">${htmlLines(row.text)}</td><td>${html(row.author)}</td><td>${html(row.when)}</td></tr>`,
      ),
      '</tbody></table>',
    );
  if (notes.length > 0)
    out.push(
      `<h3>Open notes (${notes.length})</h3><ul class="notes">`,
      ...notes.map((note) => {
        const head = [note.author && `by ${html(note.author)}`, note.when && html(note.when)].filter(Boolean);
        return `<li><strong>About ${html(note.about)}</strong>${head.map((part) => ` · ${part}`).join('')}<div class="said">${htmlLines(note.text)}</div></li>`;
      }),
      '</ul>',
    );
  return out.join('\n');
}

/** A self-contained page to print or keep: everything of the Markdown report, with the picture inline. */
export function reportHtml(
  design: Design,
  result: EvaluationResult,
  pictureDataUrl?: string,
  changes?: ReportChanges,
): string {
  const title = html(design.title || 'Untitled design');
  const rows = findingRows(design, result);
  const flows = reportFlows(design, result);
  const colour: Record<string, string> = Object.fromEntries(
    Object.values(VERDICT_STYLES).map((s) => [s.word, s.color]),
  );
  const findingItems = SEVERITIES.flatMap((severity) => {
    const group = rows.filter((row) => row.severity === severity);
    if (group.length === 0) return [];
    return [
      `<h3>${SEVERITY_STYLES[severity].heading} (${group.length})</h3><ul>`,
      ...group.map(
        (row) =>
          `<li class="${severity}"><strong>${html(row.subjectLabel)}</strong>: ${html(row.message)} <code>${html(row.ruleId)}</code>` +
          (row.remediation ? `<br><span class="fix">Fix: ${html(row.remediation)}</span>` : '') +
          (row.source ? `<br>${htmlLink(row.source.title, row.source.url)} (${html(row.source.date)})` : '') +
          '</li>',
      ),
      '</ul>',
    ];
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"><title>${title}: FastPath findings</title>
<style>
body{font:14px/1.5 "Segoe UI",Inter,-apple-system,Arial,sans-serif;color:#0f172a;max-width:1100px;margin:32px auto;padding:0 24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #e2e8f0}h3{font-size:15px;margin:16px 0 6px}
.meta{color:#475569}img{max-width:100%;border:1px solid #e2e8f0;border-radius:8px;margin-top:16px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #e2e8f0;vertical-align:top}th{font-size:12px;color:#475569}
td.path{font-family:ui-monospace,Consolas,monospace;font-size:12px}li{margin:6px 0}${SEVERITIES.map((s) => `li.${s}{color:${SEVERITY_STYLES[s].print}}`).join('')}.fix{color:#334155}
code{font-size:12px;color:#475569}a{color:#0369a1}
.progress{font-weight:600}th[scope=row]{font-size:14px;color:inherit;font-weight:600}td.accepted{color:#15803d;font-weight:600}td.changesRequested{color:#b45309;font-weight:600}td.notReviewed{color:#64748b}.said{white-space:pre-line}tr.worse td:first-child{color:#b91c1c;font-weight:700}tr.better td:first-child{color:#15803d;font-weight:700}@media print{body{margin:0}a{color:inherit}img{page-break-inside:avoid}}
</style></head><body>
<h1>${title}</h1>
<p class="meta">FastPath findings report · rules as of <strong>${html(result.pack.id)}</strong> (documentation as of ${html(result.pack.date)})</p>
${htmlPicture(pictureDataUrl)}
<h2>Flows</h2>
${
  flows.length === 0
    ? '<p>The design has no flows.</p>'
    : `<table><thead><tr><th>Flow</th><th>Verdict</th><th>Expected</th><th>Path</th><th>Findings</th></tr></thead><tbody>
${flows.map((f) => `<tr><td>${html(f.name)}</td><td style="color:${colour[f.verdict] ?? '#0f172a'};font-weight:600">${html(f.verdict)}</td><td>${html(f.expected) || '—'}</td><td class="path">${html(f.path)}</td><td>${f.findings}</td></tr>`).join('\n')}
</tbody></table>`
}
<h2>Findings</h2>
${rows.length === 0 ? '<p>Nothing to report.</p>' : findingItems.join('\n')}
${reviewHtml(reviewRows(design))}${changes ? `\n${changesHtml(changes)}` : ''}
</body></html>
`;
}
