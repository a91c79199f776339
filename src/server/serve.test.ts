import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { startTeamServer, type TeamServer } from './serve.ts';

// `npm run serve`: the built app and the live endpoint from one process (127.0.0.1, a free port),
// with rooms kept in SQLite: a room's design is still there after the server restarts.

const folder = mkdtempSync(join(tmpdir(), 'fastpath-serve-'));
const dist = join(folder, 'dist');
mkdirSync(join(dist, 'assets'), { recursive: true });
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>FastPath Designer</title>');
writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("app")');
const database = join(folder, 'data', 'rooms.sqlite');
const ROOM = 'a-room-kept-across-restarts-01';

afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function connect(server: TeamServer) {
  const doc = new Y.Doc();
  const websocketProvider = new HocuspocusProviderWebsocket({
    url: `${server.url.replace('http', 'ws')}/collab`,
    WebSocketPolyfill: WebSocket,
    maxAttempts: 1,
  });
  const provider = new HocuspocusProvider({ websocketProvider, name: ROOM, document: doc });
  provider.attach();
  await new Promise<void>((resolve) => provider.on('synced', () => resolve()));
  return {
    doc,
    close() {
      provider.destroy();
      websocketProvider.destroy();
    },
  };
}

describe('the team server', () => {
  it('serves the app, a room link as the app, and the health check', async () => {
    const server = await startTeamServer({ dist, database, port: 0 });
    try {
      expect(await (await fetch(`${server.url}/assets/app.js`)).text()).toBe('console.log("app")');
      const room = await fetch(`${server.url}/?live=${ROOM}`);
      expect(await room.text()).toContain('<title>FastPath Designer</title>');
      expect(await (await fetch(`${server.url}/some/route`)).text()).toContain('FastPath Designer');
      expect((await fetch(`${server.url}/../../etc/passwd`)).status).not.toBe(500);
      expect(await (await fetch(`${server.url}/collab/health`)).json()).toMatchObject({ status: 'ok' });
    } finally {
      await server.stop();
    }
  });

  it('keeps a room’s document in SQLite across a restart', async () => {
    const first = await startTeamServer({ dist, database, port: 0 });
    const writer = await connect(first);
    writer.doc.getMap('meta').set('title', 'Kept across a restart');
    await new Promise((resolve) => setTimeout(resolve, 100));
    writer.close();
    await first.stop();

    const second = await startTeamServer({ dist, database, port: 0 });
    try {
      const reader = await connect(second);
      expect(reader.doc.getMap('meta').get('title')).toBe('Kept across a restart');
      reader.close();
    } finally {
      await second.stop();
    }
  });
});
