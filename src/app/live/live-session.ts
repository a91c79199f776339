import * as Y from 'yjs';
import { HocuspocusProvider } from '@hocuspocus/provider';
import type { Design } from '../../engine/index.ts';
import { loadMerged } from './merged-design.ts';
import { setIdScope } from '../commands/document-ops.ts';
import { useDesignStore } from '../store/design-store.ts';
import { toast } from '../store/notices.ts';
import { useReviewerStore, withReviewer } from '../store/reviewer-store.ts';
import { personFrom } from './awareness-input.ts';
import { keptInBrowser, openLocalCopy, remember } from './room-copy.ts';
import { designMaps, holdsDesign, readDesign, removeParts, writeChanges } from './design-doc.ts';
import { collabUrl, newRoomId, roomInAddress, roomLink, withoutRoom } from './room-link.ts';
import { INITIAL_LIVE, useLiveStore, type Person, type Point, type Rect } from './live-store.ts';
import { useUiStore } from '../store/ui-store.ts';

// A live session: the open design in a Yjs document shared through the collaboration server
// (src/server/), one room per session. Every edit this person makes goes into the document as one
// transaction; every change from the others (or from undoing one's own) comes back into the design
// store as a design received, so the canvas, the worker's evaluation and autosave (the local copy)
// carry on as for any edit. Undo and redo go to a Yjs undo manager that tracks only this person's
// transactions: undoing never takes back someone else's edit.

/** Transactions this person made: the undo manager tracks only these. */
const LOCAL = { origin: 'fastpath-local-edit' };
/** The first design put into an empty room: not an edit anyone undoes. */
const SEED = { origin: 'fastpath-seed' };

const COLOURS = ['#0369a1', '#b45309', '#7c3aed', '#be123c', '#047857', '#a16207', '#4338ca', '#0f766e'];

type Live = { room: string; leave: () => void };
let live: Live | null = null;
let sendAwareness: ((key: string, value: unknown) => void) | null = null;

/** Where this person's pointer is on the canvas (design coordinates), or null when it left it. */
export function sendCursor(point: Point | null): void {
  sendAwareness?.('cursor', point);
}

/** Removes the parts set aside after a merge from the room's document (an edit of one's own, undoable). */
export function removeSetAside(): void {
  removeFromDoc?.(useLiveStore.getState().setAside.map((part) => part.id));
}
let removeFromDoc: ((ids: readonly string[]) => void) | null = null;

/** The part of the design the presenter shows, for followers to show too. */
export function sendPresenterView(view: Rect): void {
  presenterView = view;
  if (sendAwareness && presenting()) sendAwareness('present', presentState());
}

/** Stops following the presenter (a click, or panning): the presenter's steps no longer move this view. */
export function stopFollowing(): void {
  if (useLiveStore.getState().following === null) return;
  useLiveStore.setState({ following: null, declined: true });
  sendAwareness?.('following', null);
}

let presenterView: Rect | null = null;
/** Presenting here, not following someone else's presentation. */
const presenting = () => useUiStore.getState().presenting && useLiveStore.getState().following === null;
function presentState(): Person['present'] {
  const ui = useUiStore.getState();
  return { flowId: ui.presentAgenda[ui.presentStep] ?? null, view: presenterView };
}

/** Starts a session on the open design: a new room, its link in the address and on screen. */
export function startLive(): void {
  if (live) {
    useLiveStore.setState({ linkShown: true });
    return;
  }
  const design = useDesignStore.getState().design;
  if (!design) throw new Error('no design is open');
  const room = newRoomId();
  history.replaceState(history.state, '', roomLink(location.href, room));
  live = connect(room, design);
}

/**
 * Joins the room of a link: its design opens as this browser's copy (the one kept from an earlier
 * visit to the room, or a new one), kept when leaving.
 */
export function joinLive(room: string): void {
  if (live?.room === room) return;
  live?.leave();
  live = connect(room, null);
}

/** Joins the room a link names, once the app has started from it. */
export function joinLiveInAddress(): void {
  const room = roomInAddress(location.href);
  if (!room) throw new Error('the link names no room (it may have been cut short)');
  joinLive(room);
}

/** Leaves the session; the design stays open here, as this browser's own copy. */
export function leaveLive(): void {
  live?.leave();
  live = null;
  history.replaceState(history.state, '', withoutRoom(location.href));
}

