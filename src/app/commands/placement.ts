import type { Position } from '../../engine/index.ts';

// Where a child may sit inside its VNet: never over the VNet's title, never left of its border.
// (VNets grow right and down to fit their children, so only the top-left needs a limit.)

export const VNET_CHILD_MIN = { x: 12, y: 52 } as const;

export function clampIntoVnet(position: Position): Position {
  return {
    x: Math.max(VNET_CHILD_MIN.x, Math.round(position.x)),
    y: Math.max(VNET_CHILD_MIN.y, Math.round(position.y)),
  };
}
