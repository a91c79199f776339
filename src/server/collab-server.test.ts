import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { createCollabServer, type CollabLimits, type CollabServer } from './collab-server.ts';

// The live review server on a real socket (127.0.0.1, a free port): rooms sync, a room id that is
// not one is refused, a full room turns the next person away, an oversized or malformed update
// costs only the connection that sent it, and the health check answers.

const ROOM = 'room-for-the-server-tests-0001';
type Running = { url: string; base: string; collab: CollabServer; http: Server };
const running: Running[] = [];
const clients: HocuspocusProvider[] = [];

async function start(limits: Partial<CollabLimits> = {}): Promise<Running> {
  const collab = createCollabServer({ limits });
  const http = createServer((request, response) => {
    if (!collab.handleRequest(request, response)) response.writeHead(404).end();
  });
  http.on('upgrade', (request, socket, head) => {
    if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  const server = { url: `ws://127.0.0.1:${port}/collab`, base: `http://127.0.0.1:${port}`, collab, http };
  running.push(server);
  return server;
}

function client(url: string, name = ROOM): { doc: Y.Doc; provider: HocuspocusProvider } {
  const doc = new Y.Doc();
  const websocketProvider = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, maxAttempts: 1 });
  const provider = new HocuspocusProvider({ websocketProvider, name, document: doc });
  provider.attach();
  clients.push(provider);
  return { doc, provider };
}

const synced = (provider: HocuspocusProvider) =>
  new Promise<void>((resolve) => (provider.isSynced ? resolve() : provider.on('synced', () => resolve())));

async function until(check: () => boolean, ms = 3_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

afterEach(async () => {
  for (const provider of clients.splice(0)) {
    provider.destroy();
    provider.configuration.websocketProvider.destroy();
  }
  for (const { collab, http } of running.splice(0)) {
    await collab.destroy();
    await new Promise((resolve) => http.close(resolve));
  }
});

describe('the live review server', () => {
  it('syncs a room between two people, and says how it is in its health check', async () => {
    const { url, base } = await start();
    const a = client(url);
    const b = client(url);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    a.doc.getMap('nodes').set('vm1', { id: 'vm1', label: 'VM' });
    await until(() => b.doc.getMap('nodes').has('vm1'));
    const health = (await (await fetch(`${base}/collab/health`)).json()) as Record<string, unknown>;
    expect(health).toEqual({ status: 'ok', rooms: 1, connections: 2 });
  });

  it('refuses a room id that is not one, and a person past the room’s size', async () => {
    const { url } = await start({ maxPeoplePerRoom: 2 });
    const refused = (provider: HocuspocusProvider) =>
      new Promise<void>((resolve) => provider.on('authenticationFailed', () => resolve()));
    const short = client(url, 'short');
    await refused(short.provider);
    expect(short.provider.isSynced).toBe(false);

    const a = client(url);
    const b = client(url);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    const third = client(url);
    await refused(third.provider);
    expect(third.provider.isSynced).toBe(false);
    a.doc.getMap('nodes').set('vm1', { id: 'vm1' });
    await until(() => b.doc.getMap('nodes').has('vm1'));
    expect(third.doc.getMap('nodes').has('vm1')).toBe(false);
  });

  it('refuses an update that would grow the room past its size, and the room carries on', async () => {
    const { url, collab } = await start({ maxDocumentBytes: 20_000 });
    const a = client(url);
    const b = client(url);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    a.doc.getMap('meta').set('notes', 'x'.repeat(50_000));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(b.doc.getMap('meta').has('notes')).toBe(false);
    const room = collab.hocuspocus.documents.get(ROOM);
    expect(room?.getMap('meta').has('notes')).toBe(false);
    // The room still works for those who stay within it.
    const c = client(url);
    await synced(c.provider);
    c.doc.getMap('meta').set('title', 'Still here');
    await until(() => b.doc.getMap('meta').get('title') === 'Still here');
  });

  it('closes a connection that sends malformed bytes, without harm to the room', async () => {
    const { url } = await start();
    const a = client(url);
    const b = client(url);
    await Promise.all([synced(a.provider), synced(b.provider)]);
    const raw = new WebSocket(url);
    const closed = new Promise<number>((resolve) => raw.on('close', (code) => resolve(code)));
    await new Promise((resolve) => raw.on('open', resolve));
    raw.send(Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37]));
    raw.send(
      Buffer.concat([Buffer.from([ROOM.length]), Buffer.from(ROOM), Buffer.from([0, 2, 0xff, 0xff, 0xff, 0xff])]),
    );
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    raw.terminate();
    a.doc.getMap('nodes').set('vm2', { id: 'vm2' });
    await until(() => b.doc.getMap('nodes').has('vm2'));
  });
});
