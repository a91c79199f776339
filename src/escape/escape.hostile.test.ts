import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXml, textOf } from '../app/io/testing/xml.ts';
import { markdownImage, markdownLink, markdownText } from './markdown.ts';
import { mermaidIds, mermaidLabel } from './mermaid.ts';
import { jsonWithPrintableCharacters, oneLine, printable, toWellFormed, utf8 } from './text.ts';
import { ownLinkUrl, ownPictureUrl } from './url.ts';
import { xmlAttribute, xmlJson, xmlText } from './xml.ts';

/** Indices where `ch` appears without a backslash escaping it (an even run of backslashes before it). */
function unescaped(text: string, ch: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) {
    let slashes = 0;
    while (text[i - 1 - slashes] === '\\') slashes++;
    if (slashes % 2 === 0) found.push(i);
  }
  return found;
}

// Any code point, and often one of the characters that matter: halves of surrogate pairs (alone or
// meeting their partner), controls, noncharacters, separators and every language's syntax.
const NASTY = [
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\u0000',
  '\u0001',
  '\u0008',
  '\u001b',
  '\t',
  '\n',
  '\r',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u2028',
  '\u2029',
  '\u202e',
  '\uFFFE',
  '\uFFFF',
  '&',
  '<',
  '>',
  '"',
  "'",
  '%',
  '#',
  ';',
  ':',
  '`',
  '[',
  ']',
  '(',
  ')',
  '!',
  '*',
  '_',
  '~',
  '|',
  '\\',
  '$',
  '@',
  '¶',
  'ß',
  'ﬂ',
  '°',
  'w',
  '.',
  '/',
  '-',
  '1',
  ' ',
];
const anyText = fc.string({
  unit: fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
  maxLength: 60,
});
const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex -- the characters under test
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

describe('hostile input: text', () => {
  it.each([
    ['a\uD800b', 'a\uFFFDb'],
    ['a\uDC00b', 'a\uFFFDb'],
    ['\uDC00\uD800', '\uFFFD\uFFFD'],
    ['end\uD83D', 'end\uFFFD'],
    ['pair \uD83D\uDE00 kept', 'pair \uD83D\uDE00 kept'],
  ])('toWellFormed(%j) replaces lone surrogates only', (input, expected) => {
    expect(toWellFormed(input)).toBe(expected);
  });

  it('toWellFormed agrees with String.prototype.toWellFormed where the runtime has it', () => {
    const native = (String.prototype as { toWellFormed?: () => string }).toWellFormed;
    if (!native) return;
    fc.assert(fc.property(anyText, (text) => toWellFormed(text) === native.call(text)));
  });

  it('printable keeps TAB, LF and CR and replaces every other control character', () => {
    expect(printable('a\tb\nc\rd')).toBe('a\tb\nc\rd');
    expect(printable('\u0000\u0001\u001b\u007f\u009b\uFFFE\uFFFF\uD800')).toBe('\uFFFD'.repeat(8));
    expect(oneLine(' a \n\t b\r\nc\u2028d ')).toBe(' a b c d ');
  });

  it('utf8 never throws and encodes a lone surrogate as U+FFFD', () => {
    expect([...utf8('\uD800')]).toEqual([0xef, 0xbf, 0xbd]);
  });

  it('JSON with printable characters parses back to the same value', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const json = jsonWithPrintableCharacters(JSON.stringify({ text }));
        return printable(json) === json && JSON.parse(json).text === text;
      }),
    );
  });
});

describe('hostile input: XML', () => {
  it('any text in content or in an attribute parses back as its printable form', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const root = parseXml(`<r a="${xmlAttribute(text)}" b='${xmlAttribute(text)}'>${xmlText(text)}</r>`);
        const expected = printable(text);
        expect(root.attributes.a).toBe(expected);
        expect(root.attributes.b).toBe(expected);
        expect(textOf(root)).toBe(expected);
      }),
    );
  });

  it('keeps a line break in an attribute as a reference, which is how draw.io keeps two-line labels', () => {
    expect(xmlAttribute('VM 1\nVM · 10.0.0.4')).toBe('VM 1&#xa;VM · 10.0.0.4');
  });

  it.each([
    '</r><r>',
    ']]>',
    '<!ENTITY x SYSTEM "file:///etc/passwd">',
    '&x;',
    '<![CDATA[x]]>',
    '<?xml-stylesheet href="x"?>',
    '\u0001\u001b\uD800\uFFFF',
  ])('leaves no markup from %j', (text) => {
    const out = xmlText(text);
    expect(out).not.toMatch(/[<>]/);
    expect(out).not.toMatch(LONE);
    expect(out).not.toMatch(NOT_XML);
    expect(parseXml(`<r>${out}</r>`).children).toHaveLength(1);
  });

  it('JSON in XML parses back to exactly the same JSON, even with characters XML cannot hold', () => {
    const value = { label: 'a\uD800\u0001\u007f\u009b\uFFFE\uFFFF]]><!ENTITY>&amp;' };
    const doc = `<metadata>${xmlJson(JSON.stringify(value, null, 2))}</metadata>`;
    expect(JSON.parse(textOf(parseXml(doc)))).toEqual(value);
  });
});

