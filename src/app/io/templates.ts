import { CURRENT_VERSION, FORMAT_ID } from '../../engine/index.ts';
import { EXAMPLES } from './examples.ts';

// What a new design can start from: an empty canvas or one of the example designs.

export type Template = { id: string; name: string; description: string; document: unknown };

export const EMPTY_TEMPLATE: Template = {
  id: 'empty',
  name: 'Empty design',
  description: 'A blank canvas',
  document: {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    title: 'Untitled design',
    rulesAsOf: 'latest',
    nodes: [],
    edges: [],
  },
};

export const TEMPLATES: readonly Template[] = [
  EMPTY_TEMPLATE,
  ...EXAMPLES.map((example) => ({
    id: example.id,
    name: example.name,
    description: example.description,
    document: example.document,
  })),
];

/** The design a first visit opens: the hub, spoke and remote VNet lab. */
export const FIRST_TEMPLATE_ID = 'hub-spoke-lab';

export function findTemplate(id: string): Template | undefined {
  return TEMPLATES.find((template) => template.id === id);
}
