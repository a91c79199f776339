import { normaliseRegion, type Endpoint, type Vnet } from './topology.ts';
import type { Entry } from './routes.ts';
import type { Leg } from '../rules/rule.ts';

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
