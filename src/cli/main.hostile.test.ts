import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream';
import { evaluate, loadDesign, MAX_DESIGN_BYTES } from '../engine/index.ts';
import { EXIT, main } from './main.ts';
import { READ_CHUNK, readDesignInput, type InputStream } from './read-input.ts';
import { renderText } from './report-text.ts';
import { terminalJson, terminalText } from '../escape/terminal.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'fastpath-check-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[], stdin?: InputStream) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    ...(stdin ? { stdin } : {}),
  });
  return { code, stdout, stderr };
}

// What a terminal would obey: C0 and C1 controls (ESC, CR, BEL, backspace, CSI), and the
// direction overrides and isolates that reorder a line.
// eslint-disable-next-line no-control-regex -- the characters under test
const OBEYED = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDFFF]/;

const CLEAR = '\u001b[2J\u001b[H';
const FAKE_SUMMARY = '\rSummary: 0 flows; 0 expectations failed; 0 errors, 0 warnings';
const hostile = {
  format: 'fastpath-design',
  version: 1,
  title: `Lab ${CLEAR}\u0007\u009b2J\u202Edesrever`,
  nodes: [
    { id: 'site', kind: 'onPremises', label: `HQ ${CLEAR}${FAKE_SUMMARY}` },
    { id: 'er', kind: 'circuit', label: 'ER\b\b\bOK', props: { circuitType: 'direct' } },
    { id: 'hub', kind: 'vnet', label: 'Hub\u2066x\u2069', props: { region: 'westeurope' } },
    { id: 'gw', kind: 'gateway', label: 'GW\u009b31m', parentId: 'hub', props: { sku: 'ErGw3AZ' } },
    {
      id: 'vm\u001b]0;title\u0007',
      kind: 'vm',
      label: 'VM \uD800\nnext line',
      parentId: 'hub',
      props: { ip: '10.0.0.4' },
    },
  ],
  edges: [
    { id: 'l', kind: 'circuitLink', source: 'site', target: 'er' },
    { id: 'c', kind: 'connection', source: 'gw', target: 'er', props: { fastPath: true } },
    { id: `f${CLEAR}`, kind: 'flow', source: 'site', target: 'vm\u001b]0;title\u0007', props: { expect: 'gateway' } },
  ],
};

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('hostile input: terminal text', () => {
  it.each([
    ['\u001b[2J', '\\x1b[2J'],
    ['a\rb', 'a\\rb'],
    ['a\nb\tc', 'a\\nb\\tc'],
    ['\u0007\b\u007f', '\\x07\\x08\\x7f'],
    ['\u009b31m', '\\x9b31m'],
    ['\u202Eabc\u202C \u2066x\u2069', '\\u202eabc\\u202c \\u2066x\\u2069'],
    ['\uD800 \uD83D\uDE00', '\\ud800 \uD83D\uDE00'],
    ['Büro → Azure ✓', 'Büro → Azure ✓'],
  ])('shows %j as %j', (input, shown) => {
    expect(terminalText(input)).toBe(shown);
  });

  it('leaves JSON parsing back to the same value, with nothing a terminal obeys', () => {
    const value = { label: `${CLEAR}${FAKE_SUMMARY}\u009b\u202E\u2028\uD800\u007f` };
    const json = terminalJson(JSON.stringify(value, null, 2));
    expect(json.replace(/\n/g, '')).not.toMatch(OBEYED);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('hostile input: fastpath-check output', () => {
  const path = file('hostile.json', JSON.stringify(hostile));

  it('text mode prints no control character a label holds, and only the real summary', async () => {
    const { code, stdout, stderr } = await run([path, '--verbose']);
    expect(stderr).toBe('');
    expect(code).toBe(EXIT.failed); // the flow expects the gateway
    expect(stdout.replace(/\n/g, '')).not.toMatch(OBEYED);
    expect(stdout.match(/^Summary:/gm)).toHaveLength(1);
    expect(stdout).toMatch(/^Summary: 1 flow \(1 fastpath\); 1 expectation failed/m);
    expect(stdout).toContain('HQ \\x1b[2J\\x1b[H\\rSummary: 0 flows');
    expect(stdout).toContain('VM \\ud800\\nnext line');
    expect(stdout).toMatch(/^Lab \\x1b\[2J\\x1b\[H\\x07\\x9b2J\\u202edesrever: rules as of/);
  });

  it('the report renders each line of design text on its own line', () => {
    const loaded = loadDesign(hostile);
    if (!loaded.ok) throw new Error('hostile');
    const text = renderText(loaded.design, evaluate(loaded.design), true);
    const plain = { ...hostile, title: 'Lab', nodes: hostile.nodes.map((n) => ({ ...n, label: 'x' })) };
    const loadedPlain = loadDesign(plain);
    if (!loadedPlain.ok) throw new Error('plain');
    expect(text.split('\n')).toHaveLength(
      renderText(loadedPlain.design, evaluate(loadedPlain.design), true).split('\n').length,
    );
  });

  it('--json round-trips every label exactly and prints nothing a terminal obeys', async () => {
    const { code, stdout } = await run([path, '--json']);
    expect(code).toBe(EXIT.failed);
    expect(stdout.replace(/\n/g, '')).not.toMatch(OBEYED);
    const result = JSON.parse(stdout);
    const flow = result.flows[`f${CLEAR}`];
    expect(flow.path[0]).toEqual({ nodeId: 'site', label: hostile.nodes[0]?.label });
    expect(flow.path.at(-1).nodeId).toBe('vm\u001b]0;title\u0007');
  });

  it('problems quoting the file are escaped on stderr too', async () => {
    const bad = file('bad.json', JSON.stringify({ format: `x\u009b2J${CLEAR}\u202E` }));
    const { code, stderr } = await run([bad]);
    expect(code).toBe(EXIT.unreadable);
    expect(stderr).toMatch(/format: not a FastPath design/);
    expect(stderr.replace(/\n/g, '')).not.toMatch(OBEYED);
    const args = await run(['--rules', `2019${CLEAR}`, path]);
    expect(args.stderr.replace(/\n/g, '')).not.toMatch(OBEYED);
  });
});

describe('hostile input: fastpath-check reads no more than 10 MB from anything', () => {
  const LIMIT_MESSAGE = new RegExp(
    `is larger than ${MAX_DESIGN_BYTES / (1024 * 1024)} MB, the most a design file may hold`,
  );

  it.skipIf(process.platform === 'win32')('/dev/zero fails fast, naming the file and the limit', async () => {
    // How much is read is checked by the next test, by bytes rather than by time.
    const { code, stdout, stderr } = await run(['/dev/zero']);
    expect(code).toBe(EXIT.unreadable);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^fastpath-check: \/dev\/zero: /);
    expect(stderr).toMatch(LIMIT_MESSAGE);
  });

  it.skipIf(process.platform === 'win32')('stops one byte past the limit on a device that never ends', async () => {
    const read = await readDesignInput('/dev/zero', { limit: 100_000 });
    expect(read).toMatchObject({ ok: false, bytesRead: 100_001 });
  });

  it('refuses a regular file over the limit by its size, without reading it', async () => {
    const big = file('big.json', new Uint8Array(MAX_DESIGN_BYTES + 1));
    expect(await readDesignInput(big)).toMatchObject({
      ok: false,
      bytesRead: 0,
      message: expect.stringMatching(LIMIT_MESSAGE),
    });
    const { code, stderr } = await run([big]);
    expect(code).toBe(EXIT.unreadable);
    expect(stderr).toMatch(/big\.json: is larger than 10 MB/);
  });

  it.skipIf(process.platform === 'win32')('stops reading a FIFO that never ends', async () => {
    const fifo = join(dir, 'endless.fifo');
    execFileSync('mkfifo', [fifo]);
    // A writer pouring zeros in until the reader hangs up.
    const writer = new Promise<void>((done) =>
      pipeline(createReadStream('/dev/zero'), createWriteStream(fifo), () => done()),
    );
    const { code, stderr } = await run([fifo]);
    await writer;
    expect(code).toBe(EXIT.unreadable);
    expect(stderr).toMatch(/endless\.fifo: is larger than 10 MB/);
  });

  it('reads a design from standard input with "-", and stops reading one that never ends', async () => {
    async function* once() {
      yield new TextEncoder().encode(JSON.stringify({ ...hostile, title: 'From stdin' }));
    }
    const ok = await run(['-', '--json'], once());
    expect(ok.code).toBe(EXIT.failed);
    expect(JSON.parse(ok.stdout).flows).toBeDefined();

    let pulled = 0;
    let closed = false;
    async function* endless() {
      try {
        for (;;) {
          pulled++;
          yield new Uint8Array(READ_CHUNK);
        }
      } finally {
        closed = true;
      }
    }
    const read = await readDesignInput('-', { stdin: endless() });
    expect(read).toMatchObject({ ok: false, message: expect.stringMatching(LIMIT_MESSAGE) });
    expect(read.bytesRead).toBeLessThanOrEqual(MAX_DESIGN_BYTES + READ_CHUNK);
    expect(pulled).toBe(Math.floor(MAX_DESIGN_BYTES / READ_CHUNK) + 1);
    expect(closed).toBe(true);
  });

  it.skipIf(process.platform === 'win32')(
    'the bin exits 2 on /dev/zero and on an endless pipe, with the message',
    () => {
      const bin = join(root, 'bin/fastpath-check.js');
      const zero = spawnSync(process.execPath, [bin, '/dev/zero'], { encoding: 'utf8', timeout: 20_000 });
      expect(zero.status).toBe(EXIT.unreadable);
      expect(zero.stderr).toMatch(LIMIT_MESSAGE);
      const piped = spawnSync(
        'sh',
        ['-c', `head -c ${MAX_DESIGN_BYTES + 5} /dev/zero | "${process.execPath}" "${bin}" -`],
        { encoding: 'utf8', timeout: 20_000 },
      );
      expect(piped.status).toBe(EXIT.unreadable);
      expect(piped.stderr).toMatch(/standard input: is larger than 10 MB/);
    },
  );
});
