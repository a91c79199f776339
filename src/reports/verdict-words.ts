import type { Verdict } from '../engine/index.ts';

/** Each verdict's word, the same on the screen, in the reports and in the checker's diff. */
export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  fastpath: 'FastPath',
  gateway: 'Gateway',
  direct: 'Direct',
  unreachable: 'Unreachable',
};
