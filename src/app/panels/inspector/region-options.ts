import { AZURE_REGIONS, findAzureRegion, type AzureRegion } from '../../../engine/index.ts';

// What the region combobox offers for what has been typed, kept apart from the component so it
// can be tested without a DOM.

/** The last choice of the list: leave the catalogue and type a name. */
export const OTHER_REGION_LABEL = 'Other region…';

const squash = (text: string) => text.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * Catalogued regions matching `query` by display name, programmatic name or geography, those
 * that start with it first; all of them for an empty query.
 */
export function filterRegions(query: string): AzureRegion[] {
  const q = squash(query);
  if (q === '') return [...AZURE_REGIONS];
  const starts: AzureRegion[] = [];
  const contains: AzureRegion[] = [];
  for (const region of AZURE_REGIONS) {
    const name = region.name;
    const display = squash(region.displayName);
    if (name.startsWith(q) || display.startsWith(q)) starts.push(region);
    else if (name.includes(q) || display.includes(q) || squash(region.geography).includes(q)) contains.push(region);
  }
  // An exact name leads, so that typing "eastus" then Enter picks East US and not East US 2.
  const exact = findAzureRegion(query);
  const ordered = [...starts, ...contains];
  return exact ? [exact, ...ordered.filter((r) => r !== exact)] : ordered;
}

/** The text the combobox shows for a stored region when it is not being edited. */
export function regionText(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  return findAzureRegion(value)?.displayName ?? OTHER_REGION_LABEL;
}

/** True when a stored region is set but is not in the catalogue: it is edited as an "other" region. */
export function isOtherRegion(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && !findAzureRegion(value);
}
