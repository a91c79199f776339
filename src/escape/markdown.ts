import { oneLine } from './text.ts';
import { ownLinkUrl, ownPictureUrl } from './url.ts';

// The one escaper for Markdown output (the findings report). Design text is shown as the words
// typed, never as markup: no raw HTML, no links, images or autolinks, no emphasis, headings or
// nested lists, and one line, so it stays inside its table cell or list item. Only links our own
// code supplies are links. CommonMark lets any ASCII punctuation be escaped with a backslash, and
// GitHub's autolink extension only fires on an unescaped `://`, `www.` or `@`.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

// Punctuation that opens or closes inline markup anywhere on a line: code, emphasis, strikethrough,
// links and images, table cells, math, mentions and email autolinks, and the backslash itself.
const INLINE = /[\\`*_~[\]()!|#$@]/g;

/** Design text for a heading, a list item, a table cell or a link's words: one line, inert. */
export function markdownText(text: string): string {
  return (
    oneLine(text)
      .replace(INLINE, (ch) => `\\${ch}`)
      .replace(/[&<>]/g, (ch) => HTML[ch] as string)
      // Extended autolinks: "https://…" and "www.…" become links on GitHub even without brackets.
      .replace(/:(?=\/\/)/g, '\\:')
      .replace(/\b(www)\./gi, '$1\\.')
      // At the start of a list item these would open a nested list or a block quote.
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** A link to one of our own https addresses; just the (escaped) words for any other address. */
export function markdownLink(words: string, url: string): string {
  const href = ownLinkUrl(url);
  return href ? `[${markdownText(words)}](${markdownDestination(href)})` : markdownText(words);
}

/** A picture beside the report or inlined; nothing at all for any other address. */
export function markdownImage(alt: string, url: string): string {
  const src = ownPictureUrl(url);
  return src ? `![${markdownText(alt)}](${markdownDestination(src)})` : '';
}

// A parsed URL has no spaces or angle brackets left; parentheses would end the destination early.
const markdownDestination = (url: string) => url.replace(/\(/g, '%28').replace(/\)/g, '%29');
