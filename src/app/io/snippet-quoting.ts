// One quoting function per language the deployment snippets are written in. The values that reach
// them are already checked against what Azure accepts (snippet-values.ts); quoting is the second
// wall, so that a check that lets something through still cannot turn design text into code.
// Each function returns a complete literal, quotes included.

// Characters that can end or bend a line in a comment, or reorder what a reader sees (bidi
// overrides): C0/C1 controls, line and paragraph separators, format characters.
const UNSAFE_IN_COMMENT = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** Text for a one-line comment in any of the four languages: nothing in it can end the line. */
export function commentText(text: string): string {
  return text.replace(UNSAFE_IN_COMMENT, '');
}

// Words bash reads as themselves: no expansion, globbing, splitting or operator can start with
// these characters. Python's shlex.quote leaves the same kind of word bare.
const BASH_PLAIN = /^[A-Za-z0-9_.-]+$/;

/**
 * A bash word for `value`: bare when it is plain, else single-quoted with each ' written as '\''.
 * Inside single quotes bash expands nothing. A NUL cannot be in an argument at all, so it is dropped.
 */
export function bashQuote(value: string): string {
  const text = value.replaceAll('\0', '');
  if (BASH_PLAIN.test(text)) return text;
  return `'${text.replaceAll("'", () => "'\\''")}'`;
}

// PowerShell reads the typographic single quotes as quote characters too, so each must be
// doubled like the ASCII one.
const POWERSHELL_QUOTES = /['\u2018\u2019\u201A\u201B]/g;

/** A PowerShell single-quoted (verbatim) string: no $ expansion or backtick escapes inside. */
export function powershellQuote(value: string): string {
  return `'${value.replace(POWERSHELL_QUOTES, (quote) => quote + quote)}'`;
}

const hex = (char: string) => (char.codePointAt(0) ?? 0).toString(16).toUpperCase();

/** A Bicep single-quoted string: \ and ' escaped, ${ kept from starting an interpolation. */
export function bicepQuote(value: string): string {
  const body = value
    .replace(/[\\']/g, (char) => `\\${char}`)
    .replaceAll('${', () => '\\${')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, (char) => `\\u{${hex(char)}}`);
  return `'${body}'`;
}

/**
 * A Terraform (HCL) double-quoted string: \ and " escaped, ${ and %{ written as $${ and %%{ so
 * they stay text instead of starting an interpolation or a directive, controls escaped.
 */
export function hclQuote(value: string): string {
  const body = value
    .replace(/[\\"]/g, (char) => `\\${char}`)
    // Replacers are functions: in a replacement string '$$' would itself collapse to '$'.
    .replaceAll('${', () => '$${')
    .replaceAll('%{', () => '%%{')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, (char) => `\\u${hex(char).padStart(4, '0')}`);
  return `"${body}"`;
}
