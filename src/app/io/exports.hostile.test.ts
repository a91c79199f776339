import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { diffVersions, evaluate, type Design } from '../../engine/index.ts';
import { designDrawio, designMermaid } from './diagrams.ts';
import { toCanvasNodes } from '../canvas/adapters.ts';
import { DESIGN_KEYWORD, designJson, fileNameFor } from './design-file.ts';
import { readDesignFile } from './file-reading.ts';
import { printable, utf8 } from '../../escape/text.ts';
import { xmlText } from '../../escape/xml.ts';
import { captionLayout, captionSvg } from './image-caption.ts';
import { readPngText, writePngText } from './png-text.ts';
import { reportHtml, reportMarkdown } from './report.ts';
import { readShareFragment, shareFragment } from './share-link.ts';
import { svgDocument } from './svg-document.ts';
import {
  hostileDesign,
  HOSTILE_AUTHOR,
  HOSTILE_DECISION_TEXT,
  HOSTILE_TEXTS,
  plainDesign,
} from './testing/hostile-design.ts';
import { elementsNamed, parseXml, textOf } from './testing/xml.ts';
import { KIND_NAMES, nodeDetail } from '../words.ts';

// Every export a design can leave the app through, fed a design whose every text is hostile
// (testing/hostile-design.ts): none may throw, each must be well-formed in its own language,
// and none may turn design text into markup, links, statements or control sequences.

const design = hostileDesign();
const result = evaluate(design);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex -- the characters under test
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const blankPng = () => new Uint8Array(PNG.sync.write(new PNG({ width: 1, height: 1 })));

function expectPrintable(text: string) {
  expect(text).not.toMatch(LONE_SURROGATE);
  expect(text).not.toMatch(CONTROL);
}

/** Indices where `ch` appears without a backslash escaping it. */
function unescaped(text: string, ch: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) {
    let slashes = 0;
    while (text[i - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) found.push(i);
  }
  return found;
}

