// Which Azure regions an ExpressRoute Local circuit can reach from each peering location: the
// "Local Azure regions" column of Microsoft's "ExpressRoute peering locations and connectivity
// partners" page (https://learn.microsoft.com/azure/expressroute/expressroute-locations-providers),
// read from its source, MicrosoftDocs/azure-docs articles/expressroute/expressroute-locations-providers.md
// at commit 0034968231599d97f4958cbb4ed673ea9feb4c3c (ms.date 04/28/2026). Only the "Global
// commercial Azure" table is taken; the US Government and China tables are other clouds. A
// location the page marks as having no ExpressRoute Local has an empty list. Keys are the page's
// location names put through peeringLocationKey; regions are in ARM's compact form.

export const LOCAL_REGIONS: Readonly<Record<string, readonly string[]>> = {
  abudhabi: ['uaecentral'],
  amsterdam: ['westeurope'],
  amsterdam2: ['westeurope'],
  atlanta: [],
  atlanta2: [],
  auckland: ['newzealandnorth'],
  bangkok: [],
  berlin: ['germanynorth'],
  brussels: [],
  brussels2: [],
  busan: ['koreasouth'],
  campinas: ['brazilsouth'],
  canberra: ['australiacentral'],
  canberra2: ['australiacentral2'],
  capetown: ['southafricawest'],
  chennai: ['southindia'],
  chennai2: ['southindia'],
  chicago: ['northcentralus'],
  chicago2: ['northcentralus'],
  copenhagen: [],
  dallas: [],
  dallas2: [],
  denver: ['westcentralus'],
  doha: ['qatarcentral'],
  doha2: ['qatarcentral'],
  dubai: ['uaenorth'],
  dubai2: ['uaenorth'],
  dublin: ['northeurope'],
  dublin2: ['northeurope'],
  frankfurt: ['germanywestcentral'],
  frankfurt2: ['germanywestcentral'],
  geneva: ['switzerlandwest'],
  hongkong: ['eastasia'],
  hongkong2: ['eastasia'],
  jakarta: ['indonesiacentral'],
  jakarta2: ['indonesiacentral'],
  johannesburg: ['southafricanorth'],
  kualalumpur: ['malaysiawest'],
  kualalumpur2: ['malaysiawest'],
  lasvegas: [],
  london: ['uksouth'],
  london2: ['uksouth'],
  losangeles: [],
  losangeles2: [],
  madrid: ['spaincentral'],
  madrid2: ['spaincentral'],
  marseille: ['francesouth'],
  melbourne: ['australiasoutheast'],
  melbourne2: ['australiasoutheast'],
  miami: [],
  milan: ['italynorth'],
  milan2: ['italynorth'],
  minneapolis: [],
  montreal: [],
  mumbai: ['westindia'],
  mumbai2: ['westindia'],
  munich: [],
  newyork: [],
  newportwales: ['ukwest'],
  osaka: ['japanwest'],
  oslo: ['norwayeast'],
  paris: ['francecentral'],
  paris2: ['francecentral'],
  perth: [],
  phoenix: ['westus3'],
  phoenix2: ['westus3'],
  portland: ['westus2'],
  pune: ['centralindia'],
  quebeccity: ['canadaeast'],
  queretaromexico: ['mexicocentral'],
  quincy: ['westus2'],
  riodejaneiro: ['brazilsoutheast'],
  sanantonio: ['southcentralus'],
  santiago: [],
  saopaulo: ['brazilsouth'],
  saopaulo2: ['brazilsouth'],
  seattle: ['westus2'],
  seoul: ['koreacentral'],
  seoul2: ['koreacentral'],
  siliconvalley: ['westus'],
  siliconvalley2: ['westus'],
  singapore: ['southeastasia'],
  singapore2: ['southeastasia'],
  stavanger: ['norwaywest'],
  stockholm: ['swedencentral'],
  stockholm2: ['swedencentral'],
  sydney: ['australiaeast'],
  sydney2: ['australiaeast'],
  taipei: ['taiwannorth'],
  taipei2: ['taiwannorth'],
  telaviv: ['israelcentral'],
  telaviv2: ['israelcentral'],
  tokyo: ['japaneast'],
  tokyo2: ['japaneast'],
  tokyo3: ['japaneast'],
  toronto: ['canadacentral'],
  toronto2: ['canadacentral'],
  vancouver: [],
  vienna: [],
  vienna2: [],
  warsaw: ['polandcentral'],
  washingtondc: ['eastus', 'eastus2'],
  washingtondc2: ['eastus', 'eastus2'],
  zurich: ['switzerlandnorth'],
  zurich2: ['switzerlandnorth'],
};

