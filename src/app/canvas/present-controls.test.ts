import { describe, expect, it } from 'vitest';
import type { PresentPanel } from '../store/ui-store.ts';
import {
  PRESENT_CAPTION_HEIGHT,
  PRESENT_MIN_ZOOM,
  presentInsets,
  READABLE_PX,
  PRESENT_TYPE,
} from './present-controls.ts';

describe('presentInsets', () => {
  it.each<[string, PresentPanel | null, number, { left: number; right: number }]>([
    ['no panel: only the caption', null, 1280, { left: 0, right: 0 }],
    ['why on a wide pane: its full width and two gaps, on the right', 'why', 1920, { left: 0, right: 720 + 32 }],
    ['why on a narrow pane: its share of the pane', 'why', 1000, { left: 0, right: 600 + 32 }],
    ['notes on the right', 'notes', 1280, { left: 0, right: 560 + 32 }],
    ['the agenda on the left', 'agenda', 1280, { left: 480 + 32, right: 0 }],
  ])('%s', (_name, panel, width, sides) => {
    expect(presentInsets(panel, width)).toEqual({ top: 0, bottom: PRESENT_CAPTION_HEIGHT, ...sides });
  });
});

describe('PRESENT_MIN_ZOOM', () => {
  it('keeps every presented size at or above what a room reads', () => {
    for (const key of ['name', 'detail', 'glyph'] as const)
      expect(PRESENT_TYPE[key] * PRESENT_MIN_ZOOM).toBeGreaterThanOrEqual(READABLE_PX[key] - 1e-9);
  });
});
