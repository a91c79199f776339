import { describe, expect, it } from 'vitest';
import { RESOURCE_SIZE, VNET_CHILD_STEP, VNET_FIRST_CHILD, VNET_MIN_SIZE, VNET_PADDING } from './sizes.ts';
import { placeTopLevel, vnetInside } from './where-drawn.ts';

describe('vnetInside', () => {
  it('keeps an empty VNet at its minimum size', () => {
    expect(vnetInside([])).toEqual({ places: [], ...VNET_MIN_SIZE });
  });

  it('stacks children without a position below the lowest placed one, and grows to hold them', () => {
    const { places, width, height } = vnetInside([{ position: { x: 300, y: 60 } }, {}, {}]);
    expect(places).toEqual([
      { x: 300, y: 60 },
      { x: VNET_FIRST_CHILD.x, y: 60 + VNET_CHILD_STEP },
      { x: VNET_FIRST_CHILD.x, y: 60 + 2 * VNET_CHILD_STEP },
    ]);
    expect(width).toBe(300 + RESOURCE_SIZE.width + VNET_PADDING);
    expect(height).toBe(60 + 2 * VNET_CHILD_STEP + RESOURCE_SIZE.height + VNET_PADDING);
  });
});

describe('placeTopLevel', () => {
  it('keeps saved positions and puts the rest in rows of four below them', () => {
    const placed = { position: { x: 10, y: 20 } };
    const loose = Array.from({ length: 5 }, () => ({}));
    const places = placeTopLevel([placed, ...loose]);
    expect(places.get(placed)).toEqual({ x: 10, y: 20 });
    const below = 20 + VNET_MIN_SIZE.height + 80;
    expect(loose.map((node) => places.get(node))).toEqual([
      { x: 0, y: below },
      { x: 340, y: below },
      { x: 680, y: below },
      { x: 1020, y: below },
      { x: 0, y: below + 260 },
    ]);
  });
});
