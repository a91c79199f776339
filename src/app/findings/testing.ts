import type { EvaluationResult, Finding, FlowResult, Severity } from '../../engine/index.ts';

// Small evaluation results for the findings module's tests.

export const finding = (ruleId: string, subject: string, severity: Severity, message = 'm'): Finding => ({
  ruleId,
  subject,
  message,
  severity,
  remediation: 'r',
  confidence: 'documented',
  source: { title: 't', url: 'https://example.test', date: '2024-01-01' },
});

export const flow = (findings: Finding[], expectationMet?: boolean): FlowResult => ({
  verdict: 'gateway',
  path: [],
  findings,
  ...(expectationMet === undefined ? {} : { expectationMet }),
});

export const result = (findings: Finding[], flows: Record<string, FlowResult> = {}): EvaluationResult => ({
  rulesAsOf: '2025-11',
  pack: { id: 'latest', date: '2026-03-31' },
  allowPreviews: false,
  findings,
  flows,
});
