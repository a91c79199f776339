import { getNodesBounds, type Node, type ReactFlowInstance } from '@xyflow/react';
import { toCanvas, toSvg } from 'html-to-image';
import type { Design } from '../../engine/index.ts';
import {
  CAPTION_HEIGHT,
  captionLayout,
  drawCaption,
  IMAGE_PADDING,
  keyLayout,
  PIXEL_RATIO,
  type CaptionInput,
} from './image-caption.ts';
import { DESIGN_KEYWORD, designJson } from './design-file.ts';
import { writePngText } from './png-text.ts';
import { withExportLook } from './export-look.ts';
import { withPrintableDom } from './printable-dom.ts';
import { svgDocument } from './svg-document.ts';

// The whole design as a picture, the way React Flow documents it: html-to-image renders the
// viewport element moved so the bounds of all nodes fit, whatever part is on screen. The caption
// goes above it, the key of numbered flows below, and the design document inside, so opening the
// picture opens the design.

type Flow = Pick<ReactFlowInstance, 'getNodes'>;

/** The picture's size in CSS pixels: the design's bounds plus padding, and the caption. */
function imageFrame(flow: Flow) {
  const bounds = getNodesBounds(flow.getNodes() as Node[]);
  const width = Math.ceil(bounds.width + 2 * IMAGE_PADDING);
  const height = Math.ceil(bounds.height + 2 * IMAGE_PADDING);
  return {
    bounds,
    width,
    height,
    transform: `translate(${IMAGE_PADDING - bounds.x}px, ${IMAGE_PADDING - bounds.y}px) scale(1)`,
  };
}

function viewportElement(): HTMLElement {
  const element = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!element) throw new Error('the canvas is not on screen');
  return element;
}

const background = (dark: boolean) => (dark ? '#020617' : '#ffffff');

/** html-to-image's options for the frame: the viewport moved so every node is inside it. */
function renderOptions(frame: ReturnType<typeof imageFrame>, dark: boolean) {
  return {
    backgroundColor: background(dark),
    width: frame.width,
    height: frame.height,
    skipFonts: true,
    style: { width: `${frame.width}px`, height: `${frame.height}px`, transform: frame.transform },
  };
}

/**
 * Renders the canvas with its text printable (see printable-dom.ts). A failed image load rejects
 * with a bare Event, which would reach the person as "[object Event]"; it becomes a sentence.
 */
async function renderCanvas<T>(dark: boolean, render: (element: HTMLElement) => Promise<T>): Promise<T> {
  const element = viewportElement();
  try {
    return await withExportLook(element, dark, () => withPrintableDom(element, () => render(element)));
  } catch (error) {
    if (error instanceof Error) throw error;
    throw new Error('the browser could not draw the canvas as a picture', { cause: error });
  }
}

export async function designPng(flow: Flow, design: Design, caption: CaptionInput): Promise<Uint8Array> {
  const frame = imageFrame(flow);
  const picture = await renderCanvas(caption.dark, (element) =>
    toCanvas(element, { ...renderOptions(frame, caption.dark), pixelRatio: PIXEL_RATIO }),
  );
  const key = keyLayout(caption.flows ?? [], frame.width, CAPTION_HEIGHT + frame.height, caption.dark);
  const out = document.createElement('canvas');
  out.width = frame.width * PIXEL_RATIO;
  out.height = (frame.height + CAPTION_HEIGHT + key.height) * PIXEL_RATIO;
  const context = out.getContext('2d');
  if (!context) throw new Error('this browser cannot draw the picture');
  context.fillStyle = background(caption.dark);
  context.fillRect(0, 0, out.width, out.height);
  context.drawImage(picture, 0, CAPTION_HEIGHT * PIXEL_RATIO);
  context.scale(PIXEL_RATIO, PIXEL_RATIO);
  drawCaption(context, captionLayout(caption));
  drawCaption(context, key.shapes);
  const blob = await new Promise<Blob | null>((resolve) => out.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the picture could not be encoded');
  return writePngText(new Uint8Array(await blob.arrayBuffer()), DESIGN_KEYWORD, designJson(design));
}

export async function designSvg(flow: Flow, design: Design, caption: CaptionInput): Promise<string> {
  const frame = imageFrame(flow);
  const url = await renderCanvas(caption.dark, (element) => toSvg(element, renderOptions(frame, caption.dark)));
  const picture = decodeURIComponent(url.slice(url.indexOf(',') + 1));
  return svgDocument({
    width: frame.width,
    height: frame.height,
    background: background(caption.dark),
    design,
    caption,
    picture,
  });
}
