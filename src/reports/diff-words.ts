import {
  EDGE_NAMES,
  KIND_NAMES,
  type DesignEdge,
  type DesignNode,
  type FieldChange,
  type Finding,
  type FlowChange,
  type FlowOutcome,
  type PartChange,
} from '../engine/index.ts';
import { VERDICT_WORDS } from './verdict-words.ts';

// The words of a design diff, for every language it is written in (the checker's terminal text, the
// pull request comment, the app's report). Each function returns plain words built from design
// text: the caller escapes every piece for its own output language, through `escape`.

export type Escape = (text: string) => string;

export { VERDICT_WORDS };

export const EFFECT_WORDS: Readonly<Record<FlowChange['effect'], string>> = {
  worse: 'Worse',
  better: 'Better',
  neutral: 'Changed',
};

export const CHANGE_WORDS: Readonly<Record<PartChange<DesignNode>['change'], string>> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};

/** `#3 Backup (HQ → Hub VM)`, or `#3 HQ → Hub VM` for a flow without a name. */
export function flowTitle(flow: Pick<FlowChange, 'number' | 'label' | 'route'>, escape: Escape): string {
  return flow.label
    ? `#${flow.number} ${escape(flow.label)} (${escape(flow.route)})`
    : `#${flow.number} ${escape(flow.route)}`;
}

/** `Gateway`, `Gateway, expected FastPath: failed`; `none` for a side where the flow is not. */
export function outcomeWords(outcome: FlowOutcome | undefined): string {
  if (!outcome) return 'none';
  const verdict = VERDICT_WORDS[outcome.verdict];
  if (outcome.expectationMet === undefined || outcome.expected === undefined) return verdict;
  return `${verdict}, expected ${VERDICT_WORDS[outcome.expected]}: ${outcome.expectationMet ? 'met' : 'failed'}`;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * The findings that explain a flow's change, most telling first: for a flow that got better, those
 * it no longer has; otherwise those it gained (the one that decided the verdict first).
 */
export function reasonsFor(flow: FlowChange): { cleared: boolean; findings: Finding[] } {
  const cleared = flow.effect === 'better' || (flow.raised.length === 0 && flow.cleared.length > 0);
  const findings = [...(cleared ? flow.cleared : flow.raised)].sort(
    (a, b) => Number(!a.decisive) - Number(!b.decisive) || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return { cleared, findings };
}

/** `sku` for `props.sku`: what the inspector calls the field. */
export function fieldWords(field: string): string {
  return field.startsWith('props.') ? field.slice('props.'.length) : field;
}

/** A field's value in words: lists joined, an absent value `not set`. */
export function valueWords(value: unknown): string {
  if (value === undefined) return 'not set';
  if (Array.isArray(value)) return value.length ? value.map(valueWords).join(', ') : 'none';
  if (value === '') return 'empty';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** `sku ErGw3AZ → Standard`. */
export function fieldChangeWords(change: FieldChange, escape: Escape): string {
  return `${escape(fieldWords(change.field))} ${escape(valueWords(change.before))} → ${escape(valueWords(change.after))}`;
}

export function kindWords(change: PartChange<DesignNode> | PartChange<DesignEdge>): string {
  return (
    (KIND_NAMES as Record<string, string>)[change.kind] ??
    (EDGE_NAMES as Record<string, string>)[change.kind] ??
    change.kind
  );
}

/** `Changed ER gateway “GW 1”: sku ErGw3AZ → Standard`, `Added VM “web”`, with the id when it changed. */
export function partChangeWords(change: PartChange<DesignNode> | PartChange<DesignEdge>, escape: Escape): string {
  const head = `${CHANGE_WORDS[change.change]} ${kindWords(change)} “${escape(change.name)}”`;
  if (change.change !== 'changed') return head;
  const details = [
    ...(change.renamedFrom === undefined ? [] : [`id ${escape(change.renamedFrom)} → ${escape(change.id)}`]),
    ...change.fields.map((field) => fieldChangeWords(field, escape)),
  ];
  return details.length ? `${head}: ${details.join('; ')}` : head;
}
