import { describe, expect, it } from 'vitest';
import { diffVersions, type Design } from '../../engine/index.ts';
import { baseDesign } from '../../engine/testing/design-builder.ts';
import { drawnBoxes } from '../drawing/where-drawn.ts';
import { changeMarksOf } from './change-marks.ts';

const placed = (design: Design): Design => ({
  ...design,
  nodes: design.nodes.map((node, i) => ({ ...node, position: { x: 40 * i, y: 30 } })),
});

describe('changeMarksOf', () => {
  it('marks what is new and what changed, and draws what is gone where it was', () => {
    const older = placed(baseDesign().flow('f1', 'onprem', 'hubvm').flow('f2', 'onprem', 'spokevm').build());
    const newer = placed(
      baseDesign()
        .patch('gw1', { sku: 'Standard' })
        .node('vm2', 'vm', { ip: '10.255.10.9' }, 'hub')
        .flow('f1', 'onprem', 'hubvm')
        .remove('spokevm')
        .build(),
    );
    const marks = changeMarksOf(diffVersions(older, newer), older, 'v1');
    expect(marks.since).toBe('v1');
    expect(marks.marks.get('gw1')).toBe('changed');
    expect(marks.marks.get('vm2')).toBe('added');
    // The hub VM's flow goes through a gateway that lost FastPath: its outcome changed.
    expect(marks.marks.get('f1')).toBe('changed');
    expect(marks.marks.has('hub')).toBe(false);
    const where = [...drawnBoxes(older.nodes).resources].find((box) => box.id === 'spokevm');
    expect(marks.ghosts).toEqual([{ ...where, kind: 'vm', label: 'spokevm' }]);
  });

  it('marks nothing for the same design', () => {
    const design = placed(baseDesign().build());
    const marks = changeMarksOf(diffVersions(design, design), design, 'v1');
    expect(marks.marks.size).toBe(0);
    expect(marks.ghosts).toEqual([]);
  });
});