function connect(room: string, seed: Design | null): Live {
  const doc = new Y.Doc();
  const provider = new HocuspocusProvider({ url: collabUrl(location.href), name: room, document: doc });
  const undoManager = new Y.UndoManager(designMaps(doc), { trackedOrigins: new Set([LOCAL]) });
  const kept = keptInBrowser(room, doc);
  if (seed) remember(kept, useDesignStore.getState().designId);
  useLiveStore.setState({ ...INITIAL_LIVE, status: 'connecting', room, linkShown: seed !== null, me: doc.clientID });

  /** The design the document and the store last agreed on: local edits are written against it. */
  let agreed: Design | null = null;
  let receiving = false;
  let stopWatchingStore: (() => void) | null = null;
  let readPending = false;
  let warned = '';

  const receive = () => {
    readPending = false;
    const loaded = loadMerged(readDesign(doc));
    if (!loaded.ok) {
      // Kept as it was until the document loads again; said once per problem.
      if (loaded.problem !== warned)
        toast.warning(`A change from the live session could not be shown: ${loaded.problem}`);
      warned = loaded.problem;
      return;
    }
    warned = '';
    useLiveStore.setState({ setAside: loaded.setAside });
    receiving = true;
    try {
      useDesignStore.getState().receive(loaded.design);
      agreed = loaded.design;
    } finally {
      receiving = false;
    }
  };

  const bind = (design: Design) => {
    agreed = design;
    const session = useDesignStore.getState().session;
    stopWatchingStore = useDesignStore.subscribe((state) => {
      if (receiving || !state.design || state.design === agreed) return;
      // Another design opened here (the Designs list, an import): the session ends for this tab.
      if (state.session !== session) {
        leaveLive();
        toast.info('You left the live session: another design is open.');
        return;
      }
      writeChanges(doc, agreed, state.design, LOCAL);
      agreed = state.design;
    });
    useDesignStore.getState().setUndoSource({
      undo: () => undoManager.undoStack.length > 0 && (undoManager.undo(), true),
      redo: () => undoManager.redoStack.length > 0 && (undoManager.redo(), true),
    });
    doc.on('afterTransaction', (transaction) => {
      if (transaction.origin === LOCAL || transaction.origin === SEED || transaction.changed.size === 0) return;
      if (readPending) return;
      readPending = true;
      queueMicrotask(receive);
    });
  };

  let bound = false;
  let connected = false;
  const onSynced = async () => {
    if (bound) return;
    if (seed) {
      bound = true;
      if (!holdsDesign(doc)) writeChanges(doc, null, seed, SEED);
      bind(seed);
    } else if (holdsDesign(doc)) {
      bound = true;
      const loaded = loadMerged(readDesign(doc));
      if (!loaded.ok) throw new Error(loaded.problem);
      useLiveStore.setState({ setAside: loaded.setAside });
      // A copy kept in this browser; the store then holds exactly the room's design.
      const changesBefore = changes;
      await openLocalCopy(kept, loaded.design);
      useDesignStore.getState().receive(loaded.design);
      bind(loaded.design);
      // The room moved on while the copy opened: those changes are shown too.
      if (changes !== changesBefore) receive();
    } else {
      return; // an empty room: its design arrives with whoever started it
    }
    // Said from the connection as it is now: the network may have gone (or the copy opened from
    // this browser's own before the server answered) while the copy was opening.
    useLiveStore.setState({
      status: connected && provider.isSynced ? 'live' : navigator.onLine ? 'connecting' : 'offline',
    });
  };
  provider.on('synced', () => {
    // In sync with the server: connected, whatever status events came before.
    connected = true;
    if (bound) useLiveStore.setState({ status: 'live' });
    else void onSynced().catch((error: unknown) => fail(error));
  });
  // A joiner in a room still empty at sync: the design comes with the first update (from the
  // server, or from this browser's copy of the room).
  let changes = 0;
  doc.on('update', () => {
    changes += 1;
    if (!bound && !seed && holdsDesign(doc)) void onSynced().catch((error: unknown) => fail(error));
  });
  provider.on('status', ({ status }: { status: string }) => {
    connected = status === 'connected';
    if (!bound) return;
    useLiveStore.setState({ status: status === 'connected' ? 'live' : 'offline' });
  });

  let closedOffline = false;
  let leaving = false;

  // The browser knows first when the network goes (a socket can stay open on a dead link until a
  // timeout): edits go on in the document, and merge when it is back.
  const wentOffline = () => {
    connected = false;
    closedOffline = true;
    provider.disconnect();
    if (bound) useLiveStore.setState({ status: 'offline' });
  };
  const cameBack = () => void provider.connect();
  // A socket closed while offline may finish closing only after the network is back, when asking
  // to connect did nothing (it still counted as open): it is opened again once it has closed.
  // Other closes (a server restarting, a full room) are left to the provider's own retries.
  provider.on('disconnect', () => {
    if (!closedOffline) return;
    closedOffline = false;
    if (!leaving && navigator.onLine) void provider.connect();
  });
  addEventListener('offline', wentOffline);
  addEventListener('online', cameBack);

  // Ids made here while in the room carry this client's mark: no two people make the same one.
  setIdScope(doc.clientID.toString(36).slice(-4));

  // The name this browser signs notes with; asked for once if it has none (the others see it by
  // this person's pointer), and sent again whenever it is given or changed.
  const colour = COLOURS[doc.clientID % COLOURS.length];
  const sendName = (name: string) => provider.setAwarenessField('user', { name: name || 'Guest', colour });
  sendName(useReviewerStore.getState().name);
  const stopWatchingName = useReviewerStore.subscribe((state, before) => {
    if (state.name !== before.name) sendName(state.name);
  });
  if (!useReviewerStore.getState().name) withReviewer(() => undefined);
  /** Moves this person's present mode to where the presenter is (their flow, by id). */
  let following = false;
  const follow = (others: readonly Person[]) => {
    const live = useLiveStore.getState();
    const ui = useUiStore.getState();
    const presenter = others.find((person) => person.present !== null);
    if (!presenter) {
      if (live.following !== null) {
        useLiveStore.setState({ following: null, declined: false });
        sendAwareness?.('following', null);
        following = true;
        ui.stopPresenting();
        following = false;
      } else if (live.declined) useLiveStore.setState({ declined: false });
      return;
    }
    // Following turned off, or presenting here: the presenter's steps do not move this view.
    if (live.declined || (ui.presenting && live.following === null)) return;
    following = true;
    try {
      if (live.following !== presenter.id) {
        useLiveStore.setState({ following: presenter.id });
        sendAwareness?.('following', presenter.id);
      }
      if (!useUiStore.getState().presenting) useUiStore.getState().startPresenting();
      const { presentAgenda, presentStep, presentGo } = useUiStore.getState();
      const step = presenter.present?.flowId ? presentAgenda.indexOf(presenter.present.flowId) : -1;
      if (step !== presentStep) presentGo(step);
    } finally {
      following = false;
    }
  };
  provider.on('awarenessChange', () => {
    const others: Person[] = [];
    for (const [id, state] of provider.awareness?.getStates() ?? []) {
      if (id !== doc.clientID) others.push(personFrom(id, state));
    }
    others.sort((a, b) => a.id - b.id);
    useLiveStore.setState({ others });
    follow(others);
  });
  // Present mode here: the presenter's flow goes to the others; a follower's own step, or leaving
  // present mode, turns following off. A follower's agenda arriving puts them on the presenter's flow.
  const stopWatchingPresent = useUiStore.subscribe((state, before) => {
    if (
      state.presenting === before.presenting &&
      state.presentStep === before.presentStep &&
      state.presentAgenda === before.presentAgenda
    )
      return;
    const live = useLiveStore.getState();
    if (live.following !== null) {
      if (state.presentAgenda !== before.presentAgenda) follow(live.others);
      else if (!following) stopFollowing();
      return;
    }
    sendAwareness?.('present', state.presenting ? presentState() : null);
  });
  sendAwareness = (key, value) => provider.setAwarenessField(key, value);
  removeFromDoc = (ids) => {
    removeParts(doc, ids, LOCAL);
    receive();
  };
  // What this person selects, for the others to see.
  const stopWatchingSelection = useUiStore.subscribe((state, before) => {
    if (state.selection !== before.selection) sendAwareness?.('selection', state.selection);
  });
  sendAwareness('selection', useUiStore.getState().selection);

  const fail = (error: unknown) => {
    toast.error(`The live session stopped: ${error instanceof Error ? error.message : String(error)}`);
    leaveLive();
  };

  return {
    room,
    leave() {
      leaving = true;
      setIdScope('');
      sendAwareness = null;
      removeFromDoc = null;
      stopWatchingSelection();
      stopWatchingName();
      stopWatchingPresent();
      removeEventListener('offline', wentOffline);
      removeEventListener('online', cameBack);
      stopWatchingStore?.();
      useDesignStore.getState().setUndoSource(null);
      undoManager.destroy();
      // Left with everything sent: the room's copy here is no longer needed. With edits the server
      // has not had yet, it stays, and they merge the next time this link is opened.
      if (provider.isSynced && !provider.hasUnsyncedChanges) void kept?.clearData();
      else void kept?.destroy();
      provider.destroy();
      doc.destroy();
      useLiveStore.setState(INITIAL_LIVE);
    },
  };
}
