import type { Design } from '../../engine/index.ts';
import type { Selection } from '../store/selection.ts';

// Two questions every editor gesture asks, answered once: are keys going into a text field, and
// which VNet does "here" mean.

const NOT_TEXT_INPUTS: readonly string[] = [
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
  'image',
];

/**
 * Whether the event lands in a text field, which keeps its own keys: Ctrl+Z in a name field undoes
 * typing, Ctrl+C copies the text. Checkboxes, buttons and drop-downs are not text fields.
 */
export function isTypingTarget(event: { target: EventTarget | null }): boolean {
  const { target } = event;
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.includes(target.type);
}

/** The selected VNet, the VNet of the selected resource, or the only VNet there is. */
export function targetVnet(design: Design, selection: Selection): string | undefined {
  for (const id of selection.nodeIds) {
    const node = design.nodes.find((n) => n.id === id);
    if (node?.kind === 'vnet') return node.id;
    if (node?.parentId !== undefined) return node.parentId;
  }
  const vnets = design.nodes.filter((n) => n.kind === 'vnet');
  return vnets.length === 1 ? vnets[0]?.id : undefined;
}