// Other names the same page gives a location by. The page names each location's facility in its
// "Address" column; only facility names that identify one site (an operator with a site code or
// a named building) are listed, so a bare operator name ("Equinix", "CDC", "Airtel") that stands
// for several locations stays unmapped. The page writes some Digital Realty sites as "Digital
// Realty(Interxion) XXX"; either brand alone with the site code maps to the same place.
const FACILITY_NAMES: readonly (readonly [string, string])[] = [
  ['Etisalat KDC', 'abudhabi'],
  ['Equinix AM5', 'amsterdam'],
  ['Digital Realty(Interxion) AMS8', 'amsterdam2'],
  ['Equinix AT1', 'atlanta'],
  ['Digital Realty ATL14', 'atlanta2'],
  ['Vocus Group NZ Albany', 'auckland'],
  ['Digital Realty BRU4', 'brussels'],
  ['LCL Brussels-North', 'brussels2'],
  ['Teraco CT1', 'capetown'],
  ['Equinix CH1', 'chicago'],
  ['CoreSite CH1', 'chicago2'],
  ['Digital Realty(Interxion) CPH1', 'copenhagen'],
  ['Equinix DA3', 'dallas'],
  ['Equinix DA6', 'dallas'],
  ['Digital Realty DFW10', 'dallas2'],
  ['CoreSite DE1', 'denver'],
  ['MEEZA MV2', 'doha'],
  ['Equinix DB3', 'dublin'],
  ['Digital Realty(Interxion) DUB2', 'dublin2'],
  ['Digital Realty(Interxion) FRA11', 'frankfurt'],
  ['Equinix FR7', 'frankfurt2'],
  ['Equinix GV2', 'geneva'],
  ['Equinix HK1', 'hongkong'],
  ['iAdvantage MEGA-i', 'hongkong2'],
  ['NeutraDC HDC', 'jakarta'],
  ['NTT Global Data Center Indonesia', 'jakarta2'],
  ['Teraco JB1', 'johannesburg'],
  ['TIME dotCom Menara AIMS', 'kualalumpur'],
  ['Switch LV', 'lasvegas'],
  ['Equinix LD5', 'london'],
  ['Telehouse North Two', 'london2'],
  ['CoreSite LA1', 'losangeles'],
  ['Equinix LA1', 'losangeles2'],
  ['Digital Realty(Interxion) MAD1', 'madrid'],
  ['Equinix MD2', 'madrid2'],
  ['Digital Realty(Interxion) MRS1', 'marseille'],
  ['NextDC M1', 'melbourne'],
  ['Equinix M1', 'melbourne2'],
  ['Equinix MI1', 'miami'],
  ['Cologix MIN1', 'minneapolis'],
  ['Cologix MIN3', 'minneapolis'],
  ['Cologix MTL3', 'montreal'],
  ['Cologix MTL7', 'montreal'],
  ['Equinix NY5', 'newyork'],
  ['Equinix OS1', 'osaka'],
  ['DigiPlex Ulven', 'oslo'],
  ['Digital Realty(Interxion) PAR5', 'paris'],
  ['NextDC P1', 'perth'],
  ['EdgeConneX PHX01', 'phoenix'],
  ['EdgeConnex POR01', 'portland'],
  ['STT GDC Pune DC1', 'pune'],
  ['KIO Networks QR01', 'queretaromexico'],
  ['Sabey Datacenter - Building A', 'quincy'],
  ['Equinix-RJ2', 'riodejaneiro'],
  ['CyrusOne SA1', 'sanantonio'],
  ['EdgeConnex SCL', 'santiago'],
  ['Equinix SP2', 'saopaulo'],
  ['TIVIT TSM', 'saopaulo2'],
  ['Equinix SE2', 'seattle'],
  ['KINX Gasan IDC', 'seoul'],
  ['KT IDC', 'seoul2'],
  ['Equinix SV1', 'siliconvalley'],
  ['Coresite SV7', 'siliconvalley2'],
  ['Equinix SG1', 'singapore'],
  ['Global Switch Tai Seng', 'singapore2'],
  ['Green Mountain DC1', 'stavanger'],
  ['Equinix SK1', 'stockholm'],
  ['Digital Realty STO6', 'stockholm2'],
  ['Equinix SY2', 'sydney'],
  ['NextDC S1', 'sydney2'],
  ['Equinix TY4', 'tokyo'],
  ['Cologix TOR1', 'toronto'],
  ['Cologix VAN1', 'vancouver'],
  ['Digital Realty VIE1', 'vienna'],
  ['NTT Data VIE1', 'vienna2'],
  ['Equinix WA1', 'warsaw'],
  ['Equinix DC2', 'washingtondc'],
  ['Equinix DC6', 'washingtondc'],
  ['Coresite VA2', 'washingtondc2'],
  ['Digital Realty(Interxion) ZUR2', 'zurich'],
  ['Equinix ZH5', 'zurich2'],
];

