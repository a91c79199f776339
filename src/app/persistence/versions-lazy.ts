import type { Design } from '../../engine/index.ts';
import type { SessionContext } from './session-context.ts';
import type { VersionParts, Versions } from './versions.ts';

// The session's versions (versions.ts), loaded the first time one is asked for: the first screen
// does not carry them. What must run on every edit, noticing that a review has begun, stays here.

export type VersionActions = Omit<Versions, 'keepReviewVersion'>;

type DesignView = { design: Design | null; designId: string | null; session: number; readOnly: boolean };

const decisions = (design: Design | null) => design?.review?.decisions?.length ?? 0;

export function lazyVersions(
  ctx: SessionContext,
  parts: VersionParts,
): { actions: VersionActions; onDesignChange(state: DesignView, previous: DesignView): void } {
  let loaded: Promise<Versions> | null = null;
  const load = () => (loaded ??= import('./versions.ts').then((module) => module.createVersions(ctx, parts)));
  return {
    actions: {
      refreshVersions: () => load().then((v) => v.refreshVersions()),
      saveVersion: (label) => load().then((v) => v.saveVersion(label)),
      deleteVersion: (id) => load().then((v) => v.deleteVersion(id)),
      readVersion: (id) => load().then((v) => v.readVersion(id)),
      openVersion: (id) => load().then((v) => v.openVersion(id)),
      closeVersion: () => load().then((v) => v.closeVersion()),
      restoreVersion: (id) => load().then((v) => v.restoreVersion(id)),
      designFromVersion: (id) => load().then((v) => v.designFromVersion(id)),
    },
    /** The first review decision recorded on a stored design keeps a version of it. */
    onDesignChange(state, previous) {
      if (state.readOnly || !state.design || !state.designId) return;
      if (state.session !== previous.session || state.designId !== previous.designId) return;
      if (decisions(previous.design) > 0 || decisions(state.design) === 0) return;
      const { designId, design } = state;
      void load().then((v) => v.keepReviewVersion(designId, design));
    },
  };
}
