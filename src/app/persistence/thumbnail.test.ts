import { describe, expect, it } from 'vitest';
import { designThumbnail, readThumbnail, THUMBNAIL_MAX_BOXES, type Thumbnail } from './thumbnail.ts';

// The layout picture kept in a design's summary: VNets and resources where the canvas draws them,
// scaled so the longer side is 100.

const design = (nodes: unknown[]) => ({ format: 'fastpath-design', version: 1, title: 'T', nodes, edges: [] });

/**
 * A VNet at the origin (272 × 150 at least) holding a VM at (30, 60), and a site whose right edge is
 * at x = 1000: the design is 1000 wide, so every length is a tenth.
 */
const SMALL = [
  { id: 'hub', kind: 'vnet', label: 'Hub', position: { x: 0, y: 0 }, props: {} },
  { id: 'vm', kind: 'vm', label: 'VM', parentId: 'hub', position: { x: 30, y: 60 }, props: {} },
  { id: 'site', kind: 'onPremises', label: 'Site', position: { x: 788, y: 0 }, props: {} },
];

describe('designThumbnail', () => {
  it('draws a small design as its boxes, VNets first, scaled to a side of 100', () => {
    expect(designThumbnail(design(SMALL))).toEqual<Thumbnail>({
      width: 100,
      height: 15,
      boxes: [
        [0, 0, 27.2, 15, 'vnet'],
        [3, 6, 21.2, 5.8, 'vm'],
        [78.8, 0, 21.2, 5.8, 'onPremises'],
      ],
    });
  });

  it('is the same wherever the design sits on the canvas', () => {
    const moved = SMALL.map((node) =>
      node.parentId ? node : { ...node, position: { x: node.position.x - 5000, y: node.position.y + 320 } },
    );
    expect(designThumbnail(design(moved))).toEqual(designThumbnail(design(SMALL)));
  });

  it('grows a VNet around a child placed far inside it, as the canvas does', () => {
    const nodes = [
      { id: 'hub', kind: 'vnet', position: { x: 0, y: 0 } },
      { id: 'vm', kind: 'vm', parentId: 'hub', position: { x: 758, y: 400 } },
    ];
    // The VNet: 758 + 212 + 30 = 1000 wide, 400 + 58 + 30 = 488 high.
    expect(designThumbnail(design(nodes))).toEqual<Thumbnail>({
      width: 100,
      height: 48.8,
      boxes: [
        [0, 0, 100, 48.8, 'vnet'],
        [75.8, 40, 21.2, 5.8, 'vm'],
      ],
    });
  });

  it('places nodes without a position where the canvas shows them until they are laid out', () => {
    const nodes = [
      { id: 'hub', kind: 'vnet', position: { x: 0, y: 0 } },
      { id: 'vm', kind: 'vm', parentId: 'hub' },
      { id: 'site', kind: 'onPremises' },
    ];
    const thumbnail = designThumbnail(design(nodes));
    // The site goes below the VNet (150 + 80); the VM at the VNet's first child place (30, 60).
    // Bounds: 272 wide, 230 + 58 = 288 high, so the scale is 100 / 288.
    const scale = 100 / 288;
    expect(thumbnail?.height).toBe(100);
    expect(thumbnail?.boxes.map((box) => box[4])).toEqual(['vnet', 'vm', 'onPremises']);
    expect(thumbnail?.boxes[2]?.[1]).toBeCloseTo(230 * scale, 1);
    expect(thumbnail?.boxes[1]?.slice(0, 2)).toEqual([
      Math.round(30 * scale * 10) / 10,
      Math.round(60 * scale * 10) / 10,
    ]);
  });

  it('keeps at most 200 boxes of a design with 5,000 nodes, VNets first, framing all of it', () => {
    const nodes: unknown[] = [];
    for (let i = 0; i < 4_990; i++)
      nodes.push({ id: `vm${i}`, kind: 'vm', position: { x: (i % 100) * 300, y: Math.floor(i / 100) * 100 } });
    for (let i = 0; i < 10; i++) nodes.push({ id: `v${i}`, kind: 'vnet', position: { x: i * 400, y: -1000 } });
    const thumbnail = designThumbnail(design(nodes));
    expect(thumbnail?.boxes).toHaveLength(THUMBNAIL_MAX_BOXES);
    expect(thumbnail?.boxes.slice(0, 10).every((box) => box[4] === 'vnet')).toBe(true);
    expect(thumbnail?.boxes.slice(10).every((box) => box[4] === 'vm')).toBe(true);
    // Framed by every node, kept or not: 100 columns of 300 wide.
    expect(thumbnail?.width).toBe(100);
    expect(thumbnail?.boxes[0]).toEqual([0, 0, expect.any(Number), expect.any(Number), 'vnet']);
    // A summary stays small.
    expect(JSON.stringify(thumbnail).length).toBeLessThan(8_000);
  });

  it('never makes a box too small to see', () => {
    const nodes = [
      { id: 'a', kind: 'vm', position: { x: 0, y: 0 } },
      { id: 'b', kind: 'vm', position: { x: 1_000_000, y: 0 } },
    ];
    const [first] = designThumbnail(design(nodes))?.boxes ?? [];
    expect(first?.[2]).toBe(0.5);
    expect(first?.[3]).toBe(0.5);
  });

  it('is empty for a design with no nodes', () => {
    expect(designThumbnail(design([]))?.boxes).toEqual([]);
  });

  it.each([
    ['JSON text (a large design, not parsed here)', JSON.stringify(design(SMALL))],
    ['null', null],
    ['an array', [SMALL]],
    ['an object without nodes', { title: 'T' }],
  ])('has none for %s', (_label, document) => {
    expect(designThumbnail(document)).toBeUndefined();
  });

  it('skips nodes it cannot read', () => {
    const thumbnail = designThumbnail(design([null, 7, { kind: 'vm' }, { id: 'x' }, ...SMALL]));
    expect(thumbnail).toEqual(designThumbnail(design(SMALL)));
  });
});

describe('readThumbnail', () => {
  const good: Thumbnail = { width: 100, height: 40, boxes: [[0, 0, 10, 5, 'vm']] };

  it('reads back what designThumbnail wrote', () => {
    const written = designThumbnail(design(SMALL));
    expect(readThumbnail(structuredClone(written))).toEqual(written);
    expect(readThumbnail(good)).toEqual(good);
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['text', 'thumbnail'],
    ['without boxes', { width: 100, height: 40 }],
    ['with a negative size', { ...good, height: -1 }],
    ['with a box too short', { ...good, boxes: [[0, 0, 10, 5]] }],
    ['with a box that is not numbers', { ...good, boxes: [['0', 0, 10, 5, 'vm']] }],
    ['with an infinite box', { ...good, boxes: [[Infinity, 0, 10, 5, 'vm']] }],
    ['with a box whose kind is not text', { ...good, boxes: [[0, 0, 10, 5, 3]] }],
  ])('refuses one %s', (_label, value) => {
    expect(readThumbnail(value)).toBeNull();
  });

  it('reads at most 200 boxes', () => {
    const many = { ...good, boxes: Array.from({ length: 500 }, () => [0, 0, 1, 1, 'vm']) };
    expect(readThumbnail(many)?.boxes).toHaveLength(THUMBNAIL_MAX_BOXES);
  });
});
