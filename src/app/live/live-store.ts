import { create } from 'zustand';

// The live session as the header shows it. The session itself (Yjs, the connection) loads only
// when one starts (live-session.ts); this store is all the first load carries.

export type LiveStatus = 'off' | 'connecting' | 'live' | 'offline';

export type Point = { x: number; y: number };

/** Someone else in the room: who, their colour, where their pointer is and what they selected. */
export type Person = {
  id: number;
  name: string;
  colour: string;
  /** Design coordinates (FORMAT.md's positions), or null when their pointer is off the canvas. */
  cursor: Point | null;
  selection: { nodeIds: string[]; edgeIds: string[] };
};

export type LiveState = {
  status: LiveStatus;
  room: string | null;
  /** The others in the room (not this person). */
  others: Person[];
  /** Shown with the link to share, after this person started the session. */
  linkShown: boolean;
};

export const useLiveStore = create<LiveState>()(() => ({ status: 'off', room: null, others: [], linkShown: false }));