describe('hostile input: Markdown', () => {
  it.each([
    '<img src=x onerror=alert(1)>',
    '[x](javascript:alert(1))',
    '![](https://evil.example/x.png)',
    '<https://evil.example>',
    'https://evil.example/a',
    'HTTP://EVIL.EXAMPLE',
    'www.evil.example',
    'me@evil.example',
    '[ref]: https://evil.example',
    '`code` **b** _e_ ~~s~~ $m$ \\[',
    'a | b',
    'line\nbreak\r\nand\u2028more',
  ])('%j stays text: no HTML, link, image, autolink or code from it', (text) => {
    const out = markdownText(text);
    expect(out).not.toMatch(/[<>\n\r\u2028]/);
    for (const ch of ['[', ']', '(', ')', '!', '`', '*', '_', '~', '|', '$', '@'])
      expect(unescaped(out, ch)).toEqual([]);
    expect(out).not.toMatch(/https?:\/\//i);
    expect(out).not.toMatch(/www\./i);
  });

  it.each([
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['+ item', '\\+ item'],
    ['1. first', '1\\. first'],
    ['2) second', '2\\) second'],
    ['> quote', '&gt; quote'],
    ['AT&T', 'AT&amp;T'],
    ['Hub VM 10.0.0.4 · westeurope', 'Hub VM 10.0.0.4 · westeurope'],
  ])('%j cannot start a block: %j', (text, expected) => {
    expect(markdownText(text)).toBe(expected);
  });

  it('any text comes out as one line with no unescaped link or image syntax', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = markdownText(text);
        return (
          !/[<>\r\n]/.test(out) &&
          unescaped(out, '[').length === 0 &&
          unescaped(out, ']').length === 0 &&
          !LONE.test(out)
        );
      }),
    );
  });

  it('links only our own https addresses, and pictures only a file beside the report or inline PNG', () => {
    expect(markdownLink('Docs (v2)', 'https://learn.microsoft.com/a_(b)')).toBe(
      '[Docs \\(v2\\)](https://learn.microsoft.com/a_%28b%29)',
    );
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x');
    expect(markdownLink('x', 'http://example.com')).toBe('x');
    expect(markdownImage('The design', 'lab.png')).toBe('![The design](lab.png)');
    expect(markdownImage('x', 'https://evil.example/x.png')).toBe('');
    expect(markdownImage('x', '../secret.png')).toBe('');
    expect(ownLinkUrl('https://user:pw@example.com')).toBeNull();
    expect(ownPictureUrl('data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
    expect(ownPictureUrl('data:text/html;base64,AAAA')).toBeNull();
  });
});

describe('hostile input: Mermaid', () => {
  const SAFE_LABEL = /^(?:[^"%#;:`<>&|[\]{}\\\n\r]|#\d+;|<br\/>)*$/;

  it.each([
    '%%{init: {"theme":"dark"}}%%',
    '%% comment',
    'x"]\nclick n0 call alert(1)',
    'a --> b; click n1 href "javascript:alert(1)"',
    '<script>alert(1)</script>',
    '#quot; #35; ¶ß ﬂ°',
    '`**markdown**`',
    'style x:#fff;',
  ])('%j is written with entity codes only', (text) => {
    const out = mermaidLabel(text);
    expect(out).toMatch(SAFE_LABEL);
    expect(out).not.toContain('%');
  });

  it('entity codes decode back to the printable text, with line breaks as <br/>', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = mermaidLabel(text);
        expect(out).toMatch(SAFE_LABEL);
        const decoded = out
          .replace(/#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
          .replace(/<br\/>/g, '\n');
        expect(decoded).toBe(
          printable(text)
            .replace(/\t/g, ' ')
            .replace(/[ \t]*(?:\r\n|[\r\n\u2028\u2029])[ \t]*/g, '\n'),
        );
      }),
    );
  });

  it('gives design ids that differ different node ids', () => {
    const id = mermaidIds();
    const ids = ['a.b', 'a_b', 'a-b', 'a b', 'a.b'].map(id);
    expect(ids).toEqual(['n0', 'n1', 'n2', 'n3', 'n0']);
  });
});
