import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resourceNameProblem, type Design, type DesignEdgeOf } from '../../engine/index.ts';
import { DesignDraft } from '../../engine/testing/design-builder.ts';
import { bashQuote, bicepQuote, commentText, hclQuote, powershellQuote } from './snippet-quoting.ts';
import { azureName, connectionSnippets, type SnippetLanguage } from './snippets.ts';

// Designs come from files and share links anyone can write, and the snippets are pasted into
// shells. Every hostile value below is put in every place a design value reaches the snippets;
// the Azure CLI snippet is then run for real by bash (with `az` a function that prints its
// arguments), and the other three languages are read back with small lexers of their quoting.

const HOSTILE: readonly (readonly [string, string])[] = [
  ['a command after a separator', 'westeurope; touch PWNED #'],
  ['a command substitution', '$(touch PWNED)'],
  ['backticks', '`touch PWNED`'],
  ['a substitution in double quotes', '"$(touch PWNED)"'],
  ['a single quote', "westeurope'; touch PWNED; echo '"],
  ['typographic single quotes', 'westeurope’; touch PWNED; ‘'],
  ['a PowerShell subexpression', '$(Remove-Item -Recurse -Force ~)'],
  ['a Terraform interpolation', '${file("/etc/passwd")}'],
  ['a Terraform directive', '%{ for x in [1] }PWNED%{ endfor }'],
  ['a Bicep break-out', "westeurope'\nresource pwned 'x' = {}\n//"],
  ['a newline', 'westeurope\ntouch PWNED'],
  ['a carriage return', 'westeurope\rtouch PWNED'],
  ['a NUL', 'westeurope\0touch PWNED'],
  ['a Unicode line separator', 'westeurope\u2028touch PWNED'],
  ['a bidi override', 'westeurope\u202E#DENWP hcuot'],
  ['a Cyrillic look-alike', 'wеsteurope'],
  ['full-width letters', 'ｗｅｓｔｅｕｒｏｐｅ'],
  ['a very long value', 'westeurope'.repeat(1000)],
];

const PLACES = ['region', 'gateway label', 'circuit label', 'connection label', 'gateway id'] as const;
type Place = (typeof PLACES)[number];

const GATEWAY = 'Hub-ER-Gateway';
const CIRCUIT = 'ER-Amsterdam-Equinix';

/** A valid design, then the hostile value put in place behind the loader's back. */
function hostileDesign(place: Place, value: string): { design: Design; connection: DesignEdgeOf<'connection'> } {
  const built = new DesignDraft()
    .node('site', 'onPremises', { prefixes: ['172.16.0.0/16'] })
    .node('er', 'circuit', { circuitType: 'direct', bandwidthMbps: 10000 })
    .node('hub', 'vnet', { region: 'westeurope', addressSpace: ['10.0.0.0/16'] })
    .node('gw', 'gateway', { sku: 'ErGw3AZ' }, 'hub')
    .edge('link', 'circuitLink', 'site', 'er')
    .edge('conn', 'connection', 'gw', 'er', { fastPath: true })
    .build();
  const gwId = place === 'gateway id' ? value : 'gw';
  const nodes = built.nodes.map((n) => {
    if (n.kind === 'vnet' && place === 'region') return { ...n, props: { ...n.props, region: value } };
    if (n.id === 'gw')
      return { ...n, id: gwId, label: place === 'gateway label' ? value : place === 'gateway id' ? '' : GATEWAY };
    if (n.id === 'er') return { ...n, label: place === 'circuit label' ? value : CIRCUIT };
    return n;
  });
  const edges = built.edges.map((e) => (e.source === 'gw' ? { ...e, source: gwId } : e));
  if (place === 'connection label') {
    const index = edges.findIndex((e) => e.kind === 'connection');
    edges[index] = { ...edges[index]!, label: value };
  }
  const design = { ...built, nodes, edges } as Design;
  const connection = design.edges.find((e): e is DesignEdgeOf<'connection'> => e.kind === 'connection')!;
  return { design, connection };
}

type Expected = { connection: string; gateway: string; circuit: string; location: string };

