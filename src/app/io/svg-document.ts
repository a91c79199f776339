import type { Design } from '../../engine/index.ts';
import { CAPTION_HEIGHT, captionLayout, captionSvg, keyLayout, type CaptionInput } from './image-caption.ts';
import { DESIGN_KEYWORD, designJson } from './design-file.ts';
import { xmlJson } from '../../escape/xml.ts';

// The exported SVG file around the rendered canvas: the caption band on top, the design document
// in <metadata> (as JSON that parses back to the same design, whatever its labels hold), the
// picture html-to-image made of the canvas below the caption, and the key of flows under it.

export type SvgParts = {
  width: number;
  height: number;
  background: string;
  design: Design;
  caption: CaptionInput;
  picture: string;
};

export function svgDocument({ width, height, background, design, caption, picture }: SvgParts): string {
  const inner = picture.replace(/^<svg /, `<svg x="0" y="${CAPTION_HEIGHT}" `);
  const key = keyLayout(caption.flows ?? [], width, CAPTION_HEIGHT + height, caption.dark);
  const total = height + CAPTION_HEIGHT + key.height;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">`,
    `<metadata id="${DESIGN_KEYWORD}">${xmlJson(designJson(design))}</metadata>`,
    `<rect width="100%" height="100%" fill="${background}"/>`,
    captionSvg(captionLayout(caption)),
    inner,
    captionSvg(key.shapes),
    '</svg>',
  ].join('\n');
}
