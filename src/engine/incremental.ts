import type { Design, DesignEdge, DesignNode, EvaluationResult, Finding, FlowResult } from './model/types.ts';
import { applyPatch, indexById, sameValue, type DesignPatch } from './model/design-patch.ts';
import type { PackId } from './model/packs.ts';
import { changedKeys } from './model/topology.ts';
import { resultOf, startRun, type Run } from './evaluate.ts';
import type { Rule } from './rules/rule.ts';

// Evaluation that follows edits (issue 14). A design of thousands of flows is evaluated once;
// after that each edit arrives as a patch, and only the work the edit can change is done again.
//
// What "can change" means is recorded, not guessed: while a flow or a design rule is evaluated,
// the topology notes every lookup it makes (model/topology.ts). An edit touches a set of those
// keys (the edited items, their kinds, the groups they belong to); a flow is evaluated again when
// it read one of them, a design rule likewise, and a flow also when the IP limit marks it read
// changed. Everything else keeps its result object, so the screen can tell what changed by identity.
// The property test in incremental.test.ts holds this to a full evaluation of the edited design.

/** What one update changed. */
export type EvaluationUpdate = {
  /** Flows evaluated again (their result may be equal to the old one) or added, in the design's order. */
  evaluated: string[];
  /** Of those, the flows whose result changed or that are new (the others keep their result object). */
  changed: string[];
  /** Flows no longer in the design. */
  removed: string[];
  /** Whether any design rule ran again (the design findings may differ). */
  findingsRerun: boolean;
  /** True when the edit changed the pack or previews, so everything was evaluated again. */
  full: boolean;
};

type RuleState = { rule: Rule; reads: ReadonlySet<string>; findings: Finding[]; overLimit: [string, string][] };
type FlowState = { result: FlowResult; readonly reads: readonly string[] };

/** The evaluation of one design under one pack, kept up to date with `update`. */
export class LiveEvaluation {
  private design: Design;
  private readonly asked: PackId | undefined;
  private run!: Run;
  private rules: RuleState[] = [];
  private readonly flows = new Map<string, FlowState>();
  /** Read key → the flows that read it. */
  private readonly readers = new Map<string, Set<string>>();
  private limits = new Map<string, string>();
  private nodeById = new Map<string, DesignNode>();
  private edgeById = new Map<string, DesignEdge>();
  private current: EvaluationResult | null = null;

  /** `rulesAsOf` as in `evaluate`: the design's own pack when absent. */
  constructor(design: Design, rulesAsOf?: PackId) {
    this.design = design;
    this.asked = rulesAsOf;
    this.evaluateAll();
  }

  /** The whole result document, as `evaluate` gives it (built when asked: an update need not). */
  get result(): EvaluationResult {
    this.current ??= resultOf(
      this.run,
      this.run.topo.edgesOf('flow').map((flow) => [flow.id, (this.flows.get(flow.id) as FlowState).result]),
      this.rules.flatMap((state) => state.findings),
    );
    return this.current;
  }

  /** The design as it stands after the last update. */
  get document(): Design {
    return this.design;
  }

  /** One flow's result. */
  flow(id: string): FlowResult | undefined {
    return this.flows.get(id)?.result;
  }

  /** The design findings, sorted as in the result. */
  get findings(): Finding[] {
    return this.result.findings;
  }

  update(patch: DesignPatch): EvaluationUpdate {
    const after = applyPatch(this.design, patch);
    this.design = after;
    this.current = null;
    const previous = this.run;
    if (this.packOf(after) !== previous.pack || after.allowPreviews !== previous.allowPreviews) {
      const old = new Map(this.flows);
      this.flows.clear();
      this.readers.clear();
      this.evaluateAll();
      const changed: string[] = [];
      for (const [id, state] of this.flows) {
        const was = old.get(id)?.result;
        old.delete(id);
        if (was && sameValue(was, state.result)) state.result = was;
        else changed.push(id);
      }
      return { evaluated: [...this.flows.keys()], changed, removed: [...old.keys()], findingsRerun: true, full: true };
    }

    const keys = new Set<string>();
    const removed: string[] = [];
    const dropFlow = (before: DesignEdge | undefined) => {
      if (before?.kind !== 'flow') return;
      this.forget(before.id);
      removed.push(before.id);
    };
    for (const node of patch.nodes.put) {
      touched(this.nodeById.get(node.id), node, keys);
      this.nodeById.set(node.id, node);
    }
    for (const id of patch.nodes.remove) {
      changedKeys(this.nodeById.get(id), undefined, keys);
      this.nodeById.delete(id);
    }
    for (const edge of patch.edges.put) {
      const before = this.edgeById.get(edge.id);
      touched(before, edge, keys);
      if (edge.kind !== 'flow') dropFlow(before);
      this.edgeById.set(edge.id, edge);
    }
    for (const id of patch.edges.remove) {
      const before = this.edgeById.get(id);
      changedKeys(before, undefined, keys);
      dropFlow(before);
      this.edgeById.delete(id);
    }

    this.run = startRun(after, this.packOf(after));
    let findingsRerun = false;
    this.rules = this.rules.map((state) => {
      if (!readsAny(state.reads, keys)) return state;
      findingsRerun = true;
      return this.ruleState(state.rule);
    });
    this.markLimits(keys);

    const stale = new Set<string>();
    for (const key of keys) for (const id of this.readers.get(key) ?? []) stale.add(id);
    const evaluated: string[] = [];
    const changed: string[] = [];
    for (const flow of this.run.topo.edgesOf('flow')) {
      const state = this.flows.get(flow.id);
      if (state && !stale.has(flow.id)) continue;
      const now = this.flowState(flow, state);
      evaluated.push(flow.id);
      if (now.result !== state?.result) changed.push(flow.id);
    }
    return { evaluated, changed, removed, findingsRerun, full: false };
  }

