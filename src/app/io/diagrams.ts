import type { Design, EvaluationResult } from '../../engine/index.ts';
import { VERDICT_STYLES, type FlowState } from '../verdict-style.ts';
import { mermaidIds, mermaidLabel } from '../../escape/mermaid.ts';
import { xmlAttribute } from '../../escape/xml.ts';
import {
  flowLabels,
  flowTag,
  isFlow,
  KIND_NAMES,
  nodeDetail,
  nodeIndex,
  edgeCaption,
  type FlowLabel,
} from '../words.ts';

// The topology for other diagram tools: Mermaid (for Markdown docs) and draw.io (diagrams.net).
// Flows keep their verdict as the line's colour and dash, as on the canvas.

export function designMermaid(design: Design, result: EvaluationResult | null): string {
  const nodes = nodeIndex(design);
  const labels = flowLabels(design);
  const idOf = mermaidIds();
  for (const node of design.nodes) idOf(node.id);
  const out = ['flowchart LR'];
  const box = (id: string) => {
    const node = nodes.get(id)!;
    return `${idOf(id)}["${mermaidLabel(node.label || id)}<br/><small>${mermaidLabel(nodeDetail(node))}</small>"]`;
  };
  for (const node of design.nodes)
    if (node.kind !== 'vnet' && node.parentId === undefined) out.push(`  ${box(node.id)}`);
  for (const vnet of design.nodes.filter((n) => n.kind === 'vnet')) {
    out.push(`  subgraph ${idOf(vnet.id)}["${mermaidLabel(`${vnet.label || vnet.id} (${nodeDetail(vnet)})`)}"]`);
    for (const child of design.nodes.filter((n) => n.parentId === vnet.id)) out.push(`    ${box(child.id)}`);
    out.push('  end');
  }
  const styles: string[] = [];
  design.edges.forEach((edge, index) => {
    const from = idOf(edge.source);
    const to = idOf(edge.target);
    if (!isFlow(edge)) {
      out.push(`  ${from} ---|"${mermaidLabel(edgeCaption(edge))}"| ${to}`);
      styles.push(`  linkStyle ${index} stroke:#94a3b8,stroke-width:1.5px`);
      return;
    }
    const state: FlowState = result?.flows[edge.id]?.verdict ?? 'pending';
    const look = VERDICT_STYLES[state];
    const label = labels.get(edge.id) as FlowLabel;
    out.push(`  ${from} -.->|"${mermaidLabel(`${flowTag(label)}: ${look.word}`)}"| ${to}`);
    styles.push(
      `  linkStyle ${index} stroke:${look.color},stroke-width:${look.strokeWidth}px${look.dash ? `,stroke-dasharray:${look.dash}` : ''}`,
    );
  });
  return [...out, ...styles, ''].join('\n');
}

/** Where a node is drawn, as the canvas lays it out (relative to its VNet for a resource in one). */
export type NodeBox = {
  id: string;
  parentId?: string;
  position: { x: number; y: number };
  width?: number;
  height?: number;
};

/**
 * An .drawio file: VNets as containers holding their resources, at the canvas's positions and
 * sizes. Labels are plain text (html=0) with their line breaks kept; cells are numbered, since
 * design ids are free text and must not collide once escaped.
 */
export function designDrawio(design: Design, result: EvaluationResult | null, drawn: readonly NodeBox[]): string {
  const nodes = nodeIndex(design);
  const labels = flowLabels(design);
  const cellIds = new Map<string, string>();
  design.nodes.forEach((node, i) => cellIds.set(node.id, `n${i}`));
  design.edges.forEach((edge, i) => cellIds.set(edge.id, `e${i}`));
  const cellId = (id: string) => cellIds.get(id) ?? '1';
  const cells: string[] = ['<mxCell id="0"/>', '<mxCell id="1" parent="0"/>'];
  for (const node of drawn) {
    const source = nodes.get(node.id);
    if (!source) continue;
    const value = `${source.label || source.id}\n${KIND_NAMES[source.kind]} · ${nodeDetail(source)}`;
    const style =
      source.kind === 'vnet'
        ? 'rounded=1;whiteSpace=wrap;html=0;container=1;collapsible=0;verticalAlign=top;align=left;spacingLeft=10;fillColor=#f0f9ff;strokeColor=#7dd3fc;fontStyle=1;'
        : 'rounded=1;whiteSpace=wrap;html=0;fillColor=#ffffff;strokeColor=#cbd5e1;';
    const parent = node.parentId ? cellId(node.parentId) : '1';
    cells.push(
      `<mxCell id="${cellId(node.id)}" value="${xmlAttribute(value)}" style="${style}" vertex="1" parent="${parent}"><mxGeometry x="${node.position.x}" y="${node.position.y}" width="${node.width}" height="${node.height}" as="geometry"/></mxCell>`,
    );
  }
  for (const edge of design.edges) {
    let value: string;
    let style: string;
    if (isFlow(edge)) {
      const look = VERDICT_STYLES[result?.flows[edge.id]?.verdict ?? 'pending'];
      value = `${flowTag(labels.get(edge.id) as FlowLabel)}: ${look.word}`;
      style = `html=0;curved=1;endArrow=block;endFill=1;strokeColor=${look.color};strokeWidth=${look.strokeWidth};${look.dash ? `dashed=1;dashPattern=${look.dash};` : ''}fontColor=${look.color};`;
    } else {
      value = edgeCaption(edge);
      style = 'html=0;endArrow=none;strokeColor=#94a3b8;fontColor=#475569;';
    }
    cells.push(
      `<mxCell id="${cellId(edge.id)}" value="${xmlAttribute(value)}" style="${style}" edge="1" parent="1" source="${cellId(edge.source)}" target="${cellId(edge.target)}"><mxGeometry relative="1" as="geometry"/></mxCell>`,
    );
  }
  return `<mxfile host="FastPath Designer"><diagram name="${xmlAttribute(design.title || 'Design')}"><mxGraphModel grid="1" gridSize="10"><root>\n${cells.join('\n')}\n</root></mxGraphModel></diagram></mxfile>\n`;
}
