import type { Design, DesignEdge, DesignNode, EvaluationResult, Finding, FlowResult } from './model/types.ts';
import { applyPatch, indexById, sameValue, type DesignPatch } from './model/design-patch.ts';
import type { PackId } from './model/packs.ts';
import { sortFindings } from './model/findings.ts';
import { changedKeys, ReadKeys, type Reads } from './model/topology.ts';
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
  /** True when the edit changed the pack, previews or the order of items, so everything was evaluated again. */
  full: boolean;
};

type RuleState = { rule: Rule; reads: ReadKeys; findings: Finding[]; overLimit: [string, string][] };
/** The flows that read one key: most keys (a flow's own, an endpoint's) have one, kept without a set. */
type Readers = number | Set<number>;

/** A flow's result, what it read (as recorded), and its number in the index. */
type FlowState = { result: FlowResult; readonly reads: Reads; readonly no: number };

/** The evaluation of one design under one pack, kept up to date with `update`. */
export class LiveEvaluation {
  private design: Design;
  private readonly asked: PackId | undefined;
  private run!: Run;
  private rules: RuleState[] = [];
  private readonly flows = new Map<string, FlowState>();
  /** Read key (group, then id) → the numbers of the flows that read it. */
  private readonly readers = new Map<string, Map<string, Readers>>();
  /** Flow numbers, so the index holds small integers rather than ids. */
  private readonly numbers = new Map<string, number>();
  private readonly ids: string[] = [];
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
    // Not through `result`, which would build the document of every flow to read this.
    return this.current?.findings ?? sortFindings(this.rules.flatMap((state) => state.findings));
  }

  update(patch: DesignPatch): EvaluationUpdate {
    const after = applyPatch(this.design, patch);
    this.design = after;
    this.current = null;
    const previous = this.run;
    // A new order can change what comes first (the first peering a route problem names, the
    // earlier of two overlapping VNets): rare enough to evaluate everything again.
    const reordered = patch.nodes.order !== undefined || patch.edges.order !== undefined;
    if (reordered || this.packOf(after) !== previous.pack || after.allowPreviews !== previous.allowPreviews) {
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

    const keys = new ReadKeys();
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
      if (!state.reads.meets(keys)) return state;
      findingsRerun = true;
      return this.ruleState(state.rule);
    });
    this.markLimits(keys);

    const stale = new Set<string>();
    for (const [group, id] of keys) {
      const readers = this.readers.get(group)?.get(id);
      if (typeof readers === 'number') stale.add(this.ids[readers] as string);
      else for (const no of readers ?? []) stale.add(this.ids[no] as string);
    }
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
    this.markLimits(new ReadKeys());
    for (const flow of this.run.topo.edgesOf('flow')) this.flowState(flow);
  }

  private ruleState(rule: Rule): RuleState {
    const reads: Reads = [];
    const outer = this.run.topo.track(reads);
    try {
      const outcome = this.run.designRule(rule);
      return { rule, reads: ReadKeys.of(reads), ...outcome };
    } finally {
      this.run.topo.track(outer);
    }
  }

  /** Applies every rule's IP limit marks to the run, adding the key `limit`, circuit to `keys` where they changed. */
  private markLimits(keys: ReadKeys): void {
    for (const state of this.rules)
      for (const [circuit, endpoint] of state.overLimit) this.run.markOverLimit(circuit, endpoint);
    const limits = new Map<string, string>();
    for (const state of this.rules) {
      for (const [circuit] of state.overLimit) {
        if (!limits.has(circuit)) limits.set(circuit, [...(this.run.overLimitOf(circuit) ?? [])].sort().join('\u0000'));
      }
    }
    for (const circuit of new Set([...limits.keys(), ...this.limits.keys()])) {
      if (limits.get(circuit) !== this.limits.get(circuit)) keys.add('limit', circuit);
    }
    this.limits = limits;
  }

  /** Evaluates `flow` and indexes what it read (unless it read the same as when it was `previous`ly evaluated). */
  private flowState(flow: Parameters<Run['flow']>[0], previous?: FlowState): FlowState {
    const reads: Reads = [];
    const outer = this.run.topo.track(reads);
    let result: FlowResult;
    try {
      result = this.run.flow(flow);
    } finally {
      this.run.topo.track(outer);
    }
    // An equal result keeps its old object: what did not change is told apart by identity.
    if (previous && sameValue(previous.result, result)) result = previous.result;
    // Most edits change what a flow finds, not where it looks: then its index entries stand.
    if (previous && sameList(previous.reads, reads)) {
      const state = { result, reads: previous.reads, no: previous.no };
      this.flows.set(flow.id, state);
      return state;
    }
    let no = this.numbers.get(flow.id);
    if (no === undefined) {
      no = this.ids.length;
      this.ids.push(flow.id);
      this.numbers.set(flow.id, no);
    }
    const state = { result, reads, no };
    this.flows.set(flow.id, state);
    // Only the keys that came or went move in the index: a key read by thousands of flows keeps
    // its set rather than losing and regaining them all (each costs the set a rehash or two).
    const before = previous?.reads ?? [];
    for (let i = 0; i < before.length; i += 2) {
      if (!hasPair(reads, before[i] as string, before[i + 1] as string)) this.unindexKey(before, i, no);
    }
    for (let i = 0; i < reads.length; i += 2) {
      const group = reads[i] as string;
      const id = reads[i + 1] as string;
      if (previous && hasPair(before, group, id)) continue;
      let ids = this.readers.get(group);
      if (!ids) this.readers.set(group, (ids = new Map()));
      const readers = ids.get(id);
      if (readers === undefined) ids.set(id, no);
      else if (typeof readers === 'number') ids.set(id, new Set([readers, no]));
      else readers.add(no);
    }
    return state;
  }

  private forget(flowId: string): void {
    const state = this.flows.get(flowId);
    if (!state) return;
    this.flows.delete(flowId);
    this.unindex(state);
  }

  private unindex(state: FlowState): void {
    for (let i = 0; i < state.reads.length; i += 2) this.unindexKey(state.reads, i, state.no);
  }

  /** Takes flow `no` off the readers of the key at `at` in `reads`. */
  private unindexKey(reads: Reads, at: number, no: number): void {
    const ids = this.readers.get(reads[at] as string);
    const id = reads[at + 1] as string;
    const readers = ids?.get(id);
    if (readers === undefined) return;
    if (typeof readers === 'number') {
      if (readers === no) ids?.delete(id);
      return;
    }
    readers.delete(no);
    if (readers.size === 0) ids?.delete(id);
  }
}

/** Whether a recorded list holds the key (a flow reads a few dozen: a scan beats building a set). */
function hasPair(reads: Reads, group: string, id: string): boolean {
  for (let i = 0; i < reads.length; i += 2) if (reads[i] === group && reads[i + 1] === id) return true;
  return false;
}

function sameList(a: Reads, b: Reads): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Adds the keys an item's replacement touches, unless only its place on the canvas moved. */
function touched<T extends DesignNode | DesignEdge>(before: T | undefined, after: T, keys: ReadKeys): void {
  if (before && sameValue(withoutPosition(before), withoutPosition(after))) return;
  changedKeys(before, after, keys);
}

/** The engine never reads where a node is drawn: dragging one must not evaluate anything again. */
function withoutPosition(item: DesignNode | DesignEdge): unknown {
  if (!('position' in item)) return item;
  const { position: _position, ...rest } = item;
  return rest;
}
