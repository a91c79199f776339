import { normaliseRegion } from './topology.ts';

// The public Azure regions a VNet can be placed in, by the programmatic name ARM, the CLI and
// Terraform take as a location, with the name the portal shows. `geography` is the group the
// portal puts a region under ("(Europe) West Europe"). Sovereign clouds, EUAP/stage regions and
// the geography-wide aliases (`europe`, `unitedstates`) are not VNet locations and are left out.
// A region opened after this list was written is still usable: it goes in as an "other" region,
// checked only for its shape (see isOtherRegionName).

export type AzureRegion = { readonly name: string; readonly displayName: string; readonly geography: string };

const region = (name: string, displayName: string, geography: string): AzureRegion => ({
  name,
  displayName,
  geography,
});

export const AZURE_REGIONS: readonly AzureRegion[] = [
  region('eastus', 'East US', 'US'),
  region('eastus2', 'East US 2', 'US'),
  region('centralus', 'Central US', 'US'),
  region('northcentralus', 'North Central US', 'US'),
  region('southcentralus', 'South Central US', 'US'),
  region('westcentralus', 'West Central US', 'US'),
  region('westus', 'West US', 'US'),
  region('westus2', 'West US 2', 'US'),
  region('westus3', 'West US 3', 'US'),
  region('canadacentral', 'Canada Central', 'Canada'),
  region('canadaeast', 'Canada East', 'Canada'),
  region('mexicocentral', 'Mexico Central', 'Mexico'),
  region('brazilsouth', 'Brazil South', 'South America'),
  region('brazilsoutheast', 'Brazil Southeast', 'South America'),
  region('chilecentral', 'Chile Central', 'South America'),
  region('northeurope', 'North Europe', 'Europe'),
  region('westeurope', 'West Europe', 'Europe'),
  region('austriaeast', 'Austria East', 'Europe'),
  region('belgiumcentral', 'Belgium Central', 'Europe'),
  region('denmarkeast', 'Denmark East', 'Europe'),
  region('francecentral', 'France Central', 'Europe'),
  region('francesouth', 'France South', 'Europe'),
  region('germanywestcentral', 'Germany West Central', 'Europe'),
  region('germanynorth', 'Germany North', 'Europe'),
  region('italynorth', 'Italy North', 'Europe'),
  region('norwayeast', 'Norway East', 'Europe'),
  region('norwaywest', 'Norway West', 'Europe'),
  region('polandcentral', 'Poland Central', 'Europe'),
  region('spaincentral', 'Spain Central', 'Europe'),
  region('swedencentral', 'Sweden Central', 'Europe'),
  region('swedensouth', 'Sweden South', 'Europe'),
  region('switzerlandnorth', 'Switzerland North', 'Europe'),
  region('switzerlandwest', 'Switzerland West', 'Europe'),
  region('uksouth', 'UK South', 'UK'),
  region('ukwest', 'UK West', 'UK'),
  region('australiacentral', 'Australia Central', 'Asia Pacific'),
  region('australiacentral2', 'Australia Central 2', 'Asia Pacific'),
  region('australiaeast', 'Australia East', 'Asia Pacific'),
  region('australiasoutheast', 'Australia Southeast', 'Asia Pacific'),
  region('newzealandnorth', 'New Zealand North', 'Asia Pacific'),
  region('eastasia', 'East Asia', 'Asia Pacific'),
  region('southeastasia', 'Southeast Asia', 'Asia Pacific'),
  region('indonesiacentral', 'Indonesia Central', 'Asia Pacific'),
  region('malaysiawest', 'Malaysia West', 'Asia Pacific'),
  region('japaneast', 'Japan East', 'Asia Pacific'),
  region('japanwest', 'Japan West', 'Asia Pacific'),
  region('koreacentral', 'Korea Central', 'Asia Pacific'),
  region('koreasouth', 'Korea South', 'Asia Pacific'),
  region('centralindia', 'Central India', 'Asia Pacific'),
  region('southindia', 'South India', 'Asia Pacific'),
  region('westindia', 'West India', 'Asia Pacific'),
  region('jioindiacentral', 'Jio India Central', 'Asia Pacific'),
  region('jioindiawest', 'Jio India West', 'Asia Pacific'),
  region('israelcentral', 'Israel Central', 'Middle East'),
  region('qatarcentral', 'Qatar Central', 'Middle East'),
  region('uaecentral', 'UAE Central', 'Middle East'),
  region('uaenorth', 'UAE North', 'Middle East'),
  region('southafricanorth', 'South Africa North', 'Africa'),
  region('southafricawest', 'South Africa West', 'Africa'),
];

const BY_NAME: ReadonlyMap<string, AzureRegion> = new Map(AZURE_REGIONS.map((r) => [r.name, r]));

/** True for the programmatic name of a catalogued region, exactly as Azure spells it. */
export function isAzureRegion(name: string): boolean {
  return BY_NAME.has(name);
}

/**
 * The catalogued region a design's text stands for. The rules read regions through
 * normaliseRegion, so "West Europe" and "west-europe" mean westeurope here too; anything else
 * (an uncatalogued or ill-formed name) gives undefined.
 */
export function findAzureRegion(text: string): AzureRegion | undefined {
  return BY_NAME.get(normaliseRegion(text));
}

// Azure's programmatic region names are lower-case letters and digits and nothing else; this
// shape is also what makes an uncatalogued name harmless to put in a command line.
const OTHER_REGION = /^[a-z][a-z0-9]{1,40}$/;

/** True when `name` has the shape of a programmatic region name, catalogued or not. */
export function isOtherRegionName(name: string): boolean {
  return OTHER_REGION.test(name);
}

export type RegionCheck = { ok: true; name: string } | { ok: false; problem: string };

/** An "other" region typed as free text: the name to store, or why it is not one. */
export function checkOtherRegion(text: string): RegionCheck {
  if (text === '') return { ok: false, problem: 'Enter the region’s programmatic name, such as westeurope.' };
  if (text.length > 41) return { ok: false, problem: 'Too long for an Azure region name (41 characters at most).' };
  if (!OTHER_REGION.test(text)) {
    return {
      ok: false,
      problem:
        'Not an Azure region name: use lower-case letters and digits only, starting with a letter, such as westeurope.',
    };
  }
  return { ok: true, name: text };
}
