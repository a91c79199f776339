// Example designs bundled with the app (the seed documents in fixtures/examples/). They are plain
// JSON like any imported file and go through the same load pipeline.
import hubSpokeLab from '../../../fixtures/examples/hub-spoke-lab.json';
import directPrivateLink from '../../../fixtures/examples/direct-private-link.json';
import providerWrongSku from '../../../fixtures/examples/provider-wrong-sku.json';

export type Example = { id: string; name: string; description: string; document: unknown };

export const EXAMPLES = [
  {
    id: 'hub-spoke-lab',
    name: 'Hub, spoke and remote VNet lab',
    description: 'One circuit, a hub with FastPath, a peered spoke and a remote VNet',
    document: hubSpokeLab,
  },
  {
    id: 'direct-private-link',
    name: 'ER Direct with Private Link',
    description: 'An ExpressRoute Direct port reaching private endpoints',
    document: directPrivateLink,
  },
  {
    id: 'provider-wrong-sku',
    name: 'Provider circuit, wrong SKU',
    description: 'FastPath asked for on a gateway SKU that cannot do it',
    document: providerWrongSku,
  },
] as const satisfies readonly Example[];
