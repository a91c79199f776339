import { toast } from '../store/notices.ts';

// The live session's code loads on first use: the first load of the app does not carry Yjs.

const session = () => import('./live-session.ts');

const failed = (what: string) => (error: unknown) =>
  toast.error(`${what}: ${error instanceof Error ? error.message : String(error)}`);

export function startLiveSession(): void {
  void session()
    .then((m) => m.startLive())
    .catch(failed('The live session could not start'));
}

/** Joins the room the address names (a room link was opened); a link with no valid room is said. */
export function joinLiveSessionInAddress(): void {
  void session()
    .then((m) => m.joinLiveInAddress())
    .catch(failed('The live session could not be joined'));
}

export function leaveLiveSession(): void {
  void session()
    .then((m) => m.leaveLive())
    .catch(failed('The live session could not be left'));
}
