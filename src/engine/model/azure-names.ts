// What Azure accepts as the name of the resources a FastPath deployment touches, from "Naming
// rules and restrictions for Azure resources" (Microsoft.Network). The three share one rule
// today; they are listed apart so a resource type that diverges changes one line.

export const AZURE_RESOURCE_TYPES = ['connection', 'virtualNetworkGateway', 'expressRouteCircuit'] as const;
export type AzureResourceType = (typeof AZURE_RESOURCE_TYPES)[number];

type NameRule = { readonly min: number; readonly max: number };

const NETWORK_NAME: NameRule = { min: 1, max: 80 };

export const AZURE_NAME_RULES: Readonly<Record<AzureResourceType, NameRule>> = {
  connection: NETWORK_NAME,
  virtualNetworkGateway: NETWORK_NAME,
  expressRouteCircuit: NETWORK_NAME,
};

// ASCII only: Azure's "alphanumerics" are A–Z, a–z and 0–9, so a look-alike letter from another
// script is refused rather than passed on.
const ALLOWED = /^[A-Za-z0-9._-]*$/;
const FIRST = /^[A-Za-z0-9]/;
const LAST = /[A-Za-z0-9_]$/;

/** Why Azure would refuse `name` for a resource of `type`, or null when it would take it. */
export function resourceNameProblem(type: AzureResourceType, name: string): string | null {
  const rule = AZURE_NAME_RULES[type];
  if (name.length < rule.min) return 'is empty';
  if (name.length > rule.max) return `is longer than ${rule.max} characters`;
  if (!ALLOWED.test(name)) return 'may hold only letters, digits, underscores, periods and hyphens';
  if (!FIRST.test(name)) return 'must start with a letter or a digit';
  if (!LAST.test(name)) return 'must end with a letter, a digit or an underscore';
  return null;
}
