import type { Source } from '../model/types.ts';
import type { PackId } from '../model/packs.ts';

// The documents behind the rules (RULES.md section 8). Historic revisions link to the commit
// they were read from where one is known, so a reader sees the text as it stood then.

const ABOUT_URL = 'https://learn.microsoft.com/azure/expressroute/about-fastpath';
const ABOUT_TITLE = 'About ExpressRoute FastPath';
const ABOUT_TITLE_2025 = 'Azure ExpressRoute FastPath: features, availability, and limitations';
const GITHUB_ABOUT = (commit: string) =>
  `https://github.com/MicrosoftDocs/azure-docs/blob/${commit}/articles/expressroute/about-fastpath.md`;

const ABOUT_BY_PACK: Record<PackId, Source> = {
  '2019-05': {
    title: 'About ExpressRoute virtual network gateways (FastPath section)',
    url: 'https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways',
    date: '2019-05-20',
  },
  '2020-03': { title: ABOUT_TITLE, url: GITHUB_ABOUT('49ebc7f26fce23c03f4cb12cfe3606a571f07116'), date: '2020-03-25' },
  '2021-03': {
    title: `${ABOUT_TITLE} (revision of March 2021)`,
    url: 'https://github.com/MicrosoftDocs/azure-docs.sv-se/blob/2a0d986410ecf8a8e35c59c62696bf1bd067a11d/articles/expressroute/about-fastpath.md',
    date: '2021-03-19',
  },
  '2021-08': { title: ABOUT_TITLE, url: ABOUT_URL, date: '2021-08-10' },
  '2022': { title: `${ABOUT_TITLE} (2022 revision)`, url: ABOUT_URL, date: '2022-10-04' },
  '2023-01': { title: ABOUT_TITLE, url: ABOUT_URL, date: '2023-01-05' },
  '2023-11': { title: ABOUT_TITLE, url: GITHUB_ABOUT('04ba840b598c2f1899fde2d10b162719a3d64e19'), date: '2023-11-30' },
  '2024-03': { title: ABOUT_TITLE, url: ABOUT_URL, date: '2024-03-24' },
  '2024-06': { title: ABOUT_TITLE, url: ABOUT_URL, date: '2024-06-25' },
  '2024-11': { title: ABOUT_TITLE, url: ABOUT_URL, date: '2024-11-07' },
  '2025-03': {
    title: ABOUT_TITLE,
    url: 'https://github.com/MicrosoftDocs/azure-docs/commit/dd5f6af433ee91a121edf3ac409660b02f60a717',
    date: '2025-03-20',
  },
  '2025-11': { title: ABOUT_TITLE_2025, url: ABOUT_URL, date: '2025-11-05' },
  latest: { title: `${ABOUT_TITLE_2025} (latest revision)`, url: ABOUT_URL, date: '2025-11-05' },
};

/** The FastPath article as it stood for the pack. */
export function about(pack: PackId): Source {
  return ABOUT_BY_PACK[pack];
}

export const DOCS = {
  gateway2019: ABOUT_BY_PACK['2019-05'],
  gateway2024: {
    title: 'About ExpressRoute virtual network gateways',
    url: 'https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways',
    date: '2024-08-19',
  },
  gatewayLatest: {
    title: 'About ExpressRoute virtual network gateways',
    url: 'https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways',
    date: '2026-09-05',
  },
  scalableGateway: {
    title: 'About ExpressRoute scalable gateway',
    url: 'https://learn.microsoft.com/azure/expressroute/scalable-gateway',
    date: '2025-11-06',
  },
  scalableGateway2025: {
    title: 'About ExpressRoute scalable gateway',
    url: 'https://learn.microsoft.com/azure/expressroute/scalable-gateway',
    date: '2025-06-25',
  },
  faq: {
    title: 'ExpressRoute FAQ',
    url: 'https://learn.microsoft.com/azure/expressroute/expressroute-faqs',
    date: '2026-03-31',
  },
  limits: {
    title: 'ExpressRoute limits',
    url: 'https://learn.microsoft.com/azure/azure-resource-manager/management/azure-subscription-service-limits#expressroute-limits',
    date: '2023-10-09',
  },
  linkVnetPowerShell: {
    title: 'Connect a virtual network to an ExpressRoute circuit (PowerShell)',
    url: 'https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm',
    date: '2025-03-31',
  },
  linkVnetPowerShell2023: {
    title: 'Connect a virtual network to an ExpressRoute circuit (PowerShell)',
    url: 'https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm',
    date: '2023-08-31',
  },
  linkVnetCli2019: {
    title: 'Connect a virtual network to an ExpressRoute circuit (CLI)',
    url: 'https://learn.microsoft.com/azure/expressroute/howto-linkvnet-cli',
    date: '2019-05-21',
  },
  dnsResolver: {
    title: 'What is Azure DNS Private Resolver?',
    url: 'https://learn.microsoft.com/azure/dns/dns-private-resolver-overview',
    date: '2023-11-30',
  },
  basicLbRetirement: {
    title: 'Upgrading from Basic Load Balancer: guidance',
    url: 'https://learn.microsoft.com/azure/load-balancer/load-balancer-basic-upgrade-guidance',
    date: '2025-09-30',
  },
  techCommunity2024: {
    title: 'ExpressRoute FastPath for UDRs and VNet peering (Microsoft Tech Community)',
    url: 'https://techcommunity.microsoft.com/t5/azure-networking-blog/expressroute-fastpath-for-udrs-and-vnet-peering/ba-p/4171115',
    date: '2024-06-27',
  },
  lab: {
    title: 'ExpressRoute FastPath lab (jwrightazure/lab, community)',
    url: 'https://github.com/jwrightazure/lab',
    date: '2020-01-01',
  },
  interopDataPlane: {
    title: 'Interoperability in Azure: data plane analysis',
    url: 'https://learn.microsoft.com/azure/networking/connectivity-interoperability-data-plane',
    date: '2023-03-24',
  },
  privateLinkPricing: {
    title: 'Azure Private Link pricing',
    url: 'https://azure.microsoft.com/pricing/details/private-link/',
    date: '2024-06-25',
  },
  monitoring: {
    title: 'ExpressRoute monitoring, metrics and alerts',
    url: 'https://learn.microsoft.com/azure/expressroute/expressroute-monitoring-metrics-alerts',
    date: '2024-06-25',
  },
  flowLogs: {
    title: 'Virtual network flow logs overview',
    url: 'https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview',
    date: '2024-06-25',
  },
  vnetPeering: {
    title: 'Create, change, or delete a virtual network peering',
    url: 'https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering',
    date: '2022-11-14',
  },
  vnetRouting: {
    title: 'Virtual network traffic routing',
    url: 'https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview',
    date: '2023-05-27',
  },
  privateIpAddresses: {
    title: 'Private IP addresses',
    url: 'https://learn.microsoft.com/azure/virtual-network/ip-services/private-ip-addresses',
    date: '2023-08-24',
  },
  githubDirectOnlyFix: {
    title: 'Docs issue #50815: FastPath no longer requires ExpressRoute Direct',
    url: 'https://github.com/MicrosoftDocs/azure-docs/issues/50815',
    date: '2020-03-24',
  },
} as const satisfies Record<string, Source>;
