import { describe, expect, it } from 'vitest';
import { withPrintableDom, type DomNode } from './printable-dom.ts';

// Nodes shaped like the DOM's (the tests run in Node, with no DOM): enough for the walk.
const text = (value: string): DomNode => ({ nodeType: 3, nodeValue: value, childNodes: [] });
const element = (attributes: Record<string, string>, ...children: DomNode[]): DomNode => ({
  nodeType: 1,
  nodeValue: null,
  childNodes: children,
  attributes: Object.entries(attributes).map(([name, value]) => ({ name, value })),
});
const comment = (value: string): DomNode => ({ nodeType: 8, nodeValue: value, childNodes: [] });

describe('hostile input: the canvas while html-to-image renders it', () => {
  it('is printable during the render and exactly as before afterwards', async () => {
    const label = text('VM \u001b[2J \uD800 ok');
    const plain = text('Hub VM');
    const node = element(
      { 'aria-label': 'edge \u0001 to \uDC00', class: 'react-flow__node' },
      label,
      element({}, plain),
    );
    const root = element({}, node, comment('-- \u0001 --'));
    const seen = await withPrintableDom(root, async () => [
      label.nodeValue,
      plain.nodeValue,
      node.attributes?.[0]?.value,
      node.attributes?.[1]?.value,
    ]);
    expect(seen).toEqual(['VM \uFFFD[2J \uFFFD ok', 'Hub VM', 'edge \uFFFD to \uFFFD', 'react-flow__node']);
    expect(label.nodeValue).toBe('VM \u001b[2J \uD800 ok');
    expect(node.attributes?.[0]?.value).toBe('edge \u0001 to \uDC00');
  });

  it('puts text back even when the render fails', async () => {
    const label = text('a\u0001');
    await expect(
      withPrintableDom(element({}, label), async () => {
        throw new Error('render failed');
      }),
    ).rejects.toThrow('render failed');
    expect(label.nodeValue).toBe('a\u0001');
  });

  it('leaves text alone that was written anew during the render', async () => {
    const label = text('old\u0001');
    await withPrintableDom(element({}, label), async () => {
      label.nodeValue = 'new label from React';
    });
    expect(label.nodeValue).toBe('new label from React');
  });

  it('walks a deep tree without recursion', async () => {
    let leaf = text('\u0001');
    const deepest = leaf;
    for (let i = 0; i < 50_000; i++) leaf = element({}, leaf);
    const during = await withPrintableDom(leaf, async () => deepest.nodeValue);
    expect(during).toBe('\uFFFD');
  });
});
