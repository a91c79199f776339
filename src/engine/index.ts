// The engine's only public entry. The worker, the UI and the checker import from here.
export { loadDesign, MAX_DESIGN_BYTES, type LoadResult, type LoadOptions } from './schema/load.ts';
export { formatProblem, LOAD_ERROR_CODES, type LoadProblem, type LoadErrorCode } from './schema/errors.ts';
export { CURRENT_VERSION, FORMAT_ID } from './schema/design-schema.ts';
export * from './schema/kinds.ts';
export { evaluate, type EvaluateOptions } from './evaluate.ts';
export { LiveEvaluation, type EvaluationUpdate } from './incremental.ts';
export {
  compareVersions,
  diffIsEmpty,
  diffVersions,
  diffWorsens,
  type DesignDiff,
  type DiffOptions,
  type DiffSummary,
  type FieldChange,
  type FlowChange,
  type FlowEffect,
  type FlowOutcome,
  type PartChange,
} from './diff/design-diff.ts';
export { applyPatch, diffDesigns, patchSize, type DesignPatch } from './model/design-patch.ts';
export { PACKS, PACK_IDS, packInfo, isPackId, type PackId, type PackInfo } from './model/packs.ts';
export type {
  Design,
  DesignNode,
  DesignEdge,
  DesignNodeOf,
  DesignEdgeOf,
  Note,
  Review,
  Decision,
  DecisionStatus,
  Position,
  EvaluationResult,
  FlowResult,
  Finding,
  Hop,
  Source,
  Alternate,
} from './model/types.ts';
export {
  aKind,
  canPlace,
  inferEdge,
  isEndpointKind,
  joinChoices,
  livesInVnet,
  type Allowed,
  type ConnectMode,
  type InferredEdge,
} from './model/grammar.ts';
export {
  NODE_PROPS,
  EDGE_PROPS,
  noteSchema,
  decisionSchema,
  MAX_AUTHOR,
  MAX_DECISION_TEXT,
  MAX_NOTE_TEXT,
} from './schema/design-schema.ts';
export { withReview } from './schema/review.ts';
export { EDGE_NAMES, KIND_NAMES, NODE_NOUNS } from './model/kind-names.ts';
export {
  AZURE_REGIONS,
  isAzureRegion,
  findAzureRegion,
  isOtherRegionName,
  checkOtherRegion,
  type AzureRegion,
  type RegionCheck,
} from './model/azure-regions.ts';
export { isCidr, isIp } from './model/ip.ts';
export { AZURE_NAME_RULES, resourceNameProblem, type AzureResourceType } from './model/azure-names.ts';
