import { describe, expect, it } from 'vitest';
import { evaluate, type Design } from '../engine/index.ts';
import { estateFormatOf, importEstate } from './index.ts';
import {
  armTemplate,
  comparable,
  design,
  imported,
  node,
  resourceGraph,
  terraformState,
  type TerraformModule,
} from './testing/estate-kit.ts';

// The estate importer on Terraform state: the Contoso estate as `terraform show -json` writes it
// (fixtures/estates/contoso.tfstate.json: modules nested two deep, count and for_each indexes,
// separate subnets and a route table association, an ErGwScale gateway whose scale units an
// azapi_update_resource sets), then the raw state file and azurerm 3.x's attribute names.

/** Every resource of a module and the modules inside it. */
function resourcesOf(module: TerraformModule): TerraformModule['resources'] {
  return [...module.resources, ...(module.child_modules ?? []).flatMap(resourcesOf)];
}

/** Instances by the address of their resource (`module.spokes.azurerm_virtual_network.spoke`). */
function groups(instances: TerraformModule['resources']): Map<string, TerraformModule['resources']> {
  const byAddress = new Map<string, TerraformModule['resources']>();
  for (const instance of instances) {
    const address = instance.address.replace(/\[[^\]]*\]$/, '');
    byAddress.set(address, [...(byAddress.get(address) ?? []), instance]);
  }
  return byAddress;
}

/** How many flows get each verdict. */
const verdictCounts = (d: Design) =>
  Object.values(evaluate(d).flows).reduce<Record<string, number>>(
    (counts, flow) => ({ ...counts, [flow.verdict]: (counts[flow.verdict] ?? 0) + 1 }),
    {},
  );

describe('the Contoso estate from Terraform state', () => {
  it('is recognised, and Resource Graph, the ARM template and Terraform give one design, verdicts and all', () => {
    expect(estateFormatOf(terraformState())).toBe('terraform-state');
    const fromState = design(terraformState());
    const fromGraph = design(resourceGraph());
    expect(comparable(fromState)).toEqual(comparable(fromGraph));
    expect(comparable(fromState)).toEqual(comparable(design(armTemplate())));
    // Terraform keeps real ids, as Resource Graph does.
    expect(fromState.nodes.map((n) => n.azureId)).toEqual(
      expect.arrayContaining(fromGraph.nodes.map((n) => n.azureId).filter(Boolean)),
    );
    expect(evaluate(fromState).flows).toEqual(evaluate(fromGraph).flows);
    expect(verdictCounts(fromState)).toEqual({ fastpath: 4, gateway: 4 });
  });

  it('takes ErGwScale units from an azapi update, and says what it assumed without one', () => {
    expect(node(design(terraformState()), 'ergw-hub-neu')?.props).toMatchObject({ sku: 'ErGwScale', scaleUnits: 2 });
    const state = terraformState();
    const hub = state.values.root_module.child_modules?.find((m) => m.address === 'module.hub_neu');
    if (!hub) throw new Error('fixture: module.hub_neu');
    hub.resources = hub.resources.filter((r) => r.type !== 'azapi_update_resource');
    const estate = imported(state);
    expect(estate.document.nodes.find((n) => n.id === 'ergw-hub-neu')?.props).toMatchObject({ scaleUnits: 1 });
    expect(estate.report.assumed.join(' ')).toMatch(/ergw-hub-neu: the export gives no scale units/);
  });

  it('never reads a key into the design, only counts it', () => {
    const estate = imported(terraformState());
    expect(estate.report.secretsDropped).toBe(1);
    expect(JSON.stringify(estate)).not.toContain('not-a-real-key');
  });

  it('reports what each resource became, and what it did not need', () => {
    const { report } = imported(terraformState());
    expect(report.read).toContainEqual({ type: 'microsoft.network/virtualnetworks', count: 6, became: '6 VNets' });
    expect(report.ignored).toContainEqual({
      name: 'rg-connectivity',
      type: 'azurerm_resource_group',
      reason: 'a resource type FastPath does not depend on',
    });
  });

  it('reads the raw state file (terraform state pull), instances and all', () => {
    const instances = resourcesOf(terraformState().values.root_module);
    const raw = {
      version: 4,
      terraform_version: '1.9.8',
      serial: 12,
      lineage: '3f1c0000-0000-4000-8000-000000000000',
      outputs: {},
      resources: [...groups(instances)].map(([address, group]) => {
        const parts = address.split('.');
        return {
          ...(parts.length > 2 ? { module: parts.slice(0, -2).join('.') } : {}),
          mode: 'managed',
          type: group[0]?.type,
          name: parts[parts.length - 1],
          provider: 'provider["registry.terraform.io/hashicorp/azurerm"]',
          instances: group.map((r) => ({
            ...(r.index !== undefined ? { index_key: r.index } : {}),
            schema_version: 0,
            attributes: r.values,
          })),
        };
      }),
    };
    expect(estateFormatOf(raw)).toBe('terraform-state');
    expect(comparable(design(raw))).toEqual(comparable(design(terraformState())));
  });

  it('takes azurerm 3.x attribute names as well as 4.x ones', () => {
    const state = terraformState();
    for (const resource of resourcesOf(state.values.root_module)) {
      const values = resource.values;
      if (resource.type === 'azurerm_route_table') {
        values.disable_bgp_route_propagation = !values.bgp_route_propagation_enabled;
        delete values.bgp_route_propagation_enabled;
      }
      if (resource.type === 'azurerm_network_interface') {
        values.enable_ip_forwarding = values.ip_forwarding_enabled;
        delete values.ip_forwarding_enabled;
      }
      if (resource.type === 'azurerm_virtual_network')
        values.subnet = (values.subnet as { address_prefixes: string[] }[]).map(({ address_prefixes, ...rest }) => ({
          ...rest,
          address_prefix: address_prefixes[0],
        }));
    }
    expect(comparable(design(state))).toEqual(comparable(design(terraformState())));
    const forwarding = terraformState();
    const nic = resourcesOf(forwarding.values.root_module).find((r) => r.type === 'azurerm_network_interface');
    if (!nic) throw new Error('fixture: a network interface');
    nic.values.enable_ip_forwarding = true;
    delete nic.values.ip_forwarding_enabled;
    expect(imported(forwarding).document.nodes.filter((n) => n.kind === 'nva')).toHaveLength(2);
  });

  it('skips data sources, names a resource without an id by its address, and survives hostile input', () => {
    const state = terraformState();
    state.values.root_module.resources.push(
      {
        address: 'data.azurerm_virtual_network.shared',
        type: 'azurerm_virtual_network',
        values: {},
        mode: 'data',
      } as never,
      { address: 'azurerm_lb.broken', type: 'azurerm_lb', values: { name: 'broken' } },
      {
        address: 'azapi_update_resource.evil',
        type: 'azapi_update_resource',
        values: { resource_id: resourceGraph().data[3]?.id, body: '{"properties":{"__proto__":{"polluted":true}}}' },
      },
    );
    const estate = imported(state);
    expect(estate.report.warnings).toContain('azurerm_lb.broken: a resource without an id, left out.');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(estate.document.nodes.filter((n) => n.kind === 'vnet')).toHaveLength(6);
    expect(estateFormatOf({ format_version: '1.0', values: null })).toBe('terraform-state');
    expect(importEstate({ format_version: '1.0', values: null }, 'Empty')).toEqual({
      ok: false,
      message: 'The export holds no resources.',
    });
  });
});
