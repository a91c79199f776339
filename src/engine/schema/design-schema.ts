import * as z from 'zod/mini';
import { en } from 'zod/locales';
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

// zod/mini runs the same checks as zod at a fraction of its size on the page, but brings no
// messages: English is set here, as the full zod sets it, so a refused edit reads as it always
// has. The loader words its problems itself (zod-issues.ts).
z.config(en());

export const FORMAT_ID = 'fastpath-design';
export const CURRENT_VERSION = 1;

const cidr = z.string().check(z.refine(isCidr, { message: 'expected a CIDR prefix such as 10.0.0.0/16' }));
const cidrList = z.array(cidr).check(z.maxLength(100_000));
const ip = z
  .string()
  .check(z.refine((s) => s === '' || isIp(s), { message: 'expected an IP address such as 10.0.1.4' }));
const instances = z._default(z.number().check(z.int(), z.gte(1), z.lte(10_000_000)), 1);
const text = (max: number) => z.string().check(z.maxLength(max));
// Offsets are allowed (a hand-written "+02:00" is as clear as "Z"); seconds are not optional, so
// every accepted value is one Date.parse reads the same way everywhere.
const dateTime = z.iso.datetime({ offset: true });

export const NODE_PROPS = {
  onPremises: z.looseObject({ prefixes: z._default(cidrList, []) }),
  circuit: z.looseObject({
    circuitType: z._default(z.enum(CIRCUIT_TYPES), 'provider'),
    bandwidthMbps: z._default(z.number().check(z.positive(), z.lte(10_000_000)), 1000),
    sku: z._default(z.enum(CIRCUIT_SKUS), 'Standard'),
    peeringLocation: z._default(text(200), ''),
    portId: z._default(text(200), ''),
  }),
  vnet: z.looseObject({ region: z._default(text(100), ''), addressSpace: z._default(cidrList, []) }),
  gateway: z.looseObject({
    sku: z._default(z.enum(GATEWAY_SKUS), 'Standard'),
    scaleUnits: z._default(z.number().check(z.int(), z.gte(1), z.lte(40)), 1),
    udrNextHopId: z.optional(text(200)),
  }),
  vm: z.looseObject({ ip: z._default(ip, ''), instances }),
  loadBalancer: z.looseObject({
    sku: z._default(z.enum(LB_SKUS), 'Standard'),
    frontendIp: z._default(ip, ''),
    instances,
  }),
  privateEndpoint: z.looseObject({ service: z._default(z.enum(PE_SERVICES), 'Storage'), ip: z._default(ip, '') }),
  dnsResolver: z.looseObject({ ip: z._default(ip, '') }),
  nva: z.looseObject({ ip: z._default(ip, ''), product: z._default(z.enum(NVA_PRODUCTS), 'thirdParty') }),
} as const;

export const EDGE_PROPS = {
  circuitLink: z.looseObject({ peering: z._default(z.enum(PEERING_TYPES), 'private') }),
  connection: z.looseObject({
    fastPath: z._default(z.boolean(), false),
    privateLinkFastPath: z._default(z.boolean(), false),
    routingWeight: z._default(z.number().check(z.int(), z.gte(0), z.lte(32_000)), 0),
  }),
  vnetPeering: z.looseObject({
    allowGatewayTransit: z._default(z.boolean(), true),
    useRemoteGateways: z._default(z.boolean(), true),
  }),
  flow: z.looseObject({
    ipVersion: z._default(z.literal([4, 6]), 4),
    expect: z.optional(z.enum(VERDICTS)),
  }),
} as const;

const id = z.string().check(z.minLength(1), z.maxLength(200));
const position = z.looseObject({ x: z.number(), y: z.number() });
const props = z._default(z.record(z.string(), z.unknown()), {});

/** Node and edge shells; props are checked per kind in a second step so errors name the kind. */
export const nodeShellSchema = z.looseObject({
  id,
  kind: z.enum(NODE_KINDS),
  label: z._default(text(500), ''),
  position: z.optional(position),
  parentId: z.optional(id),
  props,
});

export const edgeShellSchema = z.looseObject({
  id,
  kind: z.enum(EDGE_KINDS),
  source: id,
  target: id,
  label: z.optional(text(500)),
  props,
});

export const MAX_NOTE_TEXT = 10_000;
export const MAX_AUTHOR = 200;

/** Note text is plain text: every output escapes it for its own language, nothing renders it as markup. */
export const noteSchema = z.looseObject({
  id,
  text: text(MAX_NOTE_TEXT),
  nodeId: z.optional(id),
  edgeId: z.optional(id),
  position: z.optional(position),
  author: z.optional(text(MAX_AUTHOR)),
  createdAt: z.optional(dateTime),
  updatedAt: z.optional(dateTime),
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
  text: z._default(text(MAX_DECISION_TEXT), ''),
  author: z.optional(text(MAX_AUTHOR)),
  at: dateTime,
});

/**
 * Optional, and absent when empty. References to flows are not checked by the schema: the loader
 * drops entries whose flow is gone (with a warning), as a copy of the app that predates the block
 * keeps it untouched when it deletes a flow.
 */
export const reviewSchema = z.looseObject({
  agenda: z.optional(z.array(id).check(z.maxLength(MAX_EDGES))),
  decisions: z.optional(z.array(decisionSchema).check(z.maxLength(MAX_EDGES))),
});

export const documentShellSchema = z.looseObject({
  format: z.literal(FORMAT_ID),
  version: z.literal(CURRENT_VERSION),
  title: z._default(text(500), ''),
  rulesAsOf: z._default(z.enum(RULES_AS_OF_VALUES), 'latest'),
  allowPreviews: z._default(z.boolean(), false),
  nodes: z.array(z.unknown()).check(z.maxLength(MAX_NODES)),
  edges: z._default(z.array(z.unknown()).check(z.maxLength(MAX_EDGES)), []),
  notes: z._default(z.array(noteSchema).check(z.maxLength(10_000)), []),
  review: z.optional(reviewSchema),
});
