import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, loadDesign, type Design } from '../../engine/index.ts';
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

  it('gives every finding its fix and its dated source, and keeps notes on one line', () => {
    expect(markdown).toMatch(/### Notes from the rules \(\d+\)/);
    expect(markdown).toContain('- **ERGW2 → CIRCUIT\\_EQUINIX**: FastPath is not enabled on connection "conn2"');
    expect(markdown).toMatch(/ {2}- Fix: .+/);
    expect(markdown).toMatch(/ {2}- Source: \[.+\]\(https:\/\/learn\.microsoft\.com\/.+\) \(\d{4}-\d{2}-\d{2}\)/);
    expect(markdown).toContain('## Notes\n\n- Ask the provider about a 10G upgrade \\(about CIRCUIT\\_EQUINIX\\)');
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
