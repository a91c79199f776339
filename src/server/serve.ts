import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import sirv from 'sirv';
import { Redis } from '@hocuspocus/extension-redis';
import type { Extension } from '@hocuspocus/server';
import { createCollabServer, type CollabServer } from './collab-server.ts';
import { sqliteStore } from './sqlite-store.ts';

// `npm run serve`: the built app and the live review endpoint from one Node process, for a team
// server. Rooms persist to a SQLite file (FASTPATH_DB, default data/live-rooms.sqlite). Listens on
// HOST:PORT (default 127.0.0.1:8080; HOST=0.0.0.0 to serve a team). Several instances behind one
// load balancer share their rooms through Redis (REDIS_URL, redis://host:port): an edit made on
// one instance reaches the people connected to the others.

export type TeamServer = { url: string; server: Server; collab: CollabServer; stop: () => Promise<void> };

export async function startTeamServer(options: {
  dist: string;
  database: string;
  host?: string;
  port?: number;
  /** Another instance's rooms, shared through this Redis server. */
  redis?: { host: string; port: number };
}): Promise<TeamServer> {
  const store = await sqliteStore(options.database);
  const extensions: Extension[] = [store.extension];
  if (options.redis) {
    extensions.push(
      new Redis({
        host: options.redis.host,
        port: options.redis.port,
        identifier: `fastpath-${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`,
        prefix: 'fastpath-live',
      }),
    );
  }
  const collab = createCollabServer({ extensions });
  // Every path that is not a file is the app (a room link, say): index.html, as the app routes itself.
  const assets = sirv(options.dist, { single: true, etag: true, gzip: false, brotli: false });
  const server = createServer((request, response) => {
    if (collab.handleRequest(request, response)) return;
    assets(request, response, () => {
      response.writeHead(404).end();
    });
  });
  server.on('upgrade', (request, socket, head) => {
    if (!collab.handleUpgrade(request, socket, head)) socket.destroy();
  });
  await new Promise<void>((ready) => server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', ready));
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    server,
    collab,
    async stop() {
      await collab.destroy();
      // Browsers still open keep idle HTTP connections: closed too, or the server never stops.
      const closing = new Promise((closed) => server.close(closed));
      server.closeAllConnections();
      await closing;
      store.close();
    },
  };
}

/** `redis://host:port` → where to connect. */
export function redisAt(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:') throw new Error(`REDIS_URL must be redis://host:port, not ${url}`);
  return { host: parsed.hostname, port: Number(parsed.port || 6379) };
}

// Run as a script (npm run serve), not when imported by a test.
if (import.meta.url === `file://${process.argv[1]}`) {
  const running = await startTeamServer({
    dist: resolve('dist'),
    database: resolve(process.env.FASTPATH_DB ?? 'data/live-rooms.sqlite'),
    host: process.env.HOST ?? '127.0.0.1',
    port: Number(process.env.PORT ?? 8080),
    ...(process.env.REDIS_URL ? { redis: redisAt(process.env.REDIS_URL) } : {}),
  });
  console.log(`FastPath Designer: ${running.url} (live sessions at ${running.url}/collab, rooms in SQLite)`);
  const stop = () => void running.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
