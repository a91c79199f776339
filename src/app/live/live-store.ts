import { create } from 'zustand';
import type { SetAside } from './merged-design.ts';

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
  /** Presenting: the flow on their screen (null for the overview) and the part of the design shown. */
  present: { flowId: string | null; view: Rect | null } | null;
  /** The person they follow, by id. */
  following: number | null;
};

export type Rect = { x: number; y: number; width: number; height: number };

export type LiveState = {
  status: LiveStatus;
  room: string | null;
  /** The others in the room (not this person). */
  others: Person[];
  /** Shown with the link to share, after this person started the session. */
  linkShown: boolean;
  /** This person's id in the room. */
  me: number | null;
  /** The presenter this person follows (their flow steps and view), by id. */
  following: number | null;
  /** Following was turned off for the current presenter (by a click, by panning, by stepping). */
  declined: boolean;
  /** Parts the merged document holds but cannot show (merged-design.ts), until someone fixes them. */
  setAside: SetAside[];
};

export const INITIAL_LIVE: LiveState = {
  status: 'off',
  room: null,
  others: [],
  linkShown: false,
  me: null,
  following: null,
  declined: false,
  setAside: [],
};

export const useLiveStore = create<LiveState>()(() => INITIAL_LIVE);
