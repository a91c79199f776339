import type { Design, EvaluationResult, Finding } from '../engine/index.ts';
import { terminalText } from '../escape/terminal.ts';

// The checker's text report: one line per flow, then the findings. Plain text, no colour, so it
// reads the same in a terminal and in a CI log. Design text (titles, ids, labels, and the finding
// messages that quote them) is escaped piece by piece, so columns line up, and every line once
// more at the end, so nothing a design holds can reach the terminal as a control character.

const VERDICT_WORD = {
  fastpath: 'FastPath',
  gateway: 'gateway',
  direct: 'direct',
  unreachable: 'UNREACHABLE',
} as const;

// A column that overflows still keeps two spaces before the next.
const pad = (text: string, width: number) =>
  text.length >= width ? `${text}  ` : text + ' '.repeat(width - text.length);

function labelOf(design: Design, id: string): string {
  const node = design.nodes.find((n) => n.id === id);
  return terminalText(node?.label || id);
}

function findingLines(finding: Finding, prefix: string): string[] {
  return [
    `${pad(finding.severity, 8)}${finding.ruleId} [${terminalText(finding.subject)}]${prefix} ${terminalText(finding.message)}`,
    `        fix: ${terminalText(finding.remediation)}`,
    `        source: ${finding.source.title}, ${finding.source.date}, ${finding.source.url}${finding.confidence === 'documented' ? '' : ` (${finding.confidence})`}`,
  ];
}

export function renderText(design: Design, result: EvaluationResult, verbose: boolean): string {
  const out: string[] = [];
  const packNote = result.pack.id === 'latest' ? `latest, newest source ${result.pack.date}` : result.pack.date;
  out.push(
    `${terminalText(design.title) || 'Untitled design'}: rules as of ${result.rulesAsOf} (${packNote})${result.allowPreviews ? ', previews allowed' : ''}`,
  );

  const flows = design.edges.filter((e) => e.kind === 'flow');
  out.push('', `Flows (${flows.length})`);
  const ids = flows.map((f) => terminalText(f.id));
  const idWidth = Math.min(28, Math.max(4, ...ids.map((id) => id.length)) + 2);
  const routes = flows.map((f) => `${labelOf(design, f.source)} → ${labelOf(design, f.target)}`);
  const routeWidth = Math.min(60, Math.max(0, ...routes.map((r) => r.length)) + 2);
  flows.forEach((flow, i) => {
    const r = result.flows[flow.id];
    if (!r) return;
    const expectation =
      r.expectationMet === undefined
        ? ''
        : r.expectationMet
          ? `  expected ${flow.props.expect}: ok`
          : `  EXPECTED ${flow.props.expect}: FAILED`;
    const rules = [...new Set(r.findings.filter((f) => verbose || f.severity !== 'info').map((f) => f.ruleId))];
    out.push(
      `  ${pad(ids[i] as string, idWidth)}${pad(routes[i] as string, routeWidth)}${pad(VERDICT_WORD[r.verdict], 12)}${expectation}${rules.length ? `  [${rules.join(', ')}]` : ''}`,
    );
    out.push(
      `  ${' '.repeat(idWidth)}path: ${
        r.path
          .slice(1)
          .map((h) => terminalText(h.label))
          .join(' > ') || '(no route)'
      }`,
    );
  });

  const shown: string[] = [];
  let hidden = 0;
  const add = (finding: Finding, where: string) => {
    if (finding.severity === 'info' && !verbose) hidden++;
    else shown.push(...findingLines(finding, where));
  };
  for (const f of result.findings) add(f, '');
  for (const flow of flows)
    for (const f of result.flows[flow.id]?.findings ?? []) add(f, ` (flow ${terminalText(flow.id)})`);
  out.push('', `Findings`);
  if (shown.length === 0) out.push('  none');
  else out.push(...shown.map((l) => `  ${l}`));
  if (hidden > 0) out.push(`  (${hidden} info finding${hidden === 1 ? '' : 's'} not shown; --verbose lists them)`);

  const all = [...result.findings, ...Object.values(result.flows).flatMap((f) => f.findings)];
  const count = (s: Finding['severity']) => all.filter((f) => f.severity === s).length;
  const verdicts = Object.values(result.flows).reduce<Record<string, number>>(
    (acc, f) => ({ ...acc, [f.verdict]: (acc[f.verdict] ?? 0) + 1 }),
    {},
  );
  const failed = Object.values(result.flows).filter((f) => f.expectationMet === false).length;
  out.push(
    '',
    `Summary: ${flows.length} flow${flows.length === 1 ? '' : 's'} (${
      Object.entries(verdicts)
        .map(([v, n]) => `${n} ${v}`)
        .join(', ') || 'none'
    }); ${failed} expectation${failed === 1 ? '' : 's'} failed; ${count('error')} error${count('error') === 1 ? '' : 's'}, ${count('warning')} warning${count('warning') === 1 ? '' : 's'}`,
  );
  return `${out.map(terminalText).join('\n')}\n`;
}
