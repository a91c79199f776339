import { findAzureRegion, isOtherRegionName, resourceNameProblem, type AzureResourceType } from '../../engine/index.ts';

// The design values a deployment snippet is made of, each checked against what Azure accepts
// before it can be written into a command. A value that fails is refused: the snippet gets a
// placeholder in its place and the refusal says which field and why. Nothing is repaired
// silently, and a refused value is never written, not even quoted.

export type SnippetField = 'connection' | 'gateway' | 'circuit' | 'region' | 'routingWeight';

export type Refusal = {
  field: SnippetField;
  /** The design's value, as text, for showing (never for running). */
  value: string;
  /** What is wrong with it, to read after the field's name: "is not an Azure region". */
  problem: string;
  /** What the snippets hold instead. */
  placeholder: string;
};

/** A value that may go into a snippet, or the placeholder that stands in for a refused one. */
export type Checked<T> = { ok: true; value: T } | { ok: false; placeholder: string };

export const FIELD_NAMES: Readonly<Record<SnippetField, string>> = {
  connection: 'Connection name',
  gateway: 'Gateway name',
  circuit: 'Circuit name',
  region: 'Region',
  routingWeight: 'Routing weight',
};

// Placeholders are plain ASCII and are quoted like any value, so each one is an inert string in
// every language and fails loudly in Azure if run unchanged.
export const PLACEHOLDERS: Readonly<Record<SnippetField, string>> = {
  connection: '<connection-name>',
  gateway: '<gateway-name>',
  circuit: '<circuit-name>',
  region: '<location>',
  routingWeight: '<routing-weight>',
};

const RESOURCE_TYPES: Readonly<Record<'connection' | 'gateway' | 'circuit', AzureResourceType>> = {
  connection: 'connection',
  gateway: 'virtualNetworkGateway',
  circuit: 'expressRouteCircuit',
};

/** Routing weight bounds, as the document schema and ARM have them. */
export const ROUTING_WEIGHT = { min: 0, max: 32_000 } as const;

/** Collects refusals while checking; one per refused field. */
export class ValueChecker {
  readonly refused: Refusal[] = [];

  private refuse<T>(field: SnippetField, value: unknown, problem: string): Checked<T> {
    this.refused.push({
      field,
      value: typeof value === 'string' ? value : String(value),
      problem,
      placeholder: PLACEHOLDERS[field],
    });
    return { ok: false, placeholder: PLACEHOLDERS[field] };
  }

  name(field: 'connection' | 'gateway' | 'circuit', name: string): Checked<string> {
    const problem = resourceNameProblem(RESOURCE_TYPES[field], name);
    return problem ? this.refuse(field, name, problem) : { ok: true, value: name };
  }

  /**
   * A catalogued region is written as the catalogue spells it ("West Europe" becomes westeurope,
   * as the rules read it); an uncatalogued one only when it has the shape of a region name.
   */
  region(text: unknown): Checked<string> {
    if (typeof text !== 'string' || text.trim() === '') return this.refuse('region', text ?? '', 'is not set');
    const known = findAzureRegion(text);
    if (known) return { ok: true, value: known.name };
    if (isOtherRegionName(text)) return { ok: true, value: text };
    return this.refuse('region', text, 'is not an Azure region');
  }

  routingWeight(weight: unknown): Checked<number> {
    if (
      typeof weight === 'number' &&
      Number.isInteger(weight) &&
      weight >= ROUTING_WEIGHT.min &&
      weight <= ROUTING_WEIGHT.max
    )
      return { ok: true, value: weight };
    return this.refuse(
      'routingWeight',
      weight,
      `must be a whole number from ${ROUTING_WEIGHT.min} to ${ROUTING_WEIGHT.max}`,
    );
  }
}

/** "Region "west europe!" is not an Azure region: replaced by <location>." */
export function refusalMessage(refusal: Refusal): string {
  const value = refusal.value === '' ? '' : ` ${showValue(refusal.value)}`;
  return `${FIELD_NAMES[refusal.field]}${value} ${refusal.problem}: replaced by ${refusal.placeholder}.`;
}

const SHOWN_LENGTH = 60;

/**
 * A value quoted for reading: controls shown as \u{…} so a newline or a bidi override cannot
 * hide what follows, and long values cut short.
 */
export function showValue(value: string): string {
  const visible = value.replace(
    /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu,
    (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`,
  );
  const chars = [...visible];
  return `“${chars.length > SHOWN_LENGTH ? `${chars.slice(0, SHOWN_LENGTH).join('')}…` : visible}”`;
}
