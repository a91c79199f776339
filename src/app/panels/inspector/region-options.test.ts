import { describe, expect, it } from 'vitest';
import { AZURE_REGIONS } from '../../../engine/index.ts';
import { filterRegions, isOtherRegion, OTHER_REGION_LABEL, regionText } from './region-options.ts';

describe('the region combobox choices', () => {
  it('offers every catalogued region before anything is typed', () => {
    expect(filterRegions('')).toEqual(AZURE_REGIONS);
  });

  it.each([
    ['westeurope', 'westeurope'],
    ['West Europe', 'westeurope'],
    ['west eu', 'westeurope'],
    ['sweden', 'swedencentral'],
    ['eastus', 'eastus'],
  ])('puts the region %j names first', (query, first) => {
    expect(filterRegions(query)[0]?.name).toBe(first);
  });

  it('finds regions by a word inside the name and by geography', () => {
    expect(filterRegions('central').map((r) => r.name)).toContain('swedencentral');
    expect(filterRegions('middle east').map((r) => r.name)).toEqual([
      'israelcentral',
      'qatarcentral',
      'uaecentral',
      'uaenorth',
    ]);
  });

  it('offers nothing for text no region matches', () => {
    expect(filterRegions('westeurope; touch PWNED #')).toEqual([]);
  });

  it.each([
    ['westeurope', 'West Europe', false],
    ['East US', 'East US', false],
    ['', '', false],
    ['atlantiscentral', OTHER_REGION_LABEL, true],
  ])('shows the stored region %j as %j', (value, text, other) => {
    expect(regionText(value)).toBe(text);
    expect(isOtherRegion(value)).toBe(other);
  });
});
