import { listAt, objectAt, textAt, type AzureResource } from './azure-resource.ts';
import type { ReadResources } from './read-resource-graph.ts';

// An exported ARM template (the portal's Export template, `az group export`) as resources. Exports
// write names and references as template expressions: `[parameters('…')]` with a default value,
// `[variables('…')]`, `[concat(…)]`, `[format(…)]` and `[resourceId(…)]`, and references to
// resources outside the export as `…_externalid` parameters. A small evaluator for those functions
// gives each resource its name and id; the subscription and resource group, which a template does
// not know, stand as placeholders (ids inside the export agree with each other, and those outside
// it keep the real ids their parameters hold). Child resources come inline and as resources of
// their own (`virtualNetworks/subnets`), or nested in their parent's `resources`.

const SUBSCRIPTION = 'template-subscription';
const RESOURCE_GROUP = 'template-resource-group';
/** The portal refuses to export a resource group with more than this many resources. */
const EXPORT_LIMIT = 200;

type Scope = { parameters: Record<string, unknown>; variables: Record<string, unknown>; depth: number };

export function isArmTemplate(value: unknown): boolean {
  const template = objectAt(value);
  return (
    Array.isArray(template.resources) &&
    (/deploymentTemplate\.json/i.test(textAt(template.$schema)) || typeof template.contentVersion === 'string')
  );
}

export function readArmTemplate(value: unknown): ReadResources {
  const template = objectAt(value);
  const warnings: string[] = [];
  const skipped: ReadResources['skipped'] = [];
  const parameters: Record<string, unknown> = {};
  for (const [name, parameter] of Object.entries(objectAt(template.parameters))) {
    parameters[name.toLowerCase()] = objectAt(parameter).defaultValue;
  }
  const scope: Scope = { parameters, variables: {}, depth: 0 };
  for (const [name, variable] of Object.entries(objectAt(template.variables))) {
    scope.variables[name.toLowerCase()] = variable;
  }
  const resources: AzureResource[] = [];
  const add = (raw: unknown, at: string, parent?: { type: string; name: string }) => {
    const fields = objectAt(evaluated(raw, scope));
    const ownType = textAt(fields.type);
    const ownName = textAt(fields.name);
    if (!ownType || !ownName) {
      skipped.push({
        at,
        reason: 'a resource without a type or a name (or with an expression this tool cannot work out)',
      });
      return;
    }
    const type =
      parent && !ownType.includes('/')
        ? `${parent.type}/${ownType}`
        : parent
          ? `${parent.type}/${ownType.split('/').pop()}`
          : ownType;
    const name = parent && !ownName.startsWith(`${parent.name}/`) ? `${parent.name}/${ownName}` : ownName;
    const id = resourceIdOf(type, name.split('/'));
    resources.push({
      id,
      key: id.toLowerCase(),
      type: type.toLowerCase(),
      name: name.split('/').pop() ?? name,
      location: textAt(fields.location).toLowerCase().replace(/\s+/g, ''),
      sku: objectAt(fields.sku),
      properties: objectAt(fields.properties),
    });
    listAt(objectAt(raw).resources).forEach((child, index) => add(child, `${at}.resources[${index}]`, { type, name }));
  };
  listAt(template.resources).forEach((resource, index) => add(resource, `resources[${index}]`));
  if (resources.length > EXPORT_LIMIT) {
    warnings.push(
      `The template holds ${resources.length} resources; the portal exports at most ${EXPORT_LIMIT} per resource group, so an export of a larger group is incomplete. Export each resource group, or use Resource Graph.`,
    );
  }
  return { resources, warnings, skipped };
}

/** The id ARM gives a resource of `type` named by `names` (one per level of the type). */
function resourceIdOf(
  type: string,
  names: readonly string[],
  subscription = SUBSCRIPTION,
  group = RESOURCE_GROUP,
): string {
  const [provider, ...kinds] = type.split('/');
  const path = kinds.map((kind, index) => `${kind}/${names[index] ?? ''}`).join('/');
  return `/subscriptions/${subscription}/resourceGroups/${group}/providers/${provider}/${path}`;
}

/** A template value with every expression in it worked out; an expression it cannot read becomes ''. */
function evaluated(value: unknown, scope: Scope): unknown {
  if (typeof value === 'string') return expression(value, scope);
  if (Array.isArray(value)) return value.map((item) => evaluated(item, scope));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'resources')
        .map(([key, inner]) => [key, evaluated(inner, scope)]),
    );
  }
  return value;
}

function expression(text: string, scope: Scope): unknown {
  if (!text.startsWith('[') || !text.endsWith(']') || text.startsWith('[[')) {
    return text.startsWith('[[') ? text.slice(1) : text;
  }
  if (scope.depth > 20) return '';
  try {
    const parser = new Parser(text.slice(1, -1), { ...scope, depth: scope.depth + 1 });
    const result = parser.value();
    return parser.done() ? result : '';
  } catch {
    return '';
  }
}

