// Example designs bundled with the app (the seed documents in fixtures/examples/). They are plain
// JSON like any imported file and go through the same load pipeline.
import hubSpokeLab from '../../../fixtures/examples/hub-spoke-lab.json';
import directPrivateLink from '../../../fixtures/examples/direct-private-link.json';
import providerWrongSku from '../../../fixtures/examples/provider-wrong-sku.json';

export type Example = { id: string; name: string; document: unknown };

export const EXAMPLES = [
  { id: 'hub-spoke-lab', name: 'Hub, spoke and remote VNet lab', document: hubSpokeLab },
  { id: 'direct-private-link', name: 'ER Direct with Private Link', document: directPrivateLink },
  { id: 'provider-wrong-sku', name: 'Provider circuit, wrong SKU', document: providerWrongSku },
] as const satisfies readonly Example[];

export type ExampleId = (typeof EXAMPLES)[number]['id'];

export const DEFAULT_EXAMPLE: Example = EXAMPLES[0];

export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((example) => example.id === id);
}
