import { createAutosave, type Autosave } from './autosave.ts';
import { createConflicts, type Conflicts } from './conflicts.ts';
import { createDesignActions, type DesignActions } from './design-actions.ts';
import { createLeaving, type Leaving } from './leaving.ts';
import { createOpening } from './opening.ts';
import { createContext, type SessionDeps } from './session-context.ts';
import { createSharedDesign, type SharedDesign } from './shared-design.ts';
import { createStartUp } from './start-up.ts';
import { lazyVersions, type VersionActions } from './versions-lazy.ts';

// The persistence session: the designs kept in this browser and the one open in the editor, from
// start-up through autosave to two tabs on one design. (Not the design store's `session`, a counter
// of designs opened in the editor.) A page has one, built by startSession in session.ts; tests
// build their own on a fake IndexedDB and an in-memory channel (testing/session-harness.ts).

export type Session = DesignActions &
  SharedDesign &
  Leaving &
  Pick<Conflicts, 'reloadFromStorage' | 'keepMineAsCopy'> &
  Pick<Autosave, 'flushSave'> &
  VersionActions & {
    /**
     * Opens the design last worked on (or, on a first visit, the lab); a share link in the address
     * opens its design read-only instead.
     */
    start(): Promise<void>;
    refreshList(): Promise<void>;
    /** Stops listening to the design store and the channel; resolves once a save under way is written. */
    close(): Promise<void>;
  };

export function createSession(deps: SessionDeps): Session {
  const ctx = createContext(deps);
  const autosave = createAutosave(ctx);
  const opening = createOpening(ctx, autosave);
  const conflicts = createConflicts(ctx, autosave, opening);
  const actions = createDesignActions(ctx, { autosave, opening, conflicts });
  const shared = createSharedDesign(ctx, { autosave, opening, conflicts });
  const leaving = createLeaving(ctx, autosave);
  const start = createStartUp(ctx, { opening, shared });
  const versions = lazyVersions(ctx, { autosave, opening, conflicts });

  const stopListening = [
    deps.stores.design.subscribe(autosave.onDesignChange),
    deps.stores.design.subscribe(versions.onDesignChange),
    deps.channel?.subscribe(conflicts.onNotice),
  ];

  return {
    ...actions,
    ...shared,
    ...leaving,
    ...versions.actions,
    reloadFromStorage: conflicts.reloadFromStorage,
    keepMineAsCopy: conflicts.keepMineAsCopy,
    flushSave: autosave.flushSave,
    start,
    refreshList: ctx.refreshList,
    async close() {
      for (const stop of stopListening) stop?.();
      await autosave.stop();
    },
  };
}
