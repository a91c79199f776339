// The one escaper for what the checker prints to a terminal. Design text is shown, never obeyed:
// ESC (and C1's CSI, U+009B) would start an escape sequence that can clear the screen or move the
// cursor, CR returns to the start of the line so a later text can overwrite it (a label once
// printed a fake "Summary: … 0 errors"), BEL rings, backspace erases, line breaks start fake
// lines, and bidirectional overrides and isolates reorder what is shown. Each is written out as
// a visible escape such as \x1b or \u202e. Lone surrogates too, which terminals show as anything.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// DEL, the C1 controls, the Arabic letter mark, LRM/RLM, line and paragraph separators, and the
// bidirectional embeddings, overrides and isolates.
const NOT_C0 = /[\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const C0 = /[\u0000-\u001F]/;
const UNSAFE = new RegExp(`${C0.source}|${NOT_C0.source}|${LONE_SURROGATE.source}`, 'g');
// JSON.stringify has escaped C0 and lone surrogates already; its raw newlines are its layout.
const UNSAFE_IN_JSON = new RegExp(NOT_C0.source, 'g');

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  return (
    NAMED[ch] ??
    (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`)
  );
}

/** Text safe to print on one terminal line: controls and direction overrides shown as escapes. */
export function terminalText(text: string): string {
  return text.replace(UNSAFE, visible);
}

/**
 * JSON for a terminal that parses back to the same value. JSON.stringify already escapes C0
 * controls and lone surrogates, but not C1 controls (U+009B is CSI), direction overrides or
 * U+2028/U+2029; those can only sit inside strings, where a \u escape means the same character.
 */
export function terminalJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
