import { LEGEND_VERDICTS, VERDICT_STYLES, type FlowState } from '../verdict-style.ts';
import { oneLine } from '../../escape/text.ts';
import { xmlText } from '../../escape/xml.ts';

// The band above an exported picture: the design's title, the rule pack with its date, the
// verdict count and the legend; and the key below it, naming each numbered flow. Laid out here as
// plain shapes, drawn by the PNG and SVG exports.

export const CAPTION_HEIGHT = 92;
export const IMAGE_PADDING = 40;
export const PIXEL_RATIO = 2;

export type CaptionText = { x: number; y: number; text: string; size: number; bold: boolean; color: string };
export type CaptionLine = {
  x1: number;
  x2: number;
  y: number;
  color: string;
  width: number;
  dash: number[];
  cap: 'butt' | 'round';
};
export type CaptionGlyph = { x: number; y: number; d: string; fill: boolean; color: string };
export type Caption = { texts: CaptionText[]; lines: CaptionLine[]; glyphs: CaptionGlyph[] };

/** A line of the key: "#3 Backup (HQ → Hub VM)" with its verdict. */
export type KeyEntry = { text: string; state: FlowState };

export type CaptionInput = {
  title: string;
  pack: string;
  summary: string;
  dark: boolean;
  /** The flows in their design order, for the key under the picture. */
  flows?: readonly KeyEntry[];
};

const CAPTION_FONT = '"Segoe UI", Inter, -apple-system, "Helvetica Neue", Arial, sans-serif';

/** The caption's shapes; the title and summary are made one printable line, the same on canvas and in SVG. */
export function captionLayout({ title, pack, summary, dark }: CaptionInput): Caption {
  const ink = dark ? '#f1f5f9' : '#0f172a';
  const muted = dark ? '#94a3b8' : '#475569';
  const x = IMAGE_PADDING / 2;
  const texts: CaptionText[] = [
    { x, y: 30, text: oneLine(title) || 'Untitled design', size: 20, bold: true, color: ink },
    { x, y: 52, text: oneLine(`${pack} · ${summary}`), size: 12, bold: false, color: muted },
  ];
  const lines: CaptionLine[] = [];
  const glyphs: CaptionGlyph[] = [];
  let at = x;
  for (const verdict of LEGEND_VERDICTS) {
    const look = VERDICT_STYLES[verdict];
    lines.push({
      x1: at,
      x2: at + 28,
      y: 74,
      color: look.color,
      width: look.strokeWidth,
      dash: look.dash ? look.dash.split(' ').map(Number) : [],
      cap: look.lineCap,
    });
    glyphs.push({ x: at + 34, y: 66, d: look.icon.d, fill: look.icon.fill, color: look.color });
    texts.push({ x: at + 54, y: 78, text: look.word, size: 12, bold: true, color: ink });
    at += 54 + look.word.length * 7.5 + 22;
  }
  return { texts, lines, glyphs };
}

const KEY_ROW = 20;
const KEY_COLUMN = 380;
/** Beyond this many flows the key names the first ones and says how many more the report lists. */
export const KEY_MAX_ENTRIES = 150;
/** About what fits in a column at 12 px; longer names end in an ellipsis. */
const KEY_CHARS = 50;

function shortened(text: string): string {
  const line = oneLine(text);
  return line.length > KEY_CHARS ? `${line.slice(0, KEY_CHARS - 1)}…` : line;
}

/**
 * The key under the picture, from `top` down: each flow's number and name with its verdict's line
 * and glyph, in columns as wide as the picture allows. Its height is 0 when there are no flows.
 */
