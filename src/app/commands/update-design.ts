import { isPackId, type Design } from '../../engine/index.ts';
import { changed, defineCommand, EMPTY_SELECTION, refused, unchanged } from './types.ts';

export type DesignPatch = Partial<Pick<Design, 'title' | 'rulesAsOf' | 'allowPreviews'>>;

/** Edits the design's own settings: its title, the rule pack it asks for, previews. */
export const updateDesign = defineCommand<DesignPatch>({
  id: 'update-design',
  label: 'Edit design',
  run({ design }, patch) {
    if (patch.title !== undefined && patch.title.length > 500) return refused('A title can be at most 500 characters.');
    if (patch.rulesAsOf !== undefined && !isPackId(patch.rulesAsOf)) {
      return refused(`"${patch.rulesAsOf}" is not a rule pack.`);
    }
    const next = { ...design, ...patch };
    if (
      next.title === design.title &&
      next.rulesAsOf === design.rulesAsOf &&
      next.allowPreviews === design.allowPreviews
    )
      return unchanged;
    return changed(next, undefined, `design:${Object.keys(patch).sort().join(',')}`);
  },
});

/** Chooses the rule pack the design is checked against; a reviewer of a shared design may too. */
export const setRulesAsOf = defineCommand<Design['rulesAsOf']>({
  id: 'set-rules-as-of',
  label: 'Choose the rule pack',
  whileReadOnly: true,
  run(state, rulesAsOf) {
    return updateDesign.run(state, { rulesAsOf });
  },
});

/**
 * Puts back the content of an earlier version of the design (its nodes, edges, notes, review and
 * settings) as one undoable change. The design keeps its name: the version is of this design.
 */
export const restoreContent = defineCommand<Design>({
  id: 'restore-content',
  label: 'Restore version',
  run({ design }, version) {
    return changed({ ...version, title: design.title }, EMPTY_SELECTION);
  },
});