/** What Azure should be handed: the name the label makes, or the placeholder if Azure would refuse it. */
const accepted = (name: string, placeholder: string) => (resourceNameProblem('connection', name) ? placeholder : name);

function expected(place: Place, value: string): Expected {
  const gatewayName = place === 'gateway label' ? azureName(value, 'gw') : place === 'gateway id' ? value : GATEWAY;
  const circuitName = place === 'circuit label' ? azureName(value, 'er') : CIRCUIT;
  const derived = azureName(`${gatewayName}-to-${circuitName}`, '');
  return {
    connection: accepted(place === 'connection label' ? azureName(value, derived) : derived, '<connection-name>'),
    gateway: accepted(gatewayName, '<gateway-name>'),
    circuit: accepted(circuitName, '<circuit-name>'),
    location: place === 'region' ? '<location>' : 'westeurope',
  };
}

const cases = PLACES.flatMap((place) => HOSTILE.map(([what, value]) => ({ place, what, value })));

function codeOf(place: Place, value: string): Record<SnippetLanguage, string> {
  const { design, connection } = hostileDesign(place, value);
  const out = connectionSnippets(design, connection, null);
  return Object.fromEntries(out.snippets.map((s) => [s.language, s.code])) as Record<SnippetLanguage, string>;
}

const benign = codeOf('region', 'westeurope');

// ---- bash ---------------------------------------------------------------------------------

