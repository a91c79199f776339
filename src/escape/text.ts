// Design text is whatever a person (or a hostile file) typed: it may hold lone UTF-16 surrogates,
// which make encodeURIComponent throw and UTF-8 encoders guess, and control characters, which no
// exported document can show and XML cannot hold at all. Every output language's escaper starts here.

export const REPLACEMENT_CHARACTER = '\uFFFD';

// Matched one UTF-16 unit at a time (no `u` flag), so a surrogate without its partner is found.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// C0 controls except TAB, LF and CR; DEL and the C1 controls (U+009B is a terminal's CSI); and the
// two noncharacters XML 1.0 leaves out of its character set.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

const LINE_BREAKS = /[ \t]*(?:\r\n|[\r\n\u2028\u2029])[ \t]*/g;

/**
 * The text with every lone surrogate replaced by U+FFFD, as String.prototype.toWellFormed does
 * (which ES2022 and Node 20.0 do not have).
 */
export function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, REPLACEMENT_CHARACTER);
}

/** Well-formed text with every character no document can show as U+FFFD; TAB, LF and CR stay. */
export function printable(text: string): string {
  return toWellFormed(text).replace(UNPRINTABLE, REPLACEMENT_CHARACTER);
}

/** Printable text on one line: line breaks (with the blanks around them) and tabs become one space. */
export function oneLine(text: string): string {
  return printable(text).replace(LINE_BREAKS, ' ').replace(/\t/g, ' ');
}

/** Printable text split at its line breaks, for outputs with their own way of breaking a line. */
export function printableLines(text: string): string[] {
  return printable(text).replace(/\t/g, ' ').split(LINE_BREAKS);
}

/** UTF-8 bytes of any string; a lone surrogate becomes U+FFFD instead of the encoder's guess. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(toWellFormed(text));
}

/**
 * JSON text with every character that `printable` would replace written as a \u escape, so the
 * JSON can sit inside XML or HTML and still parse back to exactly the same value. JSON.stringify
 * already escapes C0 controls and lone surrogates, but not DEL, C1 controls or U+FFFE/U+FFFF;
 * outside strings its output is plain ASCII, so every such character is inside a string.
 */
export function jsonWithPrintableCharacters(json: string): string {
  const escape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  return json.replace(LONE_SURROGATE, escape).replace(UNPRINTABLE, escape);
}
