// A live session's room link: the app's address with `?live=ROOM`. The room id is 128 random bits
// (22 URL-safe characters): whoever has the link joins, nobody guesses it.

export const ROOM_PARAMETER = 'live';
const ROOM_ID = /^[A-Za-z0-9_-]{22,64}$/;

export function newRoomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The room named in an address, or null (none, or not a room id). */
export function roomInAddress(href: string): string | null {
  const room = new URL(href).searchParams.get(ROOM_PARAMETER);
  return room && ROOM_ID.test(room) ? room : null;
}

/** The address that joins `room`, from the current one. */
export function roomLink(href: string, room: string): string {
  const url = new URL(href);
  url.hash = '';
  url.search = '';
  url.searchParams.set(ROOM_PARAMETER, room);
  return url.toString();
}

/** The address without a room: where a person goes on leaving the session. */
export function withoutRoom(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(ROOM_PARAMETER);
  return url.toString();
}

/** The collaboration endpoint on the server that served the app (same origin, same port). */
export function collabUrl(href: string): string {
  const url = new URL(href);
  return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}/collab`;
}
