import { describe, expect, it } from 'vitest';
import { baseDesign, DIRECT_100G, DIRECT_10G, PROVIDER_1G, type BaseOptions } from '../testing/design-builder.ts';
import { observe, ruleCases, type RuleTable } from '../testing/rule-tester.ts';

// RULES.md 3.11 and the section 2 private endpoint rows: never before 2021-08, preview (v2),
// 100G GA / 10G preview in 2022, limited GA from 2023-01 (hub only until 2024-06); always Direct,
// Private Link FastPath on, one of four services, in a listed region. Scenarios 8 to 13.

const RULE = 'private-link';

type Service = 'CosmosDB' | 'KeyVault' | 'Storage' | 'ThirdPartyPrivateLinkService' | 'SQL' | 'Other';
type Where = 'hub' | 'spoke';
type FlowProps = Record<string, unknown>;
const toPe =
  (where: Where, service: Service = 'KeyVault', options: BaseOptions = {}, flow: FlowProps = {}) =>
  () =>
    baseDesign({ circuit: DIRECT_100G, ...options, connection: { privateLinkFastPath: true, ...options.connection } })
      .node('pe', 'privateEndpoint', { service, ip: where === 'hub' ? '10.255.5.4' : '10.254.5.4' }, where)
      .flow('f', 'onprem', 'pe', flow);
const hubIn = (region: string) => ({ hub: { region }, spoke: { region } });

