import { PACKS } from '../../engine/index.ts';

/** Every rule pack as `<option>`s, `latest` with the date it stands for. */
export function PackOptions() {
  return PACKS.map((pack) => (
    <option key={pack.id} value={pack.id}>
      {pack.id === 'latest' ? `latest (${pack.date})` : pack.id}
    </option>
  ));
}
