import type { DesignDiff, FlowChange } from '../../engine/index.ts';
import { diffMarkdown } from '../../reports/diff-markdown.ts';
import {
  CHANGE_WORDS,
  EFFECT_WORDS,
  flowTitle,
  outcomeWords,
  partChangeWords,
  reasonsFor,
} from '../../reports/diff-words.ts';
import { ownLinkUrl } from '../../escape/url.ts';
import { xmlAttribute, xmlText as html } from '../../escape/xml.ts';

// The "Changes since …" section of the findings report: the open design compared with an older
// version of it, as the Changes panel showed it. Markdown from the same writer as the checker's pull
// request comment (reports/diff-markdown.ts); HTML written here. Design text is escaped throughout.

export type ReportChanges = { since: string; diff: DesignDiff };

export function changesMarkdown({ since, diff }: ReportChanges): string {
  return diffMarkdown(diff, { level: 2, heading: `Changes since ${since}` });
}

export function changesHtml({ since, diff }: ReportChanges): string {
  const { worse, better, newErrors, parts } = diff.summary;
  const changed = diff.flows.filter((flow) => flow.change === 'changed');
  const addedOrRemoved = diff.flows.filter((flow) => flow.change !== 'changed');
  const partLines = [...diff.nodes, ...diff.edges].map((change) => partChangeWords(change, html));
  const out = [
    `<h2>Changes since ${html(since)}</h2>`,
    `<p class="progress">${worse} ${worse === 1 ? 'flow' : 'flows'} worse · ${better} better · ${newErrors} new ${newErrors === 1 ? 'error' : 'errors'} · ${parts} ${parts === 1 ? 'part' : 'parts'} changed. Both versions evaluated with the rules as of ${html(diff.rulesAsOf)}.</p>`,
  ];
  if (changed.length) {
    out.push(
      '<table class="changes"><thead><tr><th></th><th>Flow</th><th>Before</th><th>After</th><th>Why</th></tr></thead><tbody>',
      ...changed.map(flowRow),
      '</tbody></table>',
    );
  }
  if (addedOrRemoved.length) {
    out.push(
      '<h3>Flows added and removed</h3><ul>',
      ...addedOrRemoved.map(
        (flow) =>
          `<li>${CHANGE_WORDS[flow.change]}: ${flowTitle(flow, html)}, ${html(outcomeWords(flow.after ?? flow.before))}</li>`,
      ),
      '</ul>',
    );
  }
  if (partLines.length || diff.design.length) {
    out.push(
      '<h3>Changes to the design</h3><ul>',
      ...diff.design.map(
        (change) =>
          `<li>Design ${html(change.field)}: ${html(String(change.before))} → ${html(String(change.after))}</li>`,
      ),
      ...partLines.map((line) => `<li>${line}</li>`),
      '</ul>',
    );
  }
  return out.join('\n');
}

function flowRow(flow: FlowChange): string {
  const { cleared, findings } = reasonsFor(flow);
  const why = findings
    .slice(0, 2)
    .map((finding) => {
      const href = ownLinkUrl(finding.source.url);
      const rule = href ? `<a href="${xmlAttribute(href)}">${html(finding.ruleId)}</a>` : html(finding.ruleId);
      return `${cleared ? 'No longer: ' : ''}${rule}: ${html(finding.message)}`;
    })
    .join('<br>');
  return `<tr class="${flow.effect}"><td>${EFFECT_WORDS[flow.effect]}</td><th scope="row">${flowTitle(flow, html)}</th><td>${html(outcomeWords(flow.before))}</td><td>${html(outcomeWords(flow.after))}</td><td>${why}</td></tr>`;
}