const scratch = mkdtempSync(join(tmpdir(), 'fastpath-snippet-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const END = '::end-of-az::';
const FAKE_AZ = `az() { printf '%s\\n' "$@"; printf '%s\\n' '${END}'; }\n`;

/** Runs `script` in bash in an empty directory with `az` faked; the calls made, and what was left behind. */
function runBash(script: string): {
  calls: string[][];
  stdout: string;
  stderr: string;
  status: number | null;
  files: string[];
} {
  const dir = mkdtempSync(join(scratch, 'run-'));
  const run = spawnSync('bash', ['--norc', '--noprofile'], {
    input: FAKE_AZ + script,
    cwd: dir,
    encoding: 'utf8',
    timeout: 10_000,
  });
  const calls: string[][] = [];
  let call: string[] = [];
  for (const line of run.stdout.split('\n').slice(0, -1)) {
    if (line === END) {
      calls.push(call);
      call = [];
    } else call.push(line);
  }
  return { calls, stdout: run.stdout, stderr: run.stderr, status: run.status, files: readdirSync(dir) };
}

describe('the test harness', () => {
  it('notices an injected command: the unquoted region of old runs `touch`', () => {
    const run = runBash('az network vpn-connection create --location westeurope; touch PWNED #\n');
    expect(run.files).toEqual(['PWNED']);
  });
});

describe('the Azure CLI snippet, run by bash, with hostile design values', () => {
  it.each(cases)(
    '$what in the $place: bash parses it and az gets exactly the intended arguments',
    ({ place, value }) => {
      const code = codeOf(place, value).cli;
      const syntax = spawnSync('bash', ['-n'], { input: code, encoding: 'utf8' });
      expect(syntax.stderr).toBe('');
      expect(syntax.status).toBe(0);

      const run = runBash(code);
      expect(run.files).toEqual([]);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const e = expected(place, value);
      expect(run.calls).toEqual([
        [
          'network',
          'vpn-connection',
          'create',
          '--name',
          e.connection,
          '--resource-group',
          'my-resource-group',
          '--vnet-gateway1',
          e.gateway,
          '--express-route-circuit2',
          e.circuit,
          '--location',
          e.location,
          '--routing-weight',
          '0',
          '--express-route-gateway-bypass',
          'true',
        ],
        [
          'network',
          'vpn-connection',
          'update',
          '--name',
          e.connection,
          '--resource-group',
          'my-resource-group',
          '--express-route-gateway-bypass',
          'true',
        ],
        [
          'network',
          'vpn-connection',
          'show',
          '--name',
          e.connection,
          '--resource-group',
          'my-resource-group',
          '--query',
          'expressRouteGatewayBypass',
        ],
      ]);
    },
  );
});

// ---- every language -------------------------------------------------------------------------

describe('every snippet, with hostile design values', () => {
  it.each(cases)('$what in the $place never reaches the code, and no line is added', ({ place, value }) => {
    for (const [language, code] of Object.entries(codeOf(place, value))) {
      expect(code.includes(value), language).toBe(false);
      expect(code.split('\n').length, language).toBe(benign[language as SnippetLanguage].split('\n').length);
      // No control character but the line ends, no invisible or reordering character.
      expect(code, language).not.toMatch(/[^\P{Cc}\n]|[\p{Cf}\p{Zl}\p{Zp}]/u);
    }
  });

  it.each(PLACES)('refuses each ill-formed value in the %s and says which field', (place) => {
    for (const [, value] of HOSTILE) {
      const { design, connection } = hostileDesign(place, value);
      const out = connectionSnippets(design, connection, null);
      const refusedRaw = out.refused.map((r) => r.value);
      if (place === 'region' || place === 'gateway id') expect(refusedRaw).toContain(value);
      // A label only ever reaches Azure as the name azureName makes of it, so it is never refused as typed.
      else expect(refusedRaw).not.toContain(value);
    }
  });
});

// ---- PowerShell -----------------------------------------------------------------------------

const PS_QUOTE = "['\u2018\u2019\u201A\u201B]";
const PS_LITERAL = new RegExp(`${PS_QUOTE}((?:(?!${PS_QUOTE}).|${PS_QUOTE}${PS_QUOTE})*)${PS_QUOTE}`, 'gs');

/** The code with every single-quoted literal replaced by 'S' and the header comment dropped. */
const psSkeleton = (code: string) => code.split('\n').slice(1).join('\n').replace(PS_LITERAL, "'S'");

describe('the PowerShell snippet, with hostile design values', () => {
  it.each(cases)('$what in the $place: values only inside single-quoted literals', ({ place, value }) => {
    const code = codeOf(place, value).powershell;
    const e = expected(place, value);
    // Nothing PowerShell would expand: no double-quoted strings, no subexpressions.
    expect(code).not.toContain('"');
    expect(code).not.toContain('$(');
    expect(psSkeleton(code)).toBe(psSkeleton(benign.powershell));
    const argument = (flag: string) =>
      [...code.matchAll(new RegExp(`${flag} ${PS_LITERAL.source}`, 'g'))].map((m) =>
        m[1]!.replace(new RegExp(`(${PS_QUOTE})\\1`, 'g'), '$1'),
      );
    expect(argument('Get-AzExpressRouteCircuit -Name')).toEqual([e.circuit]);
    expect(argument('Get-AzVirtualNetworkGateway -Name')).toEqual([e.gateway]);
    expect(argument('Connection -Name')).toEqual([e.connection, e.connection]);
    expect(argument('-Location')).toEqual([e.location]);
  });
});

// ---- Bicep and Terraform --------------------------------------------------------------------

/**
 * Reads a Bicep single-quoted string body the way Bicep does; throws where the body would end
 * the string or start an interpolation.
 */
function readBicep(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === '\\') {
      const next = body[++i];
      if (next === 'n') out += '\n';
      else if (next === 'r') out += '\r';
      else if (next === 't') out += '\t';
      else if (next === 'u') {
        const end = body.indexOf('}', i);
        out += String.fromCodePoint(parseInt(body.slice(i + 2, end), 16));
        i = end;
      } else if (next === '\\' || next === "'" || next === '$') out += next;
      else throw new Error(`unknown escape \\${next}`);
    } else if (char === "'") throw new Error('string ends early');
    else if (char === '$' && body[i + 1] === '{') throw new Error('interpolation');
    else if (/[\n\r]/.test(char)) throw new Error('line break in a one-line string');
    else out += char;
  }
  return out;
}

/** Reads a Terraform quoted string body the way HCL does; throws on an interpolation or directive. */
function readHcl(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === '\\') {
      const next = body[++i];
      if (next === 'n') out += '\n';
      else if (next === 'r') out += '\r';
      else if (next === 't') out += '\t';
      else if (next === 'u') {
        out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
        i += 4;
      } else if (next === '\\' || next === '"') out += next;
      else throw new Error(`unknown escape \\${next}`);
    } else if ((char === '$' || char === '%') && body[i + 1] === char && body[i + 2] === '{') {
      out += `${char}{`;
      i += 2;
    } else if ((char === '$' || char === '%') && body[i + 1] === '{') throw new Error('template sequence');
    else if (char === '"') throw new Error('string ends early');
    else if (/[\n\r]/.test(char)) throw new Error('line break in a quoted string');
    else out += char;
  }
  return out;
}

