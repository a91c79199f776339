import { describe, expect, it } from 'vitest';
import { estate } from '../testing/fixtures.ts';
import { loadMerged } from './merged-design.ts';

// A merged document that does not load as it is: the parts it cannot hold are set aside, said
// with why, and the rest loads.

const raw = () =>
  JSON.parse(JSON.stringify(estate())) as Record<string, unknown> & {
    nodes: { id: string; kind: string; parentId?: string; label?: string; props: Record<string, unknown> }[];
    edges: { id: string; source: string; target: string }[];
  };

describe('a merged live document', () => {
  it('loads as it is when nothing broke', () => {
    const result = loadMerged(raw());
    expect(result.ok && result.setAside).toEqual([]);
  });

  it('sets aside a node whose VNet someone deleted, and the edges that needed it, and says why', () => {
    const doc = raw();
    const vnet = doc.nodes.find((n) => n.kind === 'vnet' && doc.nodes.some((c) => c.parentId === n.id));
    if (!vnet) throw new Error('fixture: a VNet with children');
    const children = doc.nodes.filter((n) => n.parentId === vnet.id);
    doc.nodes = doc.nodes.filter((n) => n.id !== vnet.id); // deleted, while a child was edited
    const result = loadMerged(doc);
    if (!result.ok) throw new Error(result.problem);
    const asideIds = result.setAside.map((part) => part.id);
    for (const child of children) expect(asideIds).toContain(child.id);
    expect(result.setAside.find((part) => part.id === children[0]?.id)?.reason).toMatch(/not a node in this design/);
    expect(result.design.nodes.some((n) => n.parentId === vnet.id)).toBe(false);
    for (const edge of result.design.edges) {
      expect(result.design.nodes.some((n) => n.id === edge.source)).toBe(true);
      expect(result.design.nodes.some((n) => n.id === edge.target)).toBe(true);
    }
  });

  it('keeps a gateway whose route table next hop was deleted, without that next hop', () => {
    const doc = raw();
    const gateway = doc.nodes.find((n) => n.kind === 'gateway');
    if (!gateway) throw new Error('fixture: a gateway');
    gateway.props.udrNextHopId = 'an-nva-someone-deleted';
    const result = loadMerged(doc);
    if (!result.ok) throw new Error(result.problem);
    expect(result.setAside).toEqual([]);
    expect(result.design.nodes.find((n) => n.id === gateway.id)?.props).not.toHaveProperty('udrNextHopId');
  });

  it('refuses what is not a structure problem', () => {
    const doc = raw();
    doc.format = 'something-else';
    expect(loadMerged(doc).ok).toBe(false);
  });
});
