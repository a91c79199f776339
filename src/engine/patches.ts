// The engine's entry for patches (model/design-patch.ts), beside index.ts: the screen loads it on
// its first answer from the worker, so the first load of the app does not carry it.
export { diffDesigns, patchSize, type DesignPatch } from './model/design-patch.ts';
