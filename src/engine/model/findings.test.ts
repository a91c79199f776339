import { describe, expect, it } from 'vitest';
import { sortFindings } from './findings.ts';
import type { Finding } from './types.ts';
import type { Severity } from '../schema/kinds.ts';

// The order every list of a flow's findings starts from: what decided the verdict, then the rest
// worst first; one copy of each repeat, the decisive one when there is one.

const SOURCE = { title: 'About FastPath', url: 'https://learn.microsoft.com/x', date: '2025-11-01' };
const finding = (ruleId: string, severity: Severity, decisive = false): Finding => ({
  ruleId,
  severity,
  message: `${ruleId} says so.`,
  remediation: 'None.',
  subject: 'n1',
  source: SOURCE,
  confidence: 'documented',
  ...(decisive ? { decisive: true as const } : {}),
});
const order = (findings: Finding[]) => sortFindings(findings).map((f) => `${f.ruleId}${f.decisive ? '!' : ''}`);

describe('sortFindings', () => {
  it.each([
    {
      name: 'a decisive info note comes before a warning that did not decide',
      given: [finding('w', 'warning'), finding('i', 'info', true)],
      expected: ['i!', 'w'],
    },
    {
      name: 'several decisive findings keep the severity order among themselves',
      given: [finding('a', 'info', true), finding('e', 'error'), finding('b', 'warning', true)],
      expected: ['b!', 'a!', 'e'],
    },
    {
      name: 'without decisive findings, the severity order alone',
      given: [finding('i', 'info'), finding('e', 'error'), finding('w', 'warning')],
      expected: ['e', 'w', 'i'],
    },
    {
      name: 'a repeat keeps its decisive copy, wherever it was reported',
      given: [finding('g', 'info'), finding('w', 'warning'), finding('g', 'info', true)],
      expected: ['g!', 'w'],
    },
  ])('$name', ({ given, expected }) => {
    expect(order(given)).toEqual(expected);
  });

  it('gives the same order whatever order the findings were reported in', () => {
    const given = [
      finding('b', 'info', true),
      finding('a', 'info', true),
      finding('c', 'warning'),
      finding('d', 'info'),
    ];
    expect(sortFindings([...given].reverse())).toEqual(sortFindings(given));
  });
});
