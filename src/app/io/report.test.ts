import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffVersions, evaluate, loadDesign, type Design } from '../../engine/index.ts';
import { designDrawio, designMermaid } from './diagrams.ts';
import { toCanvasNodes } from '../canvas/adapters.ts';
import { reportHtml, reportMarkdown } from './report.ts';

const loaded = loadDesign(readFileSync('fixtures/examples/hub-spoke-lab.json', 'utf8'));
if (!loaded.ok) throw new Error('lab');
const lab: Design = {
  ...loaded.design,
  notes: [{ id: 'n1', text: 'Ask the provider about\na 10G upgrade', nodeId: 'circuit' }],
};
const result = evaluate(lab);

describe('findings report', () => {
  const markdown = reportMarkdown(lab, result, 'lab.png');

  it('has the title, the rule pack with its date, and the picture', () => {
    expect(markdown).toMatch(/^# Hub, spoke and remote VNet on one circuit \\\(lab\\\)\n/);
    expect(markdown).toContain('Rules as of **latest** (documentation as of 2026-03-31, 2025-11 rules)');
    expect(markdown).toContain('](lab.png)');
    expect(markdown).toContain('![Hub, spoke and remote VNet on one circuit \\(lab\\)](lab.png)');
  });

  it('lists every flow with verdict, expectation and traceroute path', () => {
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Flow'));
    expect(rows).toHaveLength(6);
    expect(rows).toContain(
      '| \\#2 On-premises \\(CE router\\) → Spoke VM | Gateway | Gateway \\(passed\\) | On-premises \\(CE router\\) → MSEE → \\* → 10.254.10.4 | 2 |',
    );
    // In the design's flow order, numbered from 1.
    expect(rows.map((row) => /^\| \\#(\d+) /.exec(row)?.[1])).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('gives every finding its fix and its dated source', () => {
    expect(markdown).toMatch(/### Notes from the rules \(\d+\)/);
    expect(markdown).toContain(
      '- **ERGW2 → CIRCUIT\\_EQUINIX**: FastPath is not enabled on the connection ERGW2 → CIRCUIT\\_EQUINIX',
    );
    expect(markdown).toMatch(/ {2}- Fix: .+/);
    expect(markdown).toMatch(/ {2}- Source: \[.+\]\(https:\/\/learn\.microsoft\.com\/.+\) \(\d{4}-\d{2}-\d{2}\)/);
  });

  it('escapes what a person typed in the printable page', () => {
    const hostile = { ...lab, title: '<script>alert(1)</script>' };
    const page = reportHtml(hostile, evaluate(hostile), 'data:image/png;base64,AAAA');
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<img src="data:image/png;base64,AAAA"');
    expect(page.match(/<tr><td>/g)).toHaveLength(6);
  });

  it('carries its own policy: opened from disk, nothing in it can run script or load from elsewhere', () => {
    const page = reportHtml(lab, result, 'data:image/png;base64,AAAA');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    expect(policy).toBe("default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.indexOf('<title>'));
  });
});

describe('findings report: the review', () => {
  const reviewed: Design = {
    ...lab,
    edges: lab.edges.map((edge) => (edge.id === 'f-onprem-spoke' ? { ...edge, label: 'Backup' } : edge)),
    notes: [
      {
        id: 'n1',
        text: 'Ask the provider about\na 10G upgrade',
        nodeId: 'circuit',
        author: 'Ana',
        createdAt: '2026-11-30T09:00:00Z',
      },
      {
        id: 'n2',
        text: 'Is this one needed?',
        edgeId: 'f-onprem-spoke',
        createdAt: '2026-11-29T08:00:00Z',
        updatedAt: '2026-11-30T09:30:00Z',
      },
      { id: 'n3', text: 'FastPath stays on', edgeId: 'conn1', author: 'Ben' },
      { id: 'n4', text: 'Draft for the CAB' },
    ],
    review: {
      decisions: [
        {
          flowId: 'f-onprem-spoke',
          status: 'changesRequested',
          text: 'Needs the hub gateway\nto be Ultra',
          author: 'Ben',
          at: '2026-11-30T12:15:00+02:00',
        },
        { flowId: 'f-onprem-hub', status: 'accepted', text: '', author: 'Ana', at: '2026-11-30T10:15:00.000Z' },
        { flowId: 'f-hub-onprem', status: 'accepted', text: 'Fine', at: '2026-12-01T07:05:00Z' },
      ],
    },
  };
  const markdown = reportMarkdown(reviewed, evaluate(reviewed));
  const section = markdown.slice(markdown.indexOf('## Review'));

  it('Markdown: the progress, every flow in number order with its decision, who and when, then the open notes', () => {
    expect(section).toBe(
      [
        '## Review',
        '',
        '3 of 6 flows reviewed · 2 accepted · 1 with a change requested',
        '',
        '- **\\#1 On-premises \\(CE router\\) → Hub VM**: Accepted · by Ana · 2026-11-30 10:15 UTC',
        '- **\\#2 Backup \\(On-premises \\(CE router\\) → Spoke VM\\)**: Change requested · by Ben · 2026-11-30 10:15 UTC\\',
        '  Needs the hub gateway\\',
        '  to be Ultra',
        '- **\\#3 On-premises \\(CE router\\) → Remote VM**: Not reviewed yet',
        '- **\\#4 Remote VM → Hub VM**: Not reviewed yet',
        '- **\\#5 Remote VM → Spoke VM**: Not reviewed yet',
        '- **\\#6 Hub VM → On-premises \\(CE router\\)**: Accepted · 2026-12-01 07:05 UTC\\',
        '  Fine',
        '',
        '### Open notes (4)',
        '',
        '- **About CIRCUIT\\_EQUINIX** · by Ana · 2026-11-30 09:00 UTC\\',
        '  Ask the provider about\\',
        '  a 10G upgrade',
        '- **About \\#2 Backup** · 2026-11-30 09:30 UTC\\',
        '  Is this one needed?',
        '- **About Connection: ERGW1 → CIRCUIT\\_EQUINIX** · by Ben\\',
        '  FastPath stays on',
        '- **About the design**\\',
        '  Draft for the CAB',
        '',
      ].join('\n'),
    );
    // The notes are in the review only, not in a section of their own as well.
    expect(markdown.match(/Ask the provider/g)).toHaveLength(1);
    expect(markdown).not.toMatch(/^## Notes$/m);
  });

  it('Markdown: a design with no decisions and no notes says so, with no lists', () => {
    const plain = reportMarkdown(lab, result);
    const bare = reportMarkdown({ ...lab, notes: [] }, result);
    expect(bare.slice(bare.indexOf('## Review'))).toBe('## Review\n\nNo flow has been reviewed yet.\n');
    expect(plain).toContain('## Review\n\nNo flow has been reviewed yet.\n\n### Open notes (1)\n\n- **About CIRCUIT');
  });

  it('HTML: the same review, each decision coloured by its class, text kept on its lines', () => {
    const page = reportHtml(reviewed, evaluate(reviewed));
    expect(page).toContain(
      '<h2>Review</h2>\n<p class="progress">3 of 6 flows reviewed · 2 accepted · 1 with a change requested</p>',
    );
    expect(page).toContain(
      '<tr><th scope="row">#2 Backup (On-premises (CE router) → Spoke VM)</th><td class="changesRequested">Change requested</td><td class="said">Needs the hub gateway\nto be Ultra</td><td>Ben</td><td>2026-11-30 10:15 UTC</td></tr>',
    );
    expect(page).toContain(
      '<tr><th scope="row">#3 On-premises (CE router) → Remote VM</th><td class="notReviewed">Not reviewed yet</td><td class="said"></td><td></td><td></td></tr>',
    );
    expect(page.match(/<tr><th scope="row">/g)).toHaveLength(6);
    expect(page.match(/<td class="accepted">Accepted<\/td>/g)).toHaveLength(2);
    expect(page).toContain('<h3>Open notes (4)</h3><ul class="notes">');
    expect(page).toContain(
      '<li><strong>About CIRCUIT_EQUINIX</strong> · by Ana · 2026-11-30 09:00 UTC<div class="said">Ask the provider about\na 10G upgrade</div></li>',
    );
    expect(page).toContain('<li><strong>About the design</strong><div class="said">Draft for the CAB</div></li>');
    expect(page).toContain(
      'td.accepted{color:#15803d;font-weight:600}td.changesRequested{color:#b45309;font-weight:600}',
    );
    expect(page).toContain('.said{white-space:pre-line}');
    expect(page).not.toContain('<h2>Notes</h2>');
  });

  it('HTML: a design with no decisions and no notes has the sentence and no table or list', () => {
    const page = reportHtml({ ...lab, notes: [] }, result);
    expect(page).toContain('<h2>Review</h2>\n<p class="progress">No flow has been reviewed yet.</p>\n</body>');
  });
});

describe('findings report: changes since a version', () => {
  const before = lab;
  const after: Design = {
    ...lab,
    edges: lab.edges.map((edge) =>
      edge.id === 'conn1' && edge.kind === 'connection' ? { ...edge, props: { ...edge.props, fastPath: false } } : edge,
    ),
  };
  const changes = { since: '“v1”', diff: diffVersions(before, after) };

  it('Markdown: a section with the flows that got worse, their reasons, and the parts changed', () => {
    const markdown = reportMarkdown(after, evaluate(after), 'lab.png', changes);
    const section = markdown.slice(markdown.indexOf('## Changes since “v1”'));
    expect(section).toMatch(/^## Changes since “v1”\n\n\*\*2 flows worse\*\*/);
    expect(section).toMatch(
      /^\| \*\*Worse\*\* \| #1 On-premises \\\(CE router\\\) → Hub VM \| FastPath, expected FastPath: met \| Gateway, expected FastPath: failed \| \[fastpath-flag\]/m,
    );
    expect(section).toContain('- Changed Connection “ERGW1 → CIRCUIT\\_EQUINIX”: fastPath on → off');
    expect(reportMarkdown(after, evaluate(after))).not.toContain('## Changes since');
  });

  it('HTML: the same section, worse flows marked as such', () => {
    const page = reportHtml(after, evaluate(after), undefined, changes);
    expect(page).toContain('<h2>Changes since “v1”</h2>');
    expect(page.match(/<tr class="worse">/g)).toHaveLength(2);
    expect(page).toContain('<li>Changed Connection “ERGW1 → CIRCUIT_EQUINIX”: fastPath on → off</li>');
  });
});

describe('diagram exports', () => {
  it('Mermaid: VNets as subgraphs, every edge, flows styled by verdict', () => {
    const text = designMermaid(lab, result);
    expect(text.startsWith('flowchart LR\n')).toBe(true);
    expect(text.match(/^ {2}subgraph /gm)).toHaveLength(3);
    expect(text.match(/^ {2}linkStyle \d+ /gm)).toHaveLength(lab.edges.length);
    expect(text).toContain('n0["On-premises (CE router)<br/><small>On-premises · 172.16.0.0/16</small>"]');
    // "#1: FastPath", its # and : written as Mermaid entity codes.
    expect(text).toContain('n0 -.->|"#35;1#58; FastPath"| n4');
    expect(text).toContain('stroke:#d97706,stroke-width:2.5px,stroke-dasharray:8 5');
  });

  it('draw.io: every node a cell, children inside their VNet container, every edge', () => {
    const hostile = { ...lab, nodes: lab.nodes.map((n) => (n.id === 'hubvm' ? { ...n, label: 'VM "A" <b>&' } : n)) };
    const text = designDrawio(hostile, result, toCanvasNodes(hostile));
    expect(text.match(/vertex="1"/g)).toHaveLength(lab.nodes.length);
    expect(text.match(/edge="1"/g)).toHaveLength(lab.edges.length);
    // The label's two lines stay two: a raw line break in an attribute would be read as a space.
    expect(text).toContain('id="n4" value="VM &quot;A&quot; &lt;b&gt;&amp;&#xa;VM · VM · 10.255.10.4"');
    expect(text).toMatch(/id="n4"[^>]*parent="n2"/);
    expect(text).toMatch(/container=1/);
    expect(text).toMatch(/strokeColor=#16a34a/);
  });
});
