import type { Design } from '../../engine/index.ts';
import { isCompareAnswer, isCountAnswer, type CompareAnswer, type CountAnswer } from '../../worker/compare-protocol.ts';
import { handedOver, queued, WorkerAnswerError } from './engine-client.ts';

// What the versions of a design ask of the engine worker, in turn with its evaluations and under
// the same watchdog (engine-client.ts). Loaded with the versions panel, not with the first screen.

/**
 * Two versions of a design compared in the worker (engine/diff), both evaluated with `rulesAsOf`
 * (the newer one's own pack when absent). The design being edited keeps its evaluation there.
 */
export function compareInWorker(before: Design, after: Design, rulesAsOf?: string): Promise<CompareAnswer> {
  return queued(after, (engine) =>
    engine.api.compare(handedOver(before), handedOver(after), rulesAsOf).then((answer) => {
      if (!isCompareAnswer(answer)) throw new WorkerAnswerError();
      return answer;
    }),
  );
}

/** A design's flows counted by verdict under its own pack, in the worker. */
export function countVerdictsInWorker(design: Design): Promise<CountAnswer> {
  return queued(design, (engine) =>
    engine.api.countVerdicts(handedOver(design)).then((answer) => {
      if (!isCountAnswer(answer)) throw new WorkerAnswerError();
      return answer;
    }),
  );
}
