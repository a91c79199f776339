import type { Design, DesignEdge } from '../../engine/index.ts';
import type { CanvasNode } from './adapters.ts';
import { absoluteBoxes } from './node-boxes.ts';

// A design with thousands of links (a full peering mesh of hundreds of VNets) cannot be drawn as
// one interactive element per link: each is several DOM nodes with its own store subscriptions.
// Past BUNDLE_FROM links, the canvas draws them as one path, and only the links of what is
// selected (and those on the selected flow's path) are real, clickable edges.

/** From this many circuit links, connections and peerings, they are drawn as one layer. */
export const BUNDLE_FROM = 2_000;

export type LinkSplit = {
  /** The design with only the links drawn one by one (every flow stays). */
  drawn: Design;
  /** The links drawn together in one path. */
  bundled: readonly DesignEdge[];
};

/**
 * Splits the links of a large design into the few drawn one by one (those touching a selected
 * node, a selected link, those whose ends are both on the selected flow's path) and the bundle.
 * Small designs come back as they are.
 */
export function splitLinks(
  design: Design,
  selectedNodes: ReadonlySet<string>,
  selectedEdges: ReadonlySet<string>,
  pathNodes?: ReadonlySet<string>,
): LinkSplit {
  let links = 0;
  for (const edge of design.edges) if (edge.kind !== 'flow') links++;
  if (links < BUNDLE_FROM) return { drawn: design, bundled: [] };
  const edges: DesignEdge[] = [];
  const bundled: DesignEdge[] = [];
  for (const edge of design.edges) {
    const own =
      edge.kind === 'flow' ||
      selectedEdges.has(edge.id) ||
      selectedNodes.has(edge.source) ||
      selectedNodes.has(edge.target) ||
      (pathNodes !== undefined && pathNodes.has(edge.source) && pathNodes.has(edge.target));
    (own ? edges : bundled).push(edge);
  }
  return { drawn: { ...design, edges }, bundled };
}

/** What a link in the layer needs: its two ends. */
export type Link = { source: string; target: string };

/** One SVG path through the centres of each bundled link's ends, in flow coordinates. */
export function bundlePath(links: readonly Link[], nodes: readonly CanvasNode[]): string {
  if (links.length === 0) return '';
  const at = absoluteBoxes(nodes);
  const parts: string[] = [];
  for (const link of links) {
    const a = at.get(link.source);
    const b = at.get(link.target);
    if (!a || !b) continue;
    parts.push(
      `M${Math.round(a.x + a.width / 2)} ${Math.round(a.y + a.height / 2)}L${Math.round(b.x + b.width / 2)} ${Math.round(b.y + b.height / 2)}`,
    );
  }
  return parts.join('');
}
