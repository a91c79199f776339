import type { InternalNode } from '@xyflow/react';
import type { Rect } from '../geometry.ts';

/** A node's box in flow coordinates (absolute, so children of a VNet are placed correctly). */
export function rectOf(node: InternalNode): Rect {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  };
}