describe('hostile input: the design document survives every way out and back in', () => {
  it('JSON export → import gives exactly the same design, lone surrogates and controls included', () => {
    const json = designJson(design);
    expect(json).not.toMatch(LONE_SURROGATE);
    expect(readDesignFile('hostile.json', utf8(json))).toEqual({ ok: true, design });
  });

  it('share link → open gives exactly the same design', async () => {
    const fragment = await shareFragment(design);
    expect(fragment).toMatch(/^#share=v1\.[A-Za-z0-9_-]+$/);
    expect(await readShareFragment(fragment)).toEqual({ ok: true, design });
  });

  it('PNG text → import gives exactly the same design', () => {
    const png = writePngText(blankPng(), DESIGN_KEYWORD, designJson(design));
    expect(readDesignFile('hostile.png', png)).toEqual({ ok: true, design });
    // Text that is not JSON: a lone surrogate is written as U+FFFD rather than the encoder's guess.
    expect(readPngText(writePngText(blankPng(), 'other', 'a\uD800b'), 'other')).toBe('a\uFFFDb');
  });

  it('SVG <metadata> is well-formed and parses back to exactly the same design', () => {
    const caption = { title: design.title, pack: 'Rules as of latest', summary: HOSTILE_TEXTS.join(' '), dark: false };
    const picture =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>';
    const svg = svgDocument({ width: 10, height: 10, background: '#fff', design, caption, picture });
    const root = parseXml(svg);
    const metadata = elementsNamed(root, 'metadata')[0];
    if (!metadata) throw new Error('no metadata');
    expect(readDesignFile('x.json', utf8(textOf(metadata)))).toEqual({ ok: true, design });
    const texts = elementsNamed(root, 'text').map(textOf);
    expect(texts[0]).toBe(
      printable(design.title)
        .replace(/\s*[\r\n\u2028]\s*/g, ' ')
        .replace(/\t/g, ' '),
    );
    for (const text of texts) expectPrintable(text);
  });

  it('names the file from a hostile title without trouble', () => {
    expect(fileNameFor(design.title, 'svg')).toMatch(/^[a-z0-9-]+\.svg$/);
  });
});

describe('hostile input: SVG caption', () => {
  it('is well-formed XML and shows every title on one printable line, on canvas and in SVG alike', () => {
    for (const title of HOSTILE_TEXTS) {
      const layout = captionLayout({ title, pack: title, summary: title, dark: true });
      const root = parseXml(`<svg xmlns="http://www.w3.org/2000/svg">${captionSvg(layout)}</svg>`);
      const shown = elementsNamed(root, 'text').map(textOf);
      expect(shown.slice(0, 2)).toEqual(layout.texts.slice(0, 2).map((t) => t.text));
      for (const text of shown) {
        expectPrintable(text);
        expect(text).not.toMatch(/[\r\n]/);
      }
    }
  });
});

describe('hostile input: Mermaid', () => {
  const text = designMermaid(design, result);
  const lines = text.trimEnd().split('\n');
  const LABEL = String.raw`"(?:[^"%#;:\x60<>&|[\]{}\\]|#\d+;|<br/>|</?small>)*"`;
  const STATEMENTS = [
    /^flowchart LR$/,
    new RegExp(String.raw`^ {2,4}n\d+\[${LABEL}\]$`),
    new RegExp(String.raw`^ {2}subgraph n\d+\[${LABEL}\]$`),
    /^ {2}end$/,
    new RegExp(String.raw`^ {2}n\d+ (?:---|-\.->)\|${LABEL}\| n\d+$`),
    /^ {2}linkStyle \d+ stroke:#[0-9a-f]{6},stroke-width:[\d.]+px(?:,stroke-dasharray:[\d ]+)?$/,
  ];

  it('has no directive, comment or click from design text: every line is one of ours', () => {
    expect(text).not.toContain('%');
    expect(text).not.toMatch(/^\s*click\b/m);
    for (const line of lines)
      expect(
        STATEMENTS.some((statement) => statement.test(line)),
        line,
      ).toBe(true);
    expectPrintable(text);
  });

  it('gives each design node exactly one Mermaid node, with unique ids, and every edge ends on one', () => {
    const defined = lines.map((line) => /^\s+(?:subgraph )?(n\d+)\[/.exec(line)?.[1]).filter((id) => id !== undefined);
    expect(defined).toHaveLength(design.nodes.length);
    expect(new Set(defined).size).toBe(design.nodes.length);
    const ends = lines.flatMap((line) => /^ {2}(n\d+) (?:---|-\.->)\|.*\| (n\d+)$/.exec(line)?.slice(1) ?? []);
    expect(ends).toHaveLength(2 * design.edges.length);
    for (const end of ends) expect(defined).toContain(end);
  });

  it('still shows what was typed, once Mermaid decodes its entity codes', () => {
    const decoded = text.replace(/#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)));
    expect(decoded).toContain('%%{init: {"theme":"dark"}}%%');
    expect(decoded).toContain('x"]<br/>click a.b call alert(1)');
  });
});

describe('hostile input: draw.io', () => {
  const root = parseXml(designDrawio(design, result, toCanvasNodes(design)));
  const cells = elementsNamed(root, 'mxCell');

  it('is well-formed XML with one cell per node and edge, each with its own id', () => {
    expect(cells.filter((c) => c.attributes.vertex === '1')).toHaveLength(design.nodes.length);
    expect(cells.filter((c) => c.attributes.edge === '1')).toHaveLength(design.edges.length);
    expect(new Set(cells.map((c) => c.attributes.id)).size).toBe(cells.length);
    const ids = new Set(cells.map((c) => c.attributes.id));
    for (const cell of cells)
      for (const key of ['parent', 'source', 'target'])
        if (cell.attributes[key]) expect(ids).toContain(cell.attributes[key]);
  });

  it('keeps each label as typed (printable), line breaks included, as plain text', () => {
    const values = cells.filter((c) => c.attributes.vertex === '1').map((c) => c.attributes.value);
    for (const node of design.nodes) {
      expect(values).toContain(printable(`${node.label || node.id}\n${KIND_NAMES[node.kind]} · ${nodeDetail(node)}`));
    }
    expect(values.find((v) => v?.startsWith('x"]'))).toContain('\nclick a.b call alert(1)\n');
    for (const cell of cells) if (cell.attributes.style) expect(cell.attributes.style).toContain('html=0;');
    expect(elementsNamed(root, 'diagram')[0]?.attributes.name).toBe(printable(design.title));
  });
});

const flowCount = design.edges.filter((e) => e.kind === 'flow').length;

/** The hostile design as it might be held in memory, never loaded: times and a status no schema saw. */
const unchecked = (): Design => ({
  ...design,
  notes: design.notes.map((note) => ({ ...note, updatedAt: '<script>alert(1)</script>\n- [x](javascript:alert(1))' })),
  review: {
    decisions: (design.review?.decisions ?? []).map((decision) => ({
      ...decision,
      at: '</td><img src=x onerror=alert(1)>',
      status: '"><script>alert(1)</script>' as 'accepted',
    })),
  },
});

describe('hostile input: Markdown report', () => {
  const markdown = reportMarkdown(design, result, 'hostile.png');
  const ownUrls = new Set(
    [...result.findings, ...Object.values(result.flows).flatMap((f) => f.findings)].map((f) => f.source.url),
  );

  it('has no raw HTML, and no control characters or lone surrogates', () => {
    expect(markdown).not.toContain('<');
    expect(markdown).not.toContain('>');
    expectPrintable(markdown);
  });

  it('has no link, image or autolink but ours', () => {
    const destinations = [...markdown.matchAll(/(?<!\\)\]\(([^)]*)\)/g)].map((m) => m[1]);
    for (const url of destinations) expect(url === 'hostile.png' || ownUrls.has(url as string), url).toBe(true);
    expect(unescaped(markdown, '[')).toHaveLength(destinations.length);
    expect(unescaped(markdown, '!')).toHaveLength(1); // the picture's
    const withoutOurLinks = markdown.replace(/(?<!\\)\]\((?:https:\/\/[^)\s]+|hostile\.png)\)/g, ']');
    expect(withoutOurLinks).not.toMatch(/https?:\/\//i);
    expect(withoutOurLinks).not.toMatch(/www\./i);
    expect(unescaped(withoutOurLinks, '@')).toEqual([]);
  });

  it('keeps every table row to its five cells', () => {
    const rows = markdown.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Flow'));
    expect(rows).toHaveLength(flowCount);
    for (const row of rows) expect(unescaped(row, '|')).toHaveLength(6);
  });

  it('keeps each decision and note in its own list item, whatever lines its text has', () => {
    const review = markdown
      .slice(markdown.indexOf('\n## Review\n') + 1)
      .trimEnd()
      .split('\n');
    expect(review.slice(0, 4)).toEqual([
      '## Review',
      '',
      '2 of 3 flows reviewed · 1 accepted · 1 with a change requested',
      '',
    ]);
    const items = review.filter((line) => line.startsWith('- '));
    expect(items).toHaveLength(flowCount + design.notes.length);
    expect(review.filter((line) => line.startsWith('### '))).toEqual([`### Open notes (${design.notes.length})`]);
    // Everything else continues the item above it: two spaces, then text that cannot open a block
    // (a list, quote, heading, fence, rule, table, HTML or indented code), after a hard break.
    review.slice(4).forEach((line, i, lines) => {
      if (line === '' || line.startsWith('- ') || line.startsWith('### ')) return;
      expect(line).toMatch(/^ {2}\S/);
      expect(line).not.toMatch(/^ {2}(?:[-+*>#=_~`|<]|\d+[.)])/);
      expect(lines[i - 1]).toMatch(/(?<!\\)(?:\\\\)*\\$/);
    });
    // The hostile text is all there, as words.
    expect(markdown).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(markdown).toContain('  \\[x\\]\\(javascript:alert\\(1\\)\\)\\');
  });

  it('writes times and statuses that no schema checked as words too', () => {
    const page = reportMarkdown(unchecked(), result);
    expect(page).not.toMatch(/[<>]/);
    expect(unescaped(page, '[')).toHaveLength(unescaped(markdown, '[').length - 1); // no picture
    expect(page).toContain(': Change requested · by ');
    expect(page).toContain('· &lt;/td&gt;&lt;img src=x onerror=alert\\(1\\)&gt;\\\n');
    const review = page.slice(page.indexOf('\n## Review\n'));
    expect(review.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(flowCount + design.notes.length);
  });

  it('leaves out a picture that is not ours', () => {
    expect(reportMarkdown(design, result, 'https://evil.example/x.png')).not.toContain('evil.example/x.png)');
  });
});

describe('hostile input: HTML report', () => {
  const tags = (page: string) =>
    [...page.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => `${m[1]}${m[2]?.replace(/"[^"]*"/g, '""')}`);
  const picture = 'data:image/png;base64,AAAA';

  it('has exactly the markup of the same report with plain text: design text added no tag or attribute', () => {
    const hostile = reportHtml(design, result, picture);
    const plain = plainDesign();
    expect(tags(hostile)).toEqual(tags(reportHtml(plain, evaluate(plain), picture)));
    expectPrintable(hostile);
    expect(hostile).not.toMatch(/<(?:script|img src=x)/i);
  });

  it('shows the review text as text, its line breaks kept by the style sheet rather than markup', () => {
    const page = reportHtml(design, result, picture);
    expect(page).toContain(
      '&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;script&gt;alert(1)&lt;/script&gt;\n| a | b |',
    );
    expect(page).toContain(`<td>${xmlText(HOSTILE_AUTHOR)}</td>`);
    expect(page.match(/<td class="said">/g)).toHaveLength(flowCount);
    expect(page.match(/<div class="said">/g)).toHaveLength(design.notes.length);
    expect(HOSTILE_DECISION_TEXT.length).toBeLessThanOrEqual(2000);
  });

  it('has the same markup for a design held in memory with times and a status no schema checked', () => {
    const page = reportHtml(unchecked(), result, picture);
    expect(tags(page)).toEqual(tags(reportHtml(plainDesign(), evaluate(plainDesign()), picture)));
    expect(page).toContain('<td class="changesRequested">Change requested</td>');
    expect(page).toContain('&lt;/td&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('links only https rule sources and shows only an inline PNG', () => {
    const page = reportHtml(design, result, 'javascript:alert(1)');
    expect(page).not.toContain('<img');
    for (const [, href] of page.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\//);
  });
});

describe('hostile input: the report’s changes since a version', () => {
  // The same design with its names changed to other plain words: a diff of the same shape.
  const renamed = (): Design => {
    const plain = plainDesign();
    return {
      ...plain,
      title: 'Other',
      nodes: plain.nodes.map((node) => (node.label ? { ...node, label: 'Other' } : node)),
      edges: plain.edges.map((edge) => (edge.label === undefined ? edge : { ...edge, label: 'Other' })),
    };
  };
  const since = HOSTILE_TEXTS[0] as string;
  const hostileChanges = { since, diff: diffVersions(plainDesign(), design) };
  const plainChanges = { since: 'Plain', diff: diffVersions(plainDesign(), renamed()) };
  const tags = (page: string) =>
    [...page.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => `${m[1]}${m[2]?.replace(/"[^"]*"/g, '""')}`);

  it('HTML: design text in the changes adds no tag or attribute', () => {
    expect(hostileChanges.diff.summary.parts).toBeGreaterThan(0);
    const hostile = reportHtml(design, result, undefined, hostileChanges);
    const plain = reportHtml(renamed(), evaluate(renamed()), undefined, plainChanges);
    expect(hostile).toContain('<h2>Changes since ');
    expect(tags(hostile)).toEqual(tags(plain));
    expectPrintable(hostile);
  });

  it('Markdown: design text in the changes is inert, one line per item and one cell per column', () => {
    const markdown = reportMarkdown(design, result, undefined, hostileChanges);
    const section = markdown.slice(markdown.indexOf('## Changes since'));
    expect(section.length).toBeGreaterThan(50);
    expect(section).not.toMatch(/<(?:script|img)/i);
    expect(section).not.toContain('](javascript');
    expectPrintable(section);
    for (const line of section.split('\n').filter((l) => l.startsWith('- '))) expect(line).not.toMatch(/^- .*\n/);
  });
});

describe('hostile input: plain designs still look as before', () => {
  it('exports an ordinary label unchanged', () => {
    const plain: Design = plainDesign();
    expect(designMermaid(plain, evaluate(plain))).toContain('["Plain<br/><small>');
    expect(reportMarkdown(plain, evaluate(plain))).toContain(
      '### Open notes (23)\n\n- **About Plain** · by Plain · 2026-11-30 10:15 UTC\\\n  Plain\n',
    );
  });
});