  private packOf(design: Design): PackId {
    return this.asked ?? design.rulesAsOf;
  }

  private evaluateAll(): void {
    this.nodeById = indexById(this.design.nodes);
    this.edgeById = indexById(this.design.edges);
    this.run = startRun(this.design, this.packOf(this.design));
    this.rules = this.run.rules.map((rule) => this.ruleState(rule));
    this.limits = new Map();
    this.markLimits(new Set());
    for (const flow of this.run.topo.edgesOf('flow')) this.flowState(flow);
  }

  private ruleState(rule: Rule): RuleState {
    const reads = new Set<string>();
    const outer = this.run.topo.track(reads);
    try {
      return { rule, reads, ...this.run.designRule(rule) };
    } finally {
      this.run.topo.track(outer);
    }
  }

  /** Applies every rule's IP limit marks to the run, adding `@limit:<circuit>` to `keys` where they changed. */
  private markLimits(keys: Set<string>): void {
    for (const state of this.rules)
      for (const [circuit, endpoint] of state.overLimit) this.run.markOverLimit(circuit, endpoint);
    const limits = new Map<string, string>();
    for (const state of this.rules) {
      for (const [circuit] of state.overLimit) {
        if (!limits.has(circuit)) limits.set(circuit, [...(this.run.overLimitOf(circuit) ?? [])].sort().join('\u0000'));
      }
    }
    for (const circuit of new Set([...limits.keys(), ...this.limits.keys()])) {
      if (limits.get(circuit) !== this.limits.get(circuit)) keys.add(`@limit:${circuit}`);
    }
    this.limits = limits;
  }

  /** Evaluates `flow` and indexes what it read (unless it read the same as when it was `previous`ly evaluated). */
  private flowState(flow: Parameters<Run['flow']>[0], previous?: FlowState): FlowState {
    const tracked = new Set<string>();
    const outer = this.run.topo.track(tracked);
    let result: FlowResult;
    try {
      result = this.run.flow(flow);
    } finally {
      this.run.topo.track(outer);
    }
    // An equal result keeps its old object: what did not change is told apart by identity.
    if (previous && sameValue(previous.result, result)) result = previous.result;
    const reads = [...tracked];
    // Most edits change what a flow finds, not where it looks: then its index entries stand.
    if (previous && sameList(previous.reads, reads)) {
      const state = { result, reads: previous.reads };
      this.flows.set(flow.id, state);
      return state;
    }
    if (previous) this.forget(flow.id);
    const state = { result, reads };
    this.flows.set(flow.id, state);
    for (const key of reads) {
      const readers = this.readers.get(key);
      if (readers) readers.add(flow.id);
      else this.readers.set(key, new Set([flow.id]));
    }
    return state;
  }

  private forget(flowId: string): void {
    const state = this.flows.get(flowId);
    if (!state) return;
    this.flows.delete(flowId);
    for (const key of state.reads) {
      const readers = this.readers.get(key);
      readers?.delete(flowId);
      if (readers?.size === 0) this.readers.delete(key);
    }
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function readsAny(reads: ReadonlySet<string>, keys: ReadonlySet<string>): boolean {
  for (const key of keys) if (reads.has(key)) return true;
  return false;
}

/** Adds the keys an item's replacement touches, unless only its place on the canvas moved. */
function touched<T extends DesignNode | DesignEdge>(before: T | undefined, after: T, keys: Set<string>): void {
  if (before && sameValue(withoutPosition(before), withoutPosition(after))) return;
  changedKeys(before, after, keys);
}

/** The engine never reads where a node is drawn: dragging one must not evaluate anything again. */
function withoutPosition(item: DesignNode | DesignEdge): unknown {
  if (!('position' in item)) return item;
  const { position: _position, ...rest } = item;
  return rest;
}
