import { normaliseRegion, type Endpoint, type Vnet } from './topology.ts';
import type { Entry } from './routes.ts';

/** An inbound leg: traffic arriving from the circuit at `entry` and delivered to `dest`. */
export type Leg = {
  dest: Endpoint;
  destVnet: Vnet;
  entry: Entry;
  ipVersion: 4 | 6;
  /** The destination is in a VNet peered to the gateway's VNet, not in it. */
  isSpoke: boolean;
  /** Both VNets name the same region (unknown regions count as the same). */
  sameRegion: boolean;
  onDirect: boolean;
  fastPathOn: boolean;
  /** The NVA a UDR on the entry gateway's GatewaySubnet sends this traffic to (none when it is the destination). */
  udrNva?: string;
};

export function makeLeg(entry: Entry, dest: Endpoint, destVnet: Vnet, ipVersion: 4 | 6): Leg {
  const hubRegion = normaliseRegion(entry.hub.props.region);
  const destRegion = normaliseRegion(destVnet.props.region);
  const nva = entry.gateway.props.udrNextHopId;
  return {
    dest,
    destVnet,
    entry,
    ipVersion,
    isSpoke: destVnet.id !== entry.hub.id,
    sameRegion: hubRegion === '' || destRegion === '' || hubRegion === destRegion,
    onDirect: entry.circuit.props.circuitType === 'direct',
    fastPathOn: entry.connection.props.fastPath,
    ...(nva && nva !== dest.id ? { udrNva: nva } : {}),
  };
}
