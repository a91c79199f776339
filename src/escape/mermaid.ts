import { printableLines } from './text.ts';

// The one escaper for Mermaid output. Design text only ever appears inside a quoted label, and
// every character Mermaid reads as syntax is written as an entity code (`#35;`), which Mermaid
// turns into an HTML character reference after parsing, so it is shown and never obeyed:
// `"` would end the label, `%%` starts a directive (`%%{init: …}%%`, found anywhere in the text)
// or a comment, `;` and line breaks end a statement (`click n0 call …` would follow), `#…;` is
// itself the entity syntax, a backtick opens a Markdown label, `<`, `>` and `&` would be HTML.
// `:` too: Mermaid trims the last `;` of any line matching "style…:…#…;", which breaks codes.
// `¶` and `ﬂ` are the markers Mermaid uses internally while it decodes entity codes.

const SYNTAX = /["#%&'<>;:`|[\]{}\\¶ﬂ]/g;

const entity = (ch: string) => `#${ch.codePointAt(0)};`;

/** Design text for inside `["…"]` or `|"…"|`; line breaks become `<br/>`. */
export function mermaidLabel(text: string): string {
  return printableLines(text)
    .map((line) => line.replace(SYNTAX, entity))
    .join('<br/>');
}

/**
 * Node ids for Mermaid, one per design id: `n0`, `n1`, … in the order asked. Design ids may hold
 * anything; rewriting them character by character let `a.b` and `a_b` become one node.
 */
export function mermaidIds(): (designId: string) => string {
  const ids = new Map<string, string>();
  return (designId) => {
    let id = ids.get(designId);
    if (id === undefined) {
      id = `n${ids.size}`;
      ids.set(designId, id);
    }
    return id;
  };
}
