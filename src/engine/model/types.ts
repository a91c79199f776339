import type { z } from 'zod';
import type {
  EDGE_PROPS,
  NODE_PROPS,
  decisionSchema,
  documentShellSchema,
  noteSchema,
  reviewSchema,
} from '../schema/design-schema.ts';
import type { Confidence, EdgeKind, NodeKind, Severity, Verdict } from '../schema/kinds.ts';
import type { PackId } from './packs.ts';

// Types of the design document and the evaluation result, inferred from the schema so the two
// can never drift apart.

export type NodePropsByKind = { [K in NodeKind]: z.output<(typeof NODE_PROPS)[K]> };
export type EdgePropsByKind = { [K in EdgeKind]: z.output<(typeof EDGE_PROPS)[K]> };

type Extra = { [key: string]: unknown };

export type Position = { x: number; y: number };

type NodeBase = Extra & { id: string; label: string; position?: Position; parentId?: string };
export type DesignNodeOf<K extends NodeKind> = NodeBase & { kind: K; props: NodePropsByKind[K] };
export type DesignNode = { [K in NodeKind]: DesignNodeOf<K> }[NodeKind];

type EdgeBase = Extra & { id: string; source: string; target: string; label?: string };
export type DesignEdgeOf<K extends EdgeKind> = EdgeBase & { kind: K; props: EdgePropsByKind[K] };
export type DesignEdge = { [K in EdgeKind]: DesignEdgeOf<K> }[EdgeKind];

export type Note = z.output<typeof noteSchema>;

export type Decision = z.output<typeof decisionSchema>;
export type DecisionStatus = Decision['status'];
export type Review = z.output<typeof reviewSchema>;

type Shell = z.output<typeof documentShellSchema>;
export type Design = Extra & {
  format: Shell['format'];
  version: Shell['version'];
  title: string;
  rulesAsOf: Shell['rulesAsOf'];
  allowPreviews: boolean;
  nodes: DesignNode[];
  edges: DesignEdge[];
  notes: Note[];
  /** Absent when empty; its entries name flows of this design, at most one decision per flow. */
  review?: Review;
};

export type Source = { title: string; url: string; date: string };

export type Finding = {
  ruleId: string;
  severity: Severity;
  message: string;
  remediation: string;
  /** The node or edge id the finding is about. */
  subject: string;
  source: Source;
  confidence: Confidence;
  /**
   * Only on a flow's findings: this one decided the flow's verdict (what sent it through the
   * gateway, or why it has no route). Results from before the field existed are still valid.
   */
  decisive?: true;
};

export type Hop = { nodeId: string; label: string; gateway?: true };

export type Alternate = { connectionId: string; gatewayId: string; circuitId: string; why: string };

export type FlowResult = {
  verdict: Verdict;
  path: Hop[];
  /** The decisive findings first, then the rest by severity. */
  findings: Finding[];
  /** Other entries into Azure the flow could take, after the chosen one. */
  alternates?: Alternate[];
  expectationMet?: boolean;
};

export type EvaluationResult = {
  /** The dated pack used (`latest` resolved). */
  rulesAsOf: Exclude<PackId, 'latest'>;
  /** The pack asked for, with the date of its newest source. */
  pack: { id: PackId; date: string };
  allowPreviews: boolean;
  flows: Record<string, FlowResult>;
  findings: Finding[];
};
