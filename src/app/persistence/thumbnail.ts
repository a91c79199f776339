import { drawnBoxes, type DrawnBox } from '../drawing/where-drawn.ts';

// A small picture of a design's layout for the designs list, kept in the design's summary when it is
// stored, so listing designs never reads a document. Boxes only: VNets and the resources on them,
// where the canvas draws them (the same sizes and the same stand-in places for nodes not yet laid out).

/** `[x, y, width, height, kind]` in the thumbnail's own units (see Thumbnail). */
export type ThumbnailBox = [x: number, y: number, width: number, height: number, kind: string];

/** Boxes in a view from (0, 0) to (width, height), whose longer side is THUMBNAIL_SIDE. VNets come first. */
export type Thumbnail = { width: number; height: number; boxes: ThumbnailBox[] };

export const THUMBNAIL_SIDE = 100;
/** A summary stays small whatever the design's size: beyond this, the rest is left out (VNets are kept first). */
export const THUMBNAIL_MAX_BOXES = 200;
/** The smallest box drawn, so a card in a very wide design still shows as a dot. */
const MIN_BOX = 0.5;
const EMPTY: Thumbnail = { width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE * 0.6, boxes: [] };

type Point = { x: number; y: number };
type Node = { id: string; kind: string; parentId?: string; position?: Point };

/**
 * The thumbnail of a design document as stored: a plain object with `nodes`. Anything else (a large
 * design kept as JSON text, which is not parsed here) has none: undefined.
 */
export function designThumbnail(document: unknown): Thumbnail | undefined {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return undefined;
  const nodes = readNodes((document as { nodes?: unknown }).nodes);
  if (!nodes) return undefined;
  const { vnets, resources } = drawnBoxes(nodes);
  if (vnets.length + resources.length === 0) return { ...EMPTY, boxes: [] };

  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const rect of [...vnets, ...resources]) {
    left = Math.min(left, rect.x);
    top = Math.min(top, rect.y);
    right = Math.max(right, rect.x + rect.width);
    bottom = Math.max(bottom, rect.y + rect.height);
  }
  const scale = THUMBNAIL_SIDE / Math.max(right - left, bottom - top);
  const box = (rect: DrawnBox): ThumbnailBox => [
    round((rect.x - left) * scale),
    round((rect.y - top) * scale),
    Math.max(MIN_BOX, round(rect.width * scale)),
    Math.max(MIN_BOX, round(rect.height * scale)),
    rect.kind,
  ];
  return {
    width: round((right - left) * scale),
    height: round((bottom - top) * scale),
    boxes: [...vnets, ...resources].slice(0, THUMBNAIL_MAX_BOXES).map(box),
  };
}

/**
 * A thumbnail read back from storage, checked: summaries may come from an older or newer app, or
 * hold anything at all. Null when it is missing or not a thumbnail.
 */
export function readThumbnail(value: unknown): Thumbnail | null {
  if (typeof value !== 'object' || value === null) return null;
  const { width, height, boxes } = value as Partial<Record<keyof Thumbnail, unknown>>;
  if (!isSize(width) || !isSize(height) || !Array.isArray(boxes)) return null;
  const read: ThumbnailBox[] = [];
  for (const item of boxes.slice(0, THUMBNAIL_MAX_BOXES)) {
    if (!Array.isArray(item) || item.length !== 5) return null;
    const [x, y, w, h, kind] = item as unknown[];
    if (!isFiniteNumber(x) || !isFiniteNumber(y) || !isSize(w) || !isSize(h) || typeof kind !== 'string') return null;
    read.push([x, y, w, h, kind]);
  }
  return { width, height, boxes: read };
}

function readNodes(value: unknown): Node[] | null {
  if (!Array.isArray(value)) return null;
  const nodes: Node[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, kind, parentId, position } = item as Record<string, unknown>;
    if (typeof id !== 'string' || typeof kind !== 'string') continue;
    nodes.push({
      id,
      kind,
      ...(typeof parentId === 'string' ? { parentId } : {}),
      ...(isPoint(position) ? { position: { x: position.x, y: position.y } } : {}),
    });
  }
  return nodes;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isSize(value: unknown): value is number {
  return isFiniteNumber(value) && value >= 0;
}

function isPoint(value: unknown): value is Point {
  if (typeof value !== 'object' || value === null) return false;
  const { x, y } = value as Record<string, unknown>;
  return isFiniteNumber(x) && isFiniteNumber(y);
}