const BICEP_LITERAL = /'((?:[^'\\\n]|\\.)*)'/g;
const HCL_LITERAL = /"((?:[^"\\\n]|\\.)*)"/g;

describe('the Bicep and Terraform snippets, with hostile design values', () => {
  it.each(cases)('$what in the $place: each literal reads back as a plain value', ({ place, value }) => {
    const { bicep, terraform } = codeOf(place, value);
    const e = expected(place, value);
    const bicepValues = [...bicep.matchAll(BICEP_LITERAL)].map((m) => readBicep(m[1]!));
    expect(bicepValues).toEqual([
      e.location,
      'Microsoft.Network/virtualNetworkGateways@2023-09-01',
      e.gateway,
      'Microsoft.Network/expressRouteCircuits@2023-09-01',
      e.circuit,
      'Microsoft.Network/connections@2023-09-01',
      e.connection,
      'ExpressRoute',
    ]);
    const hclValues = [...terraform.matchAll(HCL_LITERAL)].map((m) => readHcl(m[1]!));
    expect(hclValues).toEqual([
      'azurerm_virtual_network_gateway',
      expect.stringMatching(/^[a-z][a-z0-9_]*$/),
      e.gateway,
      'azurerm_express_route_circuit',
      expect.stringMatching(/^[a-z][a-z0-9_]*$/),
      e.circuit,
      'azurerm_virtual_network_gateway_connection',
      expect.stringMatching(/^[a-z][a-z0-9_]*$/),
      e.connection,
      e.location,
      'ExpressRoute',
    ]);
    // Outside the literals, no template sequence of either language.
    expect(bicep.replace(BICEP_LITERAL, "''")).not.toMatch(/\$\{/);
    expect(terraform.replace(HCL_LITERAL, '""')).not.toMatch(/[$%]\{/);
  });
});

// ---- the quoting functions alone, as if a check had let the value through ------------------

describe('each quoting function holds on its own', () => {
  const values = HOSTILE.map(([, value]) => value);

  it('bash: the quoted word is the value again, and runs nothing', () => {
    for (const value of values) {
      const run = runBash(`printf '%s' ${bashQuote(value)}\n`);
      expect(run.files).toEqual([]);
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(value.replaceAll('\0', ''));
    }
  });

  it('PowerShell: one verbatim literal, every quote character doubled', () => {
    for (const value of values) {
      const quoted = powershellQuote(value);
      const whole = new RegExp(`^${PS_LITERAL.source}$`, 's').exec(quoted);
      expect(whole).not.toBeNull();
      expect(whole![1]!.replace(new RegExp(`(${PS_QUOTE})\\1`, 'g'), '$1')).toBe(value);
    }
  });

  it('Bicep: no early end, no ${ interpolation, reads back as the value', () => {
    for (const value of values) {
      const quoted = bicepQuote(value);
      expect(quoted.startsWith("'") && quoted.endsWith("'")).toBe(true);
      expect(readBicep(quoted.slice(1, -1))).toBe(value);
    }
    expect(bicepQuote("it's ${x} \\")).toBe("'it\\'s \\${x} \\\\'");
  });

  it('Terraform: no early end, ${ and %{ doubled, reads back as the value', () => {
    for (const value of values) {
      const quoted = hclQuote(value);
      expect(quoted.startsWith('"') && quoted.endsWith('"')).toBe(true);
      expect(readHcl(quoted.slice(1, -1))).toBe(value);
    }
    expect(hclQuote('${file("/etc/passwd")} %{ if }')).toBe('"$${file(\\"/etc/passwd\\")} %%{ if }"');
    expect(hclQuote('$${x}')).toBe('"$$${x}"');
  });

  it('comments: nothing can end or reorder the comment line', () => {
    for (const value of values) expect(commentText(value)).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
  });
});
