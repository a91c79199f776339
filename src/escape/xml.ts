import { jsonWithPrintableCharacters, printable } from './text.ts';

// The one escaper for XML and HTML output: SVG (the caption and the design kept in <metadata>),
// the printable HTML report and draw.io files. Characters XML 1.0 cannot hold (C0 controls other
// than TAB, LF and CR, U+FFFE, U+FFFF, lone surrogates) become U+FFFD, so the output always parses;
// DEL and C1 controls go the same way, since nothing shows them.

const MARKUP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for element content. Escaping `>` as well keeps `]]>` out; CR is written as a reference
 * because a parser would otherwise turn it into LF.
 */
export function xmlText(text: string): string {
  return printable(text)
    .replace(/[&<>"']/g, (ch) => MARKUP[ch] as string)
    .replace(/\r/g, '&#xd;');
}

/**
 * Text for a quoted attribute value (either quote). TAB, LF and CR are written as references:
 * a parser turns them into spaces otherwise, which is how draw.io labels lost their second line.
 */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/\t/g, '&#x9;').replace(/\n/g, '&#xa;');
}

/** JSON text as element content that parses back to exactly the same JSON value. */
export function xmlJson(json: string): string {
  return xmlText(jsonWithPrintableCharacters(json));
}
