// What passes between the screen and the engine worker: plain JSON both ways.
import type { EvaluationResult } from '../engine/index.ts';

export type EvaluateResponse =
  | { ok: true; result: EvaluationResult }
  | { ok: false; errors: string[] };

/** A document to evaluate: its key (design session and revision) and, unless the worker has it already, the document. */
export type EvaluateRequest = { key: string; design?: unknown };

/** The only error in a response meaning "the worker holds no document under this key: send it". */
export const NO_DOCUMENT = 'no-document';
