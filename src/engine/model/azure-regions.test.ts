import { describe, expect, it } from 'vitest';
import { AZURE_REGIONS, checkOtherRegion, findAzureRegion, isAzureRegion, isOtherRegionName } from './azure-regions.ts';
import { LIMITED_GA_REGIONS, PRIVATE_LINK_REGIONS_2025_11 } from './regions.ts';

describe('the Azure region catalogue', () => {
  it('holds each programmatic name once, each in the shape Azure gives them', () => {
    const names = AZURE_REGIONS.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(55);
    for (const region of AZURE_REGIONS) {
      expect(isOtherRegionName(region.name), region.name).toBe(true);
      // The programmatic name is the display name without spaces, in lower case.
      expect(region.displayName.toLowerCase().replace(/ /g, '')).toBe(region.name);
      expect(region.geography).not.toBe('');
    }
  });

  it('knows every region the FastPath documentation names', () => {
    for (const name of [...LIMITED_GA_REGIONS, ...PRIVATE_LINK_REGIONS_2025_11])
      expect(isAzureRegion(name), name).toBe(true);
  });

  it.each([
    ['westeurope', 'westeurope'],
    ['West Europe', 'westeurope'],
    ['east-us-2', 'eastus2'],
    ['SwedenCentral', 'swedencentral'],
  ])('finds %j as %s, as the rules read regions', (text, name) => {
    expect(findAzureRegion(text)?.name).toBe(name);
  });

  it.each(['', 'atlantiscentral', 'westeurope; touch PWNED #', 'wеsteurope'])('does not find %j', (text) => {
    expect(findAzureRegion(text)).toBeUndefined();
  });

  it('takes only exact programmatic names as catalogued', () => {
    expect(isAzureRegion('westeurope')).toBe(true);
    expect(isAzureRegion('West Europe')).toBe(false);
  });
});

describe('an "other" region typed as free text', () => {
  it.each(['westeurope', 'atlantiscentral', 'newregion2', 'ab'])('accepts %j', (text) => {
    expect(checkOtherRegion(text)).toEqual({ ok: true, name: text });
  });

  it.each([
    '',
    'a',
    'West Europe',
    'west-europe',
    '2westeurope',
    'westeurope; touch PWNED #',
    '$(touch PWNED)',
    'westeurope\n',
    'wеsteurope',
    'a'.repeat(42),
  ])('refuses %j with a reason', (text) => {
    const check = checkOtherRegion(text);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problem).not.toBe('');
  });
});
