// The registry: every rule, sorted by id. Adding a rule means adding it here (no side effects).
import type { Rule } from './rule.ts';
import addressSpaceLimits from './address-space-limits.ts';
import addressSpaceOverlap from './address-space-overlap.ts';
import azBandwidth from './az-bandwidth.ts';
import azureFirewallSpoke from './azure-firewall-spoke.ts';
import basicLoadBalancer from './basic-load-balancer.ts';
import circuitDirectOnly2019 from './circuit-direct-only-2019.ts';
import circuitLocalSku from './circuit-local-sku.ts';
import circuitsPerVnet from './circuits-per-vnet.ts';
import dnsPrivateResolver from './dns-private-resolver.ts';
import fastpathFlag from './fastpath-flag.ts';
import flowLogs from './flow-logs.ts';
import gatewayCapacity from './gateway-capacity.ts';
import gatewayRequired from './gateway-required.ts';
import gatewaySku from './gateway-sku.ts';
import gatewayTransitMultiHub from './gateway-transit-multi-hub.ts';
import globalPeering from './global-peering.ts';
import internalLoadBalancer from './internal-load-balancer.ts';
import ipLimit from './ip-limit.ts';
import ipOutsideVnet from './ip-outside-vnet.ts';
import ipv6 from './ipv6.ts';
import microsoftPeering from './microsoft-peering.ts';
import outboundDirect from './outbound-direct.ts';
import previewGating from './preview-gating.ts';
import privateLink from './private-link.ts';
import privateLinkPricing from './private-link-pricing.ts';
import remoteGatewayMultiHub from './remote-gateway-multi-hub.ts';
import udrGatewaySubnet from './udr-gateway-subnet.ts';
import vnetLinkLimits from './vnet-link-limits.ts';
import vnetPeeringSpoke from './vnet-peering-spoke.ts';

export const RULES: readonly Rule[] = [
  addressSpaceLimits,
  addressSpaceOverlap,
  azBandwidth,
  azureFirewallSpoke,
  basicLoadBalancer,
  circuitDirectOnly2019,
  circuitLocalSku,
  circuitsPerVnet,
  dnsPrivateResolver,
  fastpathFlag,
  flowLogs,
  gatewayCapacity,
  gatewayRequired,
  gatewaySku,
  gatewayTransitMultiHub,
  globalPeering,
  internalLoadBalancer,
  ipLimit,
  ipOutsideVnet,
  ipv6,
  microsoftPeering,
  outboundDirect,
  previewGating,
  privateLink,
  privateLinkPricing,
  remoteGatewayMultiHub,
  udrGatewaySubnet,
  vnetLinkLimits,
  vnetPeeringSpoke,
];
