import { describe, expect, it } from 'vitest';
import type { Rect, Viewport } from '@xyflow/react';
import { CONTROLS_BOX, frameBounds, frameClear, MINIMAP_BOX, type Insets } from './framing.ts';

const pane = { width: 1000, height: 600 };
const none: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
const options = { margin: 20, minZoom: 0.1, maxZoom: 2 };

/** Where `bounds` lands on screen under `viewport`. */
const onScreen = (bounds: Rect, { x, y, zoom }: Viewport) => ({
  left: x + bounds.x * zoom,
  top: y + bounds.y * zoom,
  right: x + (bounds.x + bounds.width) * zoom,
  bottom: y + (bounds.y + bounds.height) * zoom,
});

describe('framing', () => {
  it('fits the bounds inside the pane less the insets and the margin, centred', () => {
    const bounds = { x: 100, y: 50, width: 400, height: 200 };
    const viewport = frameBounds(bounds, pane, { ...none, top: 60, bottom: 140 }, options);
    const box = onScreen(bounds, viewport);
    expect(box.top).toBeGreaterThanOrEqual(60 + 20 - 1e-9);
    expect(box.bottom).toBeLessThanOrEqual(600 - 140 - 20 + 1e-9);
    expect((box.left + box.right) / 2).toBeCloseTo(500);
    // The height is what limits: 360 px free for 200 units.
    expect(viewport.zoom).toBeCloseTo(360 / 200);
  });

  it('never zooms past its limits, and centres what does not fit at the smallest zoom', () => {
    const tiny = frameBounds({ x: 0, y: 0, width: 10, height: 10 }, pane, none, options);
    expect(tiny.zoom).toBe(2);
    const huge = { x: 0, y: 0, width: 100_000, height: 100_000 };
    const viewport = frameBounds(huge, pane, none, { ...options, minZoom: 0.8 });
    expect(viewport.zoom).toBe(0.8);
    const box = onScreen(huge, viewport);
    expect((box.left + box.right) / 2).toBeCloseTo(500);
    expect((box.top + box.bottom) / 2).toBeCloseTo(300);
  });

  it('keeps what it frames out from under the minimap and the zoom controls', () => {
    for (const bounds of [
      { x: 0, y: 0, width: 1600, height: 400 },
      { x: 0, y: 0, width: 500, height: 900 },
      { x: -300, y: 200, width: 900, height: 900 },
    ]) {
      const viewport = frameClear(bounds, pane, { ...none, top: 56 }, [MINIMAP_BOX, CONTROLS_BOX], options);
      const box = onScreen(bounds, viewport);
      const clearOf = (corner: typeof MINIMAP_BOX) =>
        corner.corner === 'bottom-right'
          ? box.right <= pane.width - corner.width + 1e-6 || box.bottom <= pane.height - corner.height + 1e-6
          : box.left >= corner.width - 1e-6 || box.bottom <= pane.height - corner.height + 1e-6;
      expect(clearOf(MINIMAP_BOX), JSON.stringify(bounds)).toBe(true);
      expect(clearOf(CONTROLS_BOX), JSON.stringify(bounds)).toBe(true);
      expect(box.top).toBeGreaterThanOrEqual(56);
    }
  });

  it('keeps beside the minimap a wide design would lose more height to, and above it a tall one', () => {
    const wide = frameClear({ x: 0, y: 0, width: 2000, height: 300 }, pane, none, [MINIMAP_BOX], options);
    const tall = frameClear({ x: 0, y: 0, width: 300, height: 2000 }, pane, none, [MINIMAP_BOX], options);
    const fullWide = frameBounds({ x: 0, y: 0, width: 2000, height: 300 }, pane, none, options);
    const fullTall = frameBounds({ x: 0, y: 0, width: 300, height: 2000 }, pane, none, options);
    // A wide design gives up height (above the minimap), a tall one gives up width (beside it).
    expect(wide.zoom).toBeCloseTo(fullWide.zoom);
    expect(tall.zoom).toBeCloseTo(fullTall.zoom);
  });
});
