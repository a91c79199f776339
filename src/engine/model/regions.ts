import { normaliseRegion } from './topology.ts';

// Regions named by the FastPath documentation. The same fourteen regions carried the Private Link
// preview (late 2021) and the limited GA of peering, UDR and Private Link (2023-11); 2025-11 adds two.

export const LIMITED_GA_REGIONS: ReadonlySet<string> = new Set([
  'australiaeast',
  'eastasia',
  'eastus',
  'eastus2',
  'northcentralus',
  'northeurope',
  'southcentralus',
  'southeastasia',
  'uksouth',
  'westcentralus',
  'westeurope',
  'westus',
  'westus2',
  'westus3',
]);

export const PRIVATE_LINK_REGIONS_2025_11: ReadonlySet<string> = new Set([
  ...LIMITED_GA_REGIONS,
  'japaneast',
  'koreacentral',
]);

export function isLimitedGaRegion(region: string): boolean {
  return LIMITED_GA_REGIONS.has(normaliseRegion(region));
}
