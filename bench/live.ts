// npm run bench (live review): how long an edit takes to reach the others in a live session, with
// three clients in one room on a 500-node design, through the collaboration server on a real
// socket (127.0.0.1). The baseline, measured in the same run: the same edit's bytes relayed by a
// bare WebSocket server to the same two clients, the least any relay costs.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { loadDesign, type Design } from '../src/engine/index.ts';
import { createCollabServer } from '../src/server/collab-server.ts';
import { writeChanges } from '../src/app/live/design-doc.ts';
import { hubAndSpokes } from './fixtures.ts';

const EDITS = 60;
const ROOM = 'bench-room-three-clients-500-nodes';
const ME = { origin: 'bench' };

const listen = async (server: Server) => {
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return (server.address() as AddressInfo).port;
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
};

async function live(design: Design): Promise<number[]> {
  const collab = createCollabServer();
  const http = createServer((request, response) => {
    if (!collab.handleRequest(request, response)) response.writeHead(404).end();
  });
  http.on('upgrade', (request, socket, head) => {
    if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
  });
  const port = await listen(http);
  const clients = [0, 1, 2].map(() => {
    const doc = new Y.Doc();
    const websocketProvider = new HocuspocusProviderWebsocket({
      url: `ws://127.0.0.1:${port}/collab`,
      WebSocketPolyfill: WebSocket,
    });
    const provider = new HocuspocusProvider({ websocketProvider, name: ROOM, document: doc });
    provider.attach();
    return { doc, provider, websocketProvider };
  });
  await Promise.all(clients.map(({ provider }) => new Promise<void>((done) => provider.on('synced', () => done()))));
  const [editor, ...others] = clients as [(typeof clients)[0], ...typeof clients];
  writeChanges(editor.doc, null, design, ME);
  await until(() => others.every(({ doc }) => doc.getMap('nodes').size === design.nodes.length));

  const times: number[] = [];
  let current = design;
  const node = design.nodes.find((n) => n.kind === 'vm');
  for (let i = 0; i < EDITS; i++) {
    const label = `edit ${i}`;
    const next: Design = {
      ...current,
      nodes: current.nodes.map((n) => (n.id === node?.id ? { ...n, label } : n)),
    };
    const arrived = others.map(
      ({ doc }) =>
        new Promise<void>((done) => {
          const check = () => {
            if ((doc.getMap('nodes').get(node?.id ?? '') as { label?: string } | undefined)?.label !== label) return;
            doc.off('update', check);
            done();
          };
          doc.on('update', check);
        }),
    );
    const started = performance.now();
    writeChanges(editor.doc, current, next, ME);
    await Promise.all(arrived);
    times.push(performance.now() - started);
    current = next;
  }
  for (const { provider, websocketProvider } of clients) {
    provider.destroy();
    websocketProvider.destroy();
  }
  await collab.destroy();
  await new Promise((closed) => http.close(closed));
  return times;
}

/** The same update's bytes relayed to the two others by a bare WebSocket server. */
async function relay(update: Uint8Array): Promise<number[]> {
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  wss.on('connection', (socket) =>
    socket.on('message', (data) => {
      for (const other of wss.clients) if (other !== socket) other.send(data);
    }),
  );
  const port = await listen(http);
  const sockets = await Promise.all(
    [0, 1, 2].map(
      () =>
        new Promise<WebSocket>((open) => {
          const socket = new WebSocket(`ws://127.0.0.1:${port}`);
          socket.on('open', () => open(socket));
        }),
    ),
  );
  const [sender, ...receivers] = sockets as [WebSocket, ...WebSocket[]];
  const times: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const arrived = receivers.map((socket) => new Promise<void>((done) => socket.once('message', () => done())));
    const started = performance.now();
    sender.send(update);
    await Promise.all(arrived);
    times.push(performance.now() - started);
  }
  for (const socket of sockets) socket.close();
  wss.close();
  await new Promise((closed) => http.close(closed));
  return times;
}

async function until(check: () => boolean): Promise<void> {
  for (let waited = 0; !check(); waited += 10) {
    if (waited > 30_000) throw new Error('the clients did not sync');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const loaded = loadDesign(JSON.stringify(hubAndSpokes(50, 9, 100)));
if (!loaded.ok) throw new Error('bench design refused');
const design = loaded.design;
// The bytes one edit sends: what the relay baseline carries.
const probe = new Y.Doc();
writeChanges(probe, null, design, ME);
const before = Y.encodeStateVector(probe);
const vm = design.nodes.find((n) => n.kind === 'vm');
writeChanges(probe, design, { ...design, nodes: design.nodes.map((n) => (n === vm ? { ...n, label: 'x' } : n)) }, ME);
const update = Y.encodeStateAsUpdate(probe, before);

const relayed = await relay(update);
const synced = await live(design);
console.log(`\nlive review: an edit reaching the 2 others (3 clients, ${design.nodes.length} nodes)   p50 ms   p95 ms`);
console.log(
  `  bare WebSocket relay of its ${update.byteLength} bytes (baseline)${percentile(relayed, 0.5).toFixed(2).padStart(18)}${percentile(relayed, 0.95).toFixed(2).padStart(9)}`,
);
console.log(
  `  live session (Hocuspocus, Yjs)${percentile(synced, 0.5).toFixed(2).padStart(33)}${percentile(synced, 0.95).toFixed(2).padStart(9)}`,
);
process.exit(0);
