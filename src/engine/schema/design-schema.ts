import { z } from 'zod';
import { isCidr, isIp } from '../model/ip.ts';
import {
  CIRCUIT_SKUS,
  CIRCUIT_TYPES,
  DECISION_STATUSES,
  GATEWAY_SKUS,
  LB_SKUS,
  NODE_KINDS,
  EDGE_KINDS,
  NVA_PRODUCTS,
  PEERING_TYPES,
  PE_SERVICES,
  VERDICTS,
} from './kinds.ts';
import { RULES_AS_OF_VALUES } from '../model/packs.ts';

// Schemas for FORMAT.md version 1. Objects are loose: fields we do not know are kept, so a
// document written by a newer tool or by hand survives a round trip through ours.

export const FORMAT_ID = 'fastpath-design';
export const CURRENT_VERSION = 1;

const cidr = z.string().refine(isCidr, { message: 'expected a CIDR prefix such as 10.0.0.0/16' });
const cidrList = z.array(cidr).max(100_000);
const ip = z.string().refine((s) => s === '' || isIp(s), { message: 'expected an IP address such as 10.0.1.4' });
const instances = z.number().int().min(1).max(10_000_000).default(1);
const text = (max: number) => z.string().max(max);
// Offsets are allowed (a hand-written "+02:00" is as clear as "Z"); seconds are not optional, so
// every accepted value is one Date.parse reads the same way everywhere.
const dateTime = z.iso.datetime({ offset: true });

export const NODE_PROPS = {
  onPremises: z.looseObject({ prefixes: cidrList.default([]) }),
  circuit: z.looseObject({
    circuitType: z.enum(CIRCUIT_TYPES).default('provider'),
    bandwidthMbps: z.number().positive().max(10_000_000).default(1000),
    sku: z.enum(CIRCUIT_SKUS).default('Standard'),
    peeringLocation: text(200).default(''),
    portId: text(200).default(''),
  }),
  vnet: z.looseObject({ region: text(100).default(''), addressSpace: cidrList.default([]) }),
  gateway: z.looseObject({
    sku: z.enum(GATEWAY_SKUS).default('Standard'),
    scaleUnits: z.number().int().min(1).max(40).default(1),
    udrNextHopId: text(200).optional(),
  }),
  vm: z.looseObject({ ip: ip.default(''), instances }),
  loadBalancer: z.looseObject({ sku: z.enum(LB_SKUS).default('Standard'), frontendIp: ip.default(''), instances }),
  privateEndpoint: z.looseObject({ service: z.enum(PE_SERVICES).default('Storage'), ip: ip.default('') }),
  dnsResolver: z.looseObject({ ip: ip.default('') }),
  nva: z.looseObject({ ip: ip.default(''), product: z.enum(NVA_PRODUCTS).default('thirdParty') }),
} as const;

export const EDGE_PROPS = {
  circuitLink: z.looseObject({ peering: z.enum(PEERING_TYPES).default('private') }),
  connection: z.looseObject({
    fastPath: z.boolean().default(false),
    privateLinkFastPath: z.boolean().default(false),
    routingWeight: z.number().int().min(0).max(32_000).default(0),
  }),
  vnetPeering: z.looseObject({
    allowGatewayTransit: z.boolean().default(true),
    useRemoteGateways: z.boolean().default(true),
  }),
  flow: z.looseObject({
    ipVersion: z.literal([4, 6]).default(4),
    expect: z.enum(VERDICTS).optional(),
  }),
} as const;

const id = z.string().min(1).max(200);
const position = z.looseObject({ x: z.number().finite(), y: z.number().finite() });
const props = z.record(z.string(), z.unknown()).default({});

/** Node and edge shells; props are checked per kind in a second step so errors name the kind. */
export const nodeShellSchema = z.looseObject({
  id,
  kind: z.enum(NODE_KINDS),
  label: text(500).default(''),
  position: position.optional(),
  parentId: id.optional(),
  props,
});

export const edgeShellSchema = z.looseObject({
  id,
  kind: z.enum(EDGE_KINDS),
  source: id,
  target: id,
  label: text(500).optional(),
  props,
});

export const MAX_NOTE_TEXT = 10_000;
export const MAX_AUTHOR = 200;

/** Note text is plain text: every output escapes it for its own language, nothing renders it as markup. */
export const noteSchema = z.looseObject({
  id,
  text: text(MAX_NOTE_TEXT),
  nodeId: id.optional(),
  edgeId: id.optional(),
  position: position.optional(),
  author: text(MAX_AUTHOR).optional(),
  createdAt: dateTime.optional(),
  updatedAt: dateTime.optional(),
});

export const MAX_NODES = 20_000;
export const MAX_EDGES = 50_000;

export const MAX_DECISION_TEXT = 2_000;

/**
 * A review's verdict on one flow. Its text may be empty, and reads as empty when left out; the app
 * always writes it, so what the app writes round-trips as written.
 */
export const decisionSchema = z.looseObject({
  flowId: id,
  status: z.enum(DECISION_STATUSES),
  text: text(MAX_DECISION_TEXT).default(''),
  author: text(MAX_AUTHOR).optional(),
  at: dateTime,
});

/**
 * Optional, and absent when empty. References to flows are not checked by the schema: the loader
 * drops entries whose flow is gone (with a warning), as a copy of the app that predates the block
 * keeps it untouched when it deletes a flow.
 */
export const reviewSchema = z.looseObject({
  agenda: z.array(id).max(MAX_EDGES).optional(),
  decisions: z.array(decisionSchema).max(MAX_EDGES).optional(),
});

export const documentShellSchema = z.looseObject({
  format: z.literal(FORMAT_ID),
  version: z.literal(CURRENT_VERSION),
  title: text(500).default(''),
  rulesAsOf: z.enum(RULES_AS_OF_VALUES).default('latest'),
  allowPreviews: z.boolean().default(false),
  nodes: z.array(z.unknown()).max(MAX_NODES),
  edges: z.array(z.unknown()).max(MAX_EDGES).default([]),
  notes: z.array(noteSchema).max(10_000).default([]),
  review: reviewSchema.optional(),
});
