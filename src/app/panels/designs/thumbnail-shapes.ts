import type { Thumbnail } from '../../persistence/thumbnail.ts';

// A thumbnail drawn as one path per kind of node rather than one element per box: a list of many
// designs stays light, whatever each one holds.

export type ThumbnailShape = { kind: string; d: string };

/** One path per kind, in the order kinds first appear (VNets come first, so they are drawn below). */
export function thumbnailShapes(thumbnail: Thumbnail): ThumbnailShape[] {
  const paths = new Map<string, string[]>();
  for (const [x, y, width, height, kind] of thumbnail.boxes) {
    const parts = paths.get(kind) ?? [];
    parts.push(`M${x} ${y}h${width}v${height}h${-width}z`);
    paths.set(kind, parts);
  }
  return [...paths].map(([kind, parts]) => ({ kind, d: parts.join('') }));
}
