import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from './test.ts';
import { DesignerPage } from './pages/designer-page.ts';
import { startTeamServer, type TeamServer } from '../src/server/serve.ts';

// Scaling out: two team servers (`npm run serve`) behind what would be a load balancer, sharing
// their rooms through a real Redis (redis-server from Debian, started here on 127.0.0.1 and
// stopped after). Two people in one room, each connected to a different instance, see each
// other's edits.

const redisBinary = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
test.skip(
  !redisBinary && !process.env.CI,
  'redis-server is not installed here (apt-get install redis-server); CI installs it',
);

let redis: ChildProcess | null = null;
const servers: TeamServer[] = [];
const folder = mkdtempSync(join(tmpdir(), 'fastpath-redis-'));

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

async function redisAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      done(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => done(false));
  });
}

test.beforeAll(async () => {
  if (!redisBinary) throw new Error('redis-server is needed for this test: apt-get install redis-server');
  const port = await freePort();
  redis = spawn(redisBinary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  for (let tries = 0; !(await redisAnswers(port)); tries++) {
    if (tries > 100) throw new Error('redis-server did not answer');
    await new Promise((wait) => setTimeout(wait, 50));
  }
  for (const name of ['a', 'b'])
    servers.push(
      await startTeamServer({
        dist: resolve('dist'),
        database: join(folder, `${name}.sqlite`),
        port: 0,
        redis: { host: '127.0.0.1', port },
      }),
    );
});

test.afterAll(async () => {
  for (const server of servers.splice(0)) await server.stop();
  redis?.kill();
  rmSync(folder, { recursive: true, force: true });
});

async function giveName(designer: DesignerPage, name: string): Promise<void> {
  const asked = designer.page.getByRole('dialog', { name: 'Your name for the review' });
  await asked.getByRole('textbox', { name: 'Name' }).fill(name);
  await asked.getByRole('button', { name: 'Save and continue' }).click();
}

test('two people on two server instances share one room through Redis', async ({ browser }) => {
  const [a, b] = servers as [TeamServer, TeamServer];
  const host = new DesignerPage(await (await browser.newContext()).newPage());
  await host.page.goto(`${a.url}/`);
  await expect(host.flowEdge('f-onprem-hub')).toHaveAttribute('data-verdict', 'fastpath');
  await host.page.getByRole('button', { name: 'Live', exact: true }).click();
  // A browser that has no name yet asks for one when a session starts or is joined.
  await giveName(host, 'Al');
  const link = new URL(
    await host.page
      .getByRole('dialog', { name: 'Live session' })
      .getByRole('textbox', { name: 'Room link' })
      .inputValue(),
  );
  expect(link.origin).toBe(a.url);

  // The same room, through the other instance.
  const guest = new DesignerPage(await (await browser.newContext()).newPage());
  await guest.page.goto(`${b.url}/${link.search}`);
  await giveName(guest, 'Bo');
  await expect(host.page.getByRole('list', { name: 'People in the session' })).toContainText('Bo');
  await expect(guest.heading).toHaveText('Hub, spoke and remote VNet on one circuit (lab)');
  await expect(guest.page.getByRole('button', { name: 'Live · 2' })).toBeVisible();

  const rename = async (designer: DesignerPage, node: RegExp, name: string) => {
    await designer.node(node).click();
    await designer.inspector.getByLabel('Name', { exact: true }).fill(name);
    await designer.inspector.getByLabel('Name', { exact: true }).press('Enter');
  };
  await rename(host, /^Hub VM/, 'Hub VM via instance A');
  await expect(guest.node(/^Hub VM via instance A/)).toBeVisible({ timeout: 2_000 });
  await rename(guest, /^Spoke VM/, 'Spoke VM via instance B');
  await expect(host.node(/^Spoke VM via instance B/)).toBeVisible({ timeout: 2_000 });
  for (const each of [host, guest]) await each.page.context().close();
});
