// The engine's entry for patches (model/design-patch.ts), beside index.ts: the screen loads it on
// the first edit it sends the worker, so the first load of the app does not carry it.
export { diffDesigns, patchSize, type DesignPatch } from './model/design-patch.ts';