const TABLE: RuleTable = {
  scope: 'flow',
  cases: [
    // Eligible PE in the hub (Direct 100G, Key Vault, westeurope, flag on) across the packs.
    {
      name: 'eligible hub PE (Private Link n/s; engine: gateway, inference)',
      pack: '2019-05',
      design: toPe('hub'),
      verdict: 'gateway',
      fires: 'pe',
      confidence: 'inference',
      decisive: true,
    },
    {
      name: 'eligible hub PE (not supported)',
      pack: '2020-03',
      design: toPe('hub'),
      verdict: 'gateway',
      fires: 'pe',
      confidence: 'documented',
    },
    { name: 'eligible hub PE (not supported)', pack: '2021-03', design: toPe('hub'), verdict: 'gateway', fires: 'pe' },
    {
      name: 'eligible hub PE, previews on (not supported, whatever the previews)',
      pack: '2021-03',
      previews: true,
      design: toPe('hub'),
      verdict: 'gateway',
      fires: 'pe',
    },
    {
      name: 'eligible hub PE, previews off (public preview, v2)',
      pack: '2021-08',
      design: toPe('hub'),
      verdict: 'gateway',
      fires: 'pe',
      decisive: true,
    },
    {
      name: 'eligible hub PE, previews on (public preview, v2)',
      pack: '2021-08',
      previews: true,
      design: toPe('hub'),
      verdict: 'fastpath',
      fires: 'pe',
      decisive: false,
    },
    {
      name: 'eligible hub PE on 100G Direct (GA)',
      pack: '2022',
      design: toPe('hub'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'eligible hub PE on 10G Direct, previews off (10G preview)',
      pack: '2022',
      design: toPe('hub', 'KeyVault', { circuit: DIRECT_10G }),
      verdict: 'gateway',
      fires: 'pe',
      decisive: true,
    },
    {
      name: 'eligible hub PE on 10G Direct, previews on',
      pack: '2022',
      previews: true,
      design: toPe('hub', 'KeyVault', { circuit: DIRECT_10G }),
      verdict: 'fastpath',
      fires: 'pe',
      decisive: false,
    },
    {
      name: 'eligible hub PE on 10G Direct (limited GA on 10G and 100G)',
      pack: '2023-01',
      design: toPe('hub', 'KeyVault', { circuit: DIRECT_10G }),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'eligible hub PE (limited GA, flag = enrolled)',
      pack: '2023-01',
      design: toPe('hub'),
      verdict: 'fastpath',
      fires: false,
    },
    { name: 'eligible hub PE (limited GA)', pack: '2023-11', design: toPe('hub'), verdict: 'fastpath', fires: false },
    { name: 'eligible hub PE', pack: '2024-06', design: toPe('hub'), verdict: 'fastpath', fires: false },
    { name: 'eligible hub PE', pack: '2025-03', design: toPe('hub'), verdict: 'fastpath', fires: false },
    { name: 'eligible hub PE', pack: 'latest', design: toPe('hub'), verdict: 'fastpath', fires: false },
    // Requirement 1: ExpressRoute Direct.
    {
      name: 'hub PE over a provider circuit, flag on: needs Direct, flag has no effect',
      pack: 'latest',
      design: toPe('hub', 'KeyVault', { circuit: PROVIDER_1G }),
      verdict: 'gateway',
      fires: ['er1', 'conn1'],
      decisive: ['er1'],
    },
    {
      name: 'hub PE over a provider circuit, flag on',
      pack: '2023-01',
      design: toPe('hub', 'KeyVault', { circuit: PROVIDER_1G }),
      verdict: 'gateway',
      fires: ['er1', 'conn1'],
    },
    {
      name: 'hub PE over a provider circuit, flag off: needs Direct and the flag',
      pack: 'latest',
      design: toPe('hub', 'KeyVault', { circuit: PROVIDER_1G, connection: { privateLinkFastPath: false } }),
      verdict: 'gateway',
      fires: ['er1', 'conn1'],
      decisive: true,
    },
    {
      name: 'hub PE over a provider circuit, previews on (v2 preview is Direct only)',
      pack: '2021-08',
      previews: true,
      design: toPe('hub', 'KeyVault', { circuit: PROVIDER_1G }),
      verdict: 'gateway',
      fires: 'er1',
    },
    // Requirement 2: Private Link FastPath on the connection (property exists from 2022).
    {
      name: 'hub PE, Private Link FastPath off',
      pack: 'latest',
      design: toPe('hub', 'KeyVault', { connection: { privateLinkFastPath: false } }),
      verdict: 'gateway',
      fires: 'conn1',
      decisive: true,
    },
    {
      name: 'hub PE, Private Link FastPath off',
      pack: '2022',
      design: toPe('hub', 'KeyVault', { connection: { privateLinkFastPath: false } }),
      verdict: 'gateway',
      fires: 'conn1',
    },
    // Requirement 3: listed region (14, plus Japan East and Korea Central from 2025-11).
    {
      name: 'hub PE in swedencentral (not listed)',
      pack: 'latest',
      design: toPe('hub', 'KeyVault', hubIn('swedencentral')),
      verdict: 'gateway',
      fires: 'hub',
      decisive: true,
    },
    {
      name: 'hub PE in swedencentral (not listed)',
      pack: '2023-01',
      design: toPe('hub', 'KeyVault', hubIn('swedencentral')),
      verdict: 'gateway',
      fires: 'hub',
    },
    {
      name: 'hub PE in japaneast (listed from 2025-11)',
      pack: 'latest',
      design: toPe('hub', 'KeyVault', hubIn('japaneast')),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'hub PE in koreacentral (listed from 2025-11)',
      pack: '2025-11',
      design: toPe('hub', 'KeyVault', hubIn('koreacentral')),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'hub PE in japaneast (not yet listed)',
      pack: '2025-03',
      design: toPe('hub', 'KeyVault', hubIn('japaneast')),
      verdict: 'gateway',
      fires: 'hub',
    },
    {
      name: 'hub PE in "East US 2" (listed, written with spaces)',
      pack: 'latest',
      design: toPe('hub', 'KeyVault', hubIn('East US 2')),
      verdict: 'fastpath',
      fires: false,
    },
    // Requirement 4: supported services.
    { name: 'SQL PE in the hub', pack: 'latest', design: toPe('hub', 'SQL'), verdict: 'gateway', fires: 'pe' },
    {
      name: 'Other-service PE in the hub',
      pack: '2023-01',
      design: toPe('hub', 'Other'),
      verdict: 'gateway',
      fires: 'pe',
    },
    {
      name: 'Cosmos DB PE in the hub',
      pack: 'latest',
      design: toPe('hub', 'CosmosDB'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Storage PE in the hub',
      pack: 'latest',
      design: toPe('hub', 'Storage'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'third-party Private Link service PE in the hub',
      pack: 'latest',
      design: toPe('hub', 'ThirdPartyPrivateLinkService'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'SQL PE in swedencentral: both requirements named',
      pack: 'latest',
      design: toPe('hub', 'SQL', hubIn('swedencentral')),
      verdict: 'gateway',
      fires: ['pe', 'hub'],
      decisive: true,
    },
    // Requirement 5: hub only until 2024-06; same region as the hub.
    {
      name: 'Storage PE in a spoke, previews on (matrix: gateway)',
      pack: '2021-08',
      previews: true,
      design: toPe('spoke', 'Storage'),
      verdict: 'gateway',
      fires: 'pe',
    },
    { name: 'Storage PE in a spoke', pack: '2022', design: toPe('spoke', 'Storage'), verdict: 'gateway', fires: 'pe' },
    {
      name: 'Storage PE in a spoke (hub only)',
      pack: '2023-01',
      design: toPe('spoke', 'Storage'),
      verdict: 'gateway',
      fires: 'pe',
    },
    {
      name: 'Storage PE in a spoke (hub only)',
      pack: '2023-11',
      design: toPe('spoke', 'Storage'),
      verdict: 'gateway',
      fires: 'pe',
    },
    {
      name: 'Storage PE in a spoke, previews on (spoke VMs limited GA; PEs still hub only)',
      pack: '2024-03',
      previews: true,
      design: toPe('spoke', 'Storage'),
      verdict: 'gateway',
      fires: 'pe',
    },
    {
      name: 'Storage PE in a same-region spoke',
      pack: '2024-06',
      design: toPe('spoke', 'Storage'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Storage PE in a same-region spoke',
      pack: 'latest',
      design: toPe('spoke', 'Storage'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'Storage PE in a northeurope spoke (cross-region)',
      pack: 'latest',
      design: toPe('spoke', 'Storage', { spoke: { region: 'northeurope' } }),
      verdict: 'gateway',
      fires: 'pe',
      decisive: true,
    },
    // Neighbouring conditions.
    {
      name: 'eligible hub PE, FastPath off (Private Link FastPath needs it)',
      pack: 'latest',
      design: toPe('hub', 'KeyVault', { connection: { fastPath: false } }),
      verdict: 'gateway',
      fires: false,
    },
    {
      name: 'hub VM beside an eligible PE',
      pack: 'latest',
      design: () => toPe('hub')().remove('f').flow('f', 'onprem', 'hubvm'),
      verdict: 'fastpath',
      fires: false,
    },
    {
      name: 'hub VM, provider, flag on (no PE involved)',
      pack: 'latest',
      design: () => toPe('hub', 'KeyVault', { circuit: PROVIDER_1G })().remove('f').flow('f', 'onprem', 'hubvm'),
      verdict: 'fastpath',
      fires: false,
    },
  ],
};

describe(RULE, () => {
  it.each(ruleCases(RULE, TABLE))('%s', (_title, c) => {
    const { actual, expected } = observe(RULE, TABLE.scope, c);
    expect(actual).toEqual(expected);
  });
});
