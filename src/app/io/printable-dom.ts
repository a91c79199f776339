import { printable } from '../../escape/text.ts';

// html-to-image serialises the canvas's DOM to SVG and URI-encodes it. A label holding a lone
// surrogate makes encodeURIComponent throw ("URI malformed"), and one holding a control character
// makes SVG the browser refuses to load (the PNG export then failed with "[object Event]"). The
// canvas may show such a label as typed; only the picture needs it printable. So, for the time of
// the render, text and attributes that need it are made printable, and afterwards put back unless
// React has written something else there meanwhile.

/** The parts of a DOM node this needs; real DOM nodes have them, and tests can build them. */
export type DomNode = {
  nodeType: number;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  attributes?: ArrayLike<{ value: string }>;
};

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Puts one changed text back, unless something else has been written there since. */
type Undo = () => void;

function makePrintable(root: DomNode): Undo[] {
  const changes: Undo[] = [];
  const stack: DomNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === TEXT_NODE && node.nodeValue !== null) {
      const text = node as DomNode & { nodeValue: string };
      const original = text.nodeValue;
      const shown = printable(original);
      if (shown !== original) {
        text.nodeValue = shown;
        changes.push(() => {
          if (text.nodeValue === shown) text.nodeValue = original;
        });
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      for (const attribute of Array.from(node.attributes ?? [])) {
        const original = attribute.value;
        const shown = printable(original);
        if (shown === original) continue;
        attribute.value = shown;
        changes.push(() => {
          if (attribute.value === shown) attribute.value = original;
        });
      }
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as DomNode);
    }
  }
  return changes;
}

/** Runs `render` with everything under `root` printable, then restores what was changed. */
export async function withPrintableDom<T>(root: DomNode, render: () => Promise<T>): Promise<T> {
  const changes = makePrintable(root);
  try {
    return await render();
  } finally {
    for (const undo of changes) undo();
  }
}
