// Test support: a small, strict XML 1.0 parser, so tests can prove an export is well-formed and
// read back what it holds. No DTDs (an export never has one, and a design must not add one);
// everything else that could make a real parser refuse a file is refused here too.

export type XmlElement = { name: string; attributes: Record<string, string>; children: XmlNode[] };
export type XmlNode = XmlElement | string;

const NOT_XML_CHARACTER =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = /[A-Za-z_:][\w.:-]*/y;
const SPACE = /[ \t\r\n]*/y;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const isXmlCharacter = (code: number) =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

/** The document's root element; throws, saying where, if the text is not well-formed XML. */
export function parseXml(doc: string): XmlElement {
  const bad = NOT_XML_CHARACTER.exec(doc);
  if (bad)
    throw new Error(
      `U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} at offset ${bad.index} is not an XML character`,
    );
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at offset ${at}: ${JSON.stringify(doc.slice(at, at + 40))}`);
  };
  const skipSpace = () => {
    SPACE.lastIndex = at;
    SPACE.exec(doc);
    at = SPACE.lastIndex;
  };
  const expect = (text: string) => {
    if (!doc.startsWith(text, at)) fail(`expected ${JSON.stringify(text)}`);
    at += text.length;
  };
  const skipPast = (end: string, what: string) => {
    const found = doc.indexOf(end, at);
    if (found < 0) fail(`unclosed ${what}`);
    const inside = doc.slice(at, found);
    at = found + end.length;
    return inside;
  };
  const name = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(doc);
    if (!match) return fail('expected a name');
    at = NAME.lastIndex;
    return match[0];
  };
  const decode = (raw: string): string =>
    raw.replace(/&([^;&]*)(;?)/g, (_all, body: string, semicolon: string) => {
      if (!semicolon) return fail(`"&" that starts no reference`);
      if (body in PREDEFINED) return PREDEFINED[body] as string;
      const number = /^#x([0-9a-fA-F]+)$/.exec(body)?.[1] ?? /^#([0-9]+)$/.exec(body)?.[1];
      if (number === undefined) return fail(`undeclared entity "&${body};"`);
      const code = body.startsWith('#x') ? parseInt(number, 16) : parseInt(number, 10);
      if (!isXmlCharacter(code)) return fail(`"&${body};" refers to a character XML cannot hold`);
      return String.fromCodePoint(code);
    });
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (doc.startsWith('<?', at)) skipPast('?>', 'processing instruction');
      else if (doc.startsWith('<!--', at)) {
        if (skipPast('-->', 'comment').includes('--')) fail('"--" inside a comment');
      } else return;
    }
  };
  const element = (): XmlElement => {
    expect('<');
    const node: XmlElement = { name: name(), attributes: {}, children: [] };
    for (;;) {
      const before = at;
      skipSpace();
      if (doc.startsWith('/>', at)) {
        at += 2;
        return node;
      }
      if (doc.startsWith('>', at)) {
        at += 1;
        break;
      }
      if (at === before) fail('expected a space before an attribute');
      const key = name();
      skipSpace();
      expect('=');
      skipSpace();
      const quote = doc[at];
      if (quote !== '"' && quote !== "'") fail('expected a quoted attribute value');
      at += 1;
      const raw = skipPast(quote as string, 'attribute value');
      if (raw.includes('<')) fail('"<" inside an attribute value');
      if (key in node.attributes) fail(`attribute "${key}" twice`);
      // Literal white space in an attribute is read as a space; only references keep a line break.
      node.attributes[key] = decode(raw.replace(/\r\n|[\t\n\r]/g, ' '));
    }
    for (;;) {
      if (doc.startsWith('</', at)) {
        at += 2;
        if (name() !== node.name) fail(`end tag does not match <${node.name}>`);
        skipSpace();
        expect('>');
        return node;
      }
      if (doc.startsWith('<!--', at)) skipMisc();
      else if (doc.startsWith('<![CDATA[', at)) {
        at += 9;
        node.children.push(skipPast(']]>', 'CDATA section'));
      } else if (doc.startsWith('<?', at)) skipPast('?>', 'processing instruction');
      else if (doc.startsWith('<!', at)) fail('a declaration inside an element');
      else if (doc.startsWith('<', at)) node.children.push(element());
      else {
        const end = doc.indexOf('<', at);
        if (end < 0) fail(`<${node.name}> is never closed`);
        const raw = doc.slice(at, end);
        if (raw.includes(']]>')) fail('"]]>" in text');
        node.children.push(decode(raw.replace(/\r\n?/g, '\n')));
        at = end;
      }
    }
  };

  skipMisc();
  if (doc.startsWith('<!', at)) fail('a document type declaration');
  const root = element();
  skipMisc();
  if (at !== doc.length) fail('content after the root element');
  return root;
}

/** Every element under `root` (itself included) named `name`, in document order. */
export function elementsNamed(root: XmlElement, name: string): XmlElement[] {
  const found = root.name === name ? [root] : [];
  for (const child of root.children) if (typeof child !== 'string') found.push(...elementsNamed(child, name));
  return found;
}

/** The text inside an element, all descendants joined. */
export function textOf(node: XmlNode): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}
