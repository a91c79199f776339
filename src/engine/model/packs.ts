// Rule packs: the FastPath documentation as it stood at one date (RULES.md section 2).
// A pack is an index into this ordered list, so rules can say "from 2024-06 on".

export const PACK_IDS = [
  '2019-05',
  '2020-03',
  '2021-03',
  '2021-08',
  '2022',
  '2023-01',
  '2023-11',
  '2024-03',
  '2024-06',
  '2024-11',
  '2025-03',
  '2025-11',
  'latest',
] as const;
export type PackId = (typeof PACK_IDS)[number];

/** Values a document may carry in `rulesAsOf`: every pack id (`latest` included). */
export const RULES_AS_OF_VALUES = PACK_IDS;
export type RulesAsOf = PackId;

export type PackInfo = {
  id: PackId;
  /** The date of the documentation revision the pack follows. */
  date: string;
  /** What the pack is based on, for people choosing one. */
  basis: string;
};

export const PACKS: readonly PackInfo[] = [
  {
    id: '2019-05',
    date: '2019-05-20',
    basis: 'FastPath section of the ExpressRoute gateway article: ExpressRoute Direct only',
  },
  {
    id: '2020-03',
    date: '2020-03-25',
    basis:
      'About ExpressRoute FastPath, first article: all circuits; peering, UDR, Basic LB and Private Link go through the gateway',
  },
  {
    id: '2021-03',
    date: '2021-03-19',
    basis: 'UDR on the GatewaySubnet no longer affects FastPath; IPv6 needs ErGw3AZ and Direct',
  },
  { id: '2021-08', date: '2021-08-10', basis: 'VNet peering (and later Private Link) in public preview' },
  {
    id: '2022',
    date: '2022-10-04',
    basis: 'FastPath IP limits; previews on ExpressRoute Direct only; Private Link on 100G Direct',
  },
  {
    id: '2023-01',
    date: '2023-01-05',
    basis: 'Limited GA of Private Link on Direct (hub only); peering and UDR in preview',
  },
  {
    id: '2023-11',
    date: '2023-11-30',
    basis: 'Peering, UDR and Private Link in limited GA (14 regions); DNS Private Resolver not supported',
  },
  { id: '2024-03', date: '2024-03-24', basis: 'Peering and UDR limited GA in all regions' },
  {
    id: '2024-06',
    date: '2024-06-25',
    basis: 'Peering and UDR generally available on Direct, same region only; private endpoints in spokes',
  },
  {
    id: '2024-11',
    date: '2024-11-07',
    basis: 'Any internal load balancer goes through the gateway; multi-hub transit warnings',
  },
  {
    id: '2025-03',
    date: '2025-03-20',
    basis: 'ErGwScale (preview); only spoke load balancers and spoke DNS resolvers go through the gateway',
  },
  {
    id: '2025-11',
    date: '2025-11-05',
    basis: 'Per-circuit-type features: IPv6 on Direct only; ErGwScale generally available; 16 Private Link regions',
  },
  {
    id: 'latest',
    date: '2026-03-31',
    basis:
      'Newest revision: Azure Firewall in a spoke and IPv6 over UDR or Private Link go through the gateway; 2026 FAQ and gateway article',
  },
];

const INDEX = new Map<PackId, number>(PACK_IDS.map((id, i) => [id, i]));

export function packIndex(id: PackId): number {
  return INDEX.get(id) ?? PACK_IDS.length - 1;
}

export function isPackId(value: unknown): value is PackId {
  return typeof value === 'string' && INDEX.has(value as PackId);
}

export function packInfo(id: PackId): PackInfo {
  return PACKS[packIndex(id)] as PackInfo;
}

/** True when `pack` is `from` or newer (and not newer than `to`, when given). */
export function inPacks(pack: PackId, from: PackId, to?: PackId): boolean {
  const i = packIndex(pack);
  return i >= packIndex(from) && (to === undefined || i <= packIndex(to));
}

/**
 * The dated pack id a result reports. `latest` follows the 2025-11 documentation (plus the
 * newer FAQ and gateway article), so it is reported as `2025-11` with `pack: "latest"` beside it.
 */
export function reportedPackId(id: PackId): Exclude<PackId, 'latest'> {
  return id === 'latest' ? '2025-11' : id;
}

/** The packs from `from` to `to` (inclusive), for a rule's `packs` list. */
export function packsBetween(from: PackId, to: PackId = 'latest'): PackId[] {
  return PACK_IDS.slice(packIndex(from), packIndex(to) + 1);
}

export const ALL_PACKS: readonly PackId[] = PACK_IDS;