// The page qualifies two location names with a country in brackets; the bare name means the same.
const SHORT_NAMES: readonly (readonly [string, string])[] = [
  ['Newport', 'newportwales'],
  ['Queretaro', 'queretaromexico'],
];

const DUAL_BRAND = /^Digital Realty\(Interxion\) (.+)$/;

function normalise(name: string): string {
  return name
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const ALIASES: ReadonlyMap<string, string> = (() => {
  const aliases = new Map<string, string>();
  for (const [name, location] of [...FACILITY_NAMES, ...SHORT_NAMES]) {
    aliases.set(normalise(name), location);
    const site = DUAL_BRAND.exec(name)?.[1];
    if (site !== undefined) {
      aliases.set(normalise(`Digital Realty ${site}`), location);
      aliases.set(normalise(`Interxion ${site}`), location);
    }
  }
  return aliases;
})();

/**
 * The key `name` has in LOCAL_REGIONS: lower-cased, with everything but a–z and 0–9 taken out
 * (accents are dropped from their letters first, so "São Paulo" is "saopaulo"). A facility name
 * the locations page gives for a peering location ("Equinix AM5") becomes that location's key.
 */
export function peeringLocationKey(name: string): string {
  const key = normalise(name);
  const alias = ALIASES.get(key);
  if (alias !== undefined || Object.hasOwn(LOCAL_REGIONS, key)) return alias ?? key;
  // An ExpressRoute Direct port names its site with the metro between the operator and the
  // facility ("Equinix-Amsterdam-AM5"): without the metro it is a facility name of that metro.
  for (const location of Object.keys(LOCAL_REGIONS)) {
    const at = key.indexOf(location);
    if (at > 0 && ALIASES.get(key.slice(0, at) + key.slice(at + location.length)) === location) return location;
  }
  return key;
}

/**
 * The regions a Local circuit at `peeringLocation` cannot reach `region` from (compact ARM form):
 * its local regions when `region` is not one of them; undefined when it is, or when the table does
 * not know the location (nothing is refused on a guess).
 */
export function localRegionsMissing(peeringLocation: string, region: string): readonly string[] | undefined {
  const regions = localRegionsOf(peeringLocation);
  if (!regions || regions.length === 0 || region === '') return undefined;
  return regions.includes(region) ? undefined : regions;
}

/**
 * The regions an ExpressRoute Local circuit at `peeringLocation` can reach: an empty list where
 * the page says ExpressRoute Local isn't offered there, undefined for a location not in the table.
 */
export function localRegionsOf(peeringLocation: string): readonly string[] | undefined {
  const key = peeringLocationKey(peeringLocation);
  return Object.hasOwn(LOCAL_REGIONS, key) ? LOCAL_REGIONS[key] : undefined;
}