export function keyLayout(
  flows: readonly KeyEntry[],
  width: number,
  top: number,
  dark: boolean,
): { shapes: Caption; height: number } {
  const shapes: Caption = { texts: [], lines: [], glyphs: [] };
  if (flows.length === 0) return { shapes, height: 0 };
  const ink = dark ? '#f1f5f9' : '#0f172a';
  const muted = dark ? '#94a3b8' : '#475569';
  const x = IMAGE_PADDING / 2;
  const shown = flows.slice(0, KEY_MAX_ENTRIES);
  const columns = Math.max(1, Math.floor((width - IMAGE_PADDING) / KEY_COLUMN));
  const perColumn = Math.ceil(shown.length / columns);
  shapes.texts.push({ x, y: top + 22, text: 'Flows', size: 14, bold: true, color: ink });
  shown.forEach((entry, i) => {
    const look = VERDICT_STYLES[entry.state];
    const left = x + Math.floor(i / perColumn) * KEY_COLUMN;
    const row = top + 36 + (i % perColumn) * KEY_ROW;
    shapes.lines.push({
      x1: left,
      x2: left + 18,
      y: row + 8,
      color: look.color,
      width: look.strokeWidth,
      dash: look.dash ? look.dash.split(' ').map(Number) : [],
      cap: look.lineCap,
    });
    shapes.glyphs.push({ x: left + 22, y: row, d: look.icon.d, fill: look.icon.fill, color: look.color });
    shapes.texts.push({ x: left + 42, y: row + 12, text: shortened(entry.text), size: 12, bold: false, color: ink });
  });
  let bottom = top + 36 + perColumn * KEY_ROW;
  if (flows.length > shown.length) {
    const more = flows.length - shown.length;
    shapes.texts.push({
      x,
      y: bottom + 12,
      text: `…and ${more} more ${more === 1 ? 'flow' : 'flows'}; the findings report lists every flow.`,
      size: 12,
      bold: false,
      color: muted,
    });
    bottom += KEY_ROW;
  }
  return { shapes, height: bottom - top + 12 };
}

/** The caption as SVG elements. */
export function captionSvg(caption: Caption): string {
  const lines = caption.lines.map(
    (l) =>
      `<line x1="${l.x1}" y1="${l.y}" x2="${l.x2}" y2="${l.y}" stroke="${l.color}" stroke-width="${l.width}" stroke-linecap="${l.cap}"${l.dash.length ? ` stroke-dasharray="${l.dash.join(' ')}"` : ''}/>`,
  );
  const glyphs = caption.glyphs.map(
    (g) =>
      `<path transform="translate(${g.x} ${g.y})" d="${g.d}" fill="${g.fill ? g.color : 'none'}" stroke="${g.color}" stroke-width="${g.fill ? 0.8 : 1.8}" stroke-linecap="round" stroke-linejoin="round"/>`,
  );
  const texts = caption.texts.map(
    (t) =>
      `<text x="${t.x}" y="${t.y}" font-family='${CAPTION_FONT}' font-size="${t.size}" font-weight="${t.bold ? 600 : 400}" fill="${t.color}">${xmlText(t.text)}</text>`,
  );
  return [...lines, ...glyphs, ...texts].join('');
}

/** Draws the caption on a 2D canvas context (already scaled to CSS pixels). */
export function drawCaption(context: CanvasRenderingContext2D, caption: Caption): void {
  for (const l of caption.lines) {
    context.beginPath();
    context.strokeStyle = l.color;
    context.lineWidth = l.width;
    context.lineCap = l.cap;
    context.setLineDash(l.dash);
    context.moveTo(l.x1, l.y);
    context.lineTo(l.x2, l.y);
    context.stroke();
  }
  context.setLineDash([]);
  for (const g of caption.glyphs) {
    context.save();
    context.translate(g.x, g.y);
    const path = new Path2D(g.d);
    context.strokeStyle = g.color;
    context.lineWidth = g.fill ? 0.8 : 1.8;
    context.lineJoin = 'round';
    if (g.fill) {
      context.fillStyle = g.color;
      context.fill(path);
    }
    context.stroke(path);
    context.restore();
  }
  for (const t of caption.texts) {
    context.font = `${t.bold ? 600 : 400} ${t.size}px ${CAPTION_FONT}`;
    context.fillStyle = t.color;
    context.fillText(t.text, t.x, t.y);
  }
}
