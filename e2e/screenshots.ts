import { PNG } from 'pngjs';
import { expect, type Page } from './test.ts';

// Pictures are read back, never just written: a screenshot a test keeps for people to look at is
// decoded and checked to show the page, and an exported PNG is checked for what it must show.

export type Rgb = readonly [number, number, number];

/** How many pixels are within 12 of a colour on every channel. */
export function countPixels(png: PNG, [r, g, b]: Rgb): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (Math.abs(png.data[i]! - r) < 12 && Math.abs(png.data[i + 1]! - g) < 12 && Math.abs(png.data[i + 2]! - b) < 12)
      count++;
  }
  return count;
}

/** The share of pixels that have the picture's most common colour: 1 for a blank picture. */
export function commonestColourShare(png: PNG): number {
  const counts = new Map<number, number>();
  let most = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const colour = (png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!;
    const count = (counts.get(colour) ?? 0) + 1;
    counts.set(colour, count);
    if (count > most) most = count;
  }
  return most / (png.width * png.height);
}

/** The mean relative luminance (0 black … 1 white), from the sRGB values as stored. */
export function meanLuminance(png: PNG): number {
  let sum = 0;
  for (let i = 0; i < png.data.length; i += 4)
    sum += 0.2126 * png.data[i]! + 0.7152 * png.data[i + 1]! + 0.0722 * png.data[i + 2]!;
  return sum / (255 * png.width * png.height);
}

/**
 * A screenshot of the page's viewport, written to `path` for a person to look at, decoded and
 * checked: it is the viewport's size and not blank (no one colour covers nine tenths of it).
 * Transitions are run to their end first, so the picture is of the settled screen.
 */
export async function screenshot(page: Page, path: string): Promise<PNG> {
  const png = PNG.sync.read(await page.screenshot({ path, animations: 'disabled' }));
  const viewport = page.viewportSize();
  if (viewport) expect({ width: png.width, height: png.height }, `${path}: the viewport's size`).toEqual(viewport);
  expect(commonestColourShare(png), `${path}: not blank`).toBeLessThan(0.9);
  return png;
}