/** A recursive-descent reader of ARM's expression language, for the functions exports use. */
class Parser {
  private at = 0;
  constructor(
    private readonly source: string,
    private readonly scope: Scope,
  ) {}

  done(): boolean {
    this.space();
    return this.at === this.source.length;
  }

  value(): unknown {
    this.space();
    const ch = this.source[this.at];
    if (ch === "'") return this.string();
    if (ch !== undefined && /[-\d]/.test(ch)) return this.number();
    const name = this.word();
    if (!name) throw new Error('expected a value');
    let result: unknown;
    this.space();
    if (this.source[this.at] === '(') {
      this.at++;
      const args: unknown[] = [];
      this.space();
      if (this.source[this.at] !== ')') {
        for (;;) {
          args.push(this.value());
          this.space();
          if (this.source[this.at] === ',') {
            this.at++;
            continue;
          }
          break;
        }
      }
      this.expect(')');
      result = this.call(name.toLowerCase(), args);
    } else if (name === 'true' || name === 'false') {
      result = name === 'true';
    } else if (name === 'null') {
      result = null;
    } else {
      throw new Error(`unknown word ${name}`);
    }
    // Property and index access: resourceGroup().location, x['name'], x[0].
    for (;;) {
      this.space();
      const next = this.source[this.at];
      if (next === '.') {
        this.at++;
        result = objectAt(result)[this.word()];
      } else if (next === '[') {
        this.at++;
        const key = this.value();
        this.expect(']');
        result = Array.isArray(result) ? result[Number(key)] : objectAt(result)[textAt(key)];
      } else {
        return result;
      }
    }
  }

  private call(name: string, args: unknown[]): unknown {
    const text = (index: number) => textAt(args[index]);
    switch (name) {
      case 'parameters':
        return evaluated(this.scope.parameters[text(0).toLowerCase()], this.scope);
      case 'variables':
        return evaluated(this.scope.variables[text(0).toLowerCase()], this.scope);
      case 'concat':
        return args.every(Array.isArray) && args.length > 0 ? args.flat() : args.map((arg) => textAt(arg)).join('');
      case 'format':
        return text(0).replace(/\{(\d+)(?::[^}]*)?\}/g, (_match, index: string) => textAt(args[Number(index) + 1]));
      case 'tolower':
        return text(0).toLowerCase();
      case 'toupper':
        return text(0).toUpperCase();
      case 'string':
        return typeof args[0] === 'string' ? args[0] : JSON.stringify(args[0]);
      case 'subscription':
        return { subscriptionId: SUBSCRIPTION, id: `/subscriptions/${SUBSCRIPTION}` };
      case 'resourcegroup':
        return {
          name: RESOURCE_GROUP,
          location: '',
          id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/${RESOURCE_GROUP}`,
        };
      case 'resourceid': {
        // resourceId([subscriptionId,] [resourceGroupName,] type, name1, name2, …): the type is the first
        // argument with a slash.
        const typeAt = args.findIndex((arg) => typeof arg === 'string' && arg.includes('/'));
        if (typeAt < 0) return '';
        const before = args.slice(0, typeAt).map((arg) => textAt(arg));
        const group = before.length >= 1 ? before[before.length - 1] : RESOURCE_GROUP;
        const subscription = before.length >= 2 ? before[0] : SUBSCRIPTION;
        return resourceIdOf(
          text(typeAt),
          args.slice(typeAt + 1).map((arg) => textAt(arg)),
          subscription,
          group,
        );
      }
      default:
        throw new Error(`the function ${name}() is not one an export uses`);
    }
  }

  private string(): string {
    this.at++;
    let out = '';
    for (;;) {
      const ch = this.source[this.at];
      if (ch === undefined) throw new Error('an unterminated string');
      this.at++;
      if (ch === "'") {
        if (this.source[this.at] === "'") {
          out += "'";
          this.at++;
          continue;
        }
        return out;
      }
      out += ch;
    }
  }

  private number(): number {
    const match = /^-?\d+(\.\d+)?/.exec(this.source.slice(this.at));
    if (!match) throw new Error('expected a number');
    this.at += match[0].length;
    return Number(match[0]);
  }

  private word(): string {
    const match = /^[A-Za-z_][\w]*/.exec(this.source.slice(this.at));
    if (!match) return '';
    this.at += match[0].length;
    return match[0];
  }

  private space(): void {
    while (this.source[this.at] === ' ') this.at++;
  }

  private expect(ch: string): void {
    this.space();
    if (this.source[this.at] !== ch) throw new Error(`expected ${ch}`);
    this.at++;
  }
}
