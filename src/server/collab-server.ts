import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import crossws from 'crossws/adapters/node';
import { Hocuspocus, type Extension, type WebSocketLike } from '@hocuspocus/server';
import * as Y from 'yjs';

// The live review server: Hocuspocus (the Yjs server) behind one path of an existing Node HTTP
// server, the Vite dev server's or `npm run serve`'s, so a live session needs no second process or
// port. A room is one design; its name is the unguessable id in the room link. Rooms are capped in
// people and in document bytes, and a client whose update cannot be applied is disconnected
// without harming the room.

/** The path the app's WebSocket connects to, and under which the health check answers. */
export const COLLAB_PATH = '/collab';

/** A room id as the app makes them: 22 to 64 URL-safe characters (128 random bits and more). */
export const ROOM_ID = /^[A-Za-z0-9_-]{22,64}$/;

export type CollabLimits = {
  /** People in one room at once. */
  maxPeoplePerRoom: number;
  /** The size of one room's document, encoded; an update past it is refused. */
  maxDocumentBytes: number;
};

export const DEFAULT_LIMITS: CollabLimits = { maxPeoplePerRoom: 25, maxDocumentBytes: 8 * 1024 * 1024 };

export type CollabServer = {
  hocuspocus: Hocuspocus;
  /** Takes a WebSocket upgrade for COLLAB_PATH; false when the request is not for it (Vite's HMR…). */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Answers `GET /collab/health`; false for any other request. */
  handleRequest(request: IncomingMessage, response: ServerResponse): boolean;
  destroy(): Promise<void>;
};

export function createCollabServer(
  options: { limits?: Partial<CollabLimits>; extensions?: Extension[] } = {},
): CollabServer {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const hocuspocus = new Hocuspocus({
    quiet: true,
    extensions: options.extensions ?? [],
    async onConnect({ documentName, instance }) {
      if (!ROOM_ID.test(documentName)) throw new Error('not a room id');
      const room = instance.documents.get(documentName);
      if (room && room.getConnectionsCount() >= limits.maxPeoplePerRoom) throw new Error('the room is full');
    },
    async beforeHandleMessage({ document, update }) {
      // A sync or update message that would grow the room past its size is refused (the
      // connection is closed); a malformed one fails in Yjs and closes only that connection.
      if (update.byteLength > limits.maxDocumentBytes) throw new Error('the update is too large');
      const size = Y.encodeStateAsUpdate(document).byteLength;
      if (size + update.byteLength > limits.maxDocumentBytes) throw new Error('the room is full');
    },
  });
  const websockets = crossws({
    hooks: {
      open(peer) {
        const connection = hocuspocus.handleConnection(peer.websocket as unknown as WebSocketLike, peer.request);
        connections.set(peer.id, connection);
      },
      message(peer, message) {
        connections.get(peer.id)?.handleMessage(message.uint8Array());
      },
      close(peer, event) {
        connections.get(peer.id)?.handleClose({ code: event.code ?? 1005, reason: event.reason ?? '' });
        connections.delete(peer.id);
      },
      error(peer) {
        connections.delete(peer.id);
      },
    },
  });
  const connections = new Map<string, ReturnType<Hocuspocus['handleConnection']>>();

  return {
    hocuspocus,
    handleUpgrade(request, socket, head) {
      if (!isCollabPath(request.url)) return false;
      void websockets.handleUpgrade(request, socket, head).catch(() => socket.destroy());
      return true;
    },
    handleRequest(request, response) {
      if (request.method !== 'GET' || pathOf(request.url) !== `${COLLAB_PATH}/health`) return false;
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(
        JSON.stringify({
          status: 'ok',
          rooms: hocuspocus.getDocumentsCount(),
          connections: hocuspocus.getConnectionsCount(),
        }),
      );
      return true;
    },
    async destroy() {
      websockets.closeAll(1001, 'server stopping', true);
      hocuspocus.closeConnections();
      hocuspocus.flushPendingStores();
      // Stores run on their own timers and lock: every room is written before the server goes.
      const busy = () =>
        [...hocuspocus.documents.values()].some(
          (room) =>
            hocuspocus.debouncer.isDebounced(`onStoreDocument-${room.name}`) ||
            hocuspocus.debouncer.isCurrentlyExecuting(`onStoreDocument-${room.name}`) ||
            room.saveMutex.isLocked(),
        );
      for (let waited = 0; busy() && waited < 5_000; waited += 10) {
        hocuspocus.flushPendingStores();
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      // Rooms unload once written and left; then extensions let go of what they hold (the Redis
      // extension its connections, which unloading still uses).
      for (let waited = 0; hocuspocus.documents.size > 0 && waited < 5_000; waited += 10) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    },
  };
}

const pathOf = (url: string | undefined) => (url ?? '').split('?')[0] ?? '';
const isCollabPath = (url: string | undefined) => {
  const path = pathOf(url);
  return path === COLLAB_PATH || path.startsWith(`${COLLAB_PATH}/`);
};
