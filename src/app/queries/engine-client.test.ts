import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngineApi } from '../../worker/engine-api.ts';
import type { EvaluateRequest } from '../../worker/protocol.ts';
import type * as Patches from '../../engine/patches.ts';
import { evaluate, type Design } from '../../engine/index.ts';
import { estate } from '../testing/fixtures.ts';

/** What a request carried: the whole design, a patch of the one before, or only the key. */
const sent = (request: EvaluateRequest): 'design' | 'patch' | 'key' =>
  request.design !== undefined ? 'design' : request.patch !== undefined ? 'patch' : 'key';

/** The estate with a second flow, into the hub's VM (which a change to the spoke's VM leaves alone). */
function withSecondFlow(design: Design): Design {
  const flow = design.edges.find((e) => e.id === 'f1')!;
  return { ...design, edges: [...design.edges, { ...flow, id: 'f2', target: 'vm' }] };
}

/** The fake workers never look at the design they are handed. */
const ANY_DESIGN = { format: 'fastpath-design' } as Design;

// A stand-in Worker that never answers until the test makes it crash.
class FakeWorker extends EventTarget {
  static started: FakeWorker[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.started.push(this);
  }
  postMessage(): void {}
  terminate(): void {
    this.terminated = true;
  }
  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
  /** What a browser fires when the worker's script cannot be fetched or parsed: an 'error' with no message. */
  failToLoad(): void {
    this.dispatchEvent(new Event('error'));
  }
}

// A stand-in Worker that answers every comlink call with whatever the test chose, as a broken or
// replaced worker might.
class ScriptedWorker extends EventTarget {
  static started: ScriptedWorker[] = [];
  static answer: unknown = undefined;
  terminated = false;
  constructor() {
    super();
    ScriptedWorker.started.push(this);
  }
  postMessage(message: { id: string }): void {
    queueMicrotask(() =>
      this.dispatchEvent(
        new MessageEvent('message', { data: { id: message.id, type: 'RAW', value: ScriptedWorker.answer } }),
      ),
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

// A stand-in Worker that answers comlink's calls with the real engine API, in this thread, and
// records what each call carried.
class AnsweringWorker extends EventTarget {
  static started: AnsweringWorker[] = [];
  readonly api = createEngineApi();
  readonly requests: EvaluateRequest[] = [];
  constructor() {
    super();
    AnsweringWorker.started.push(this);
  }
  postMessage(message: { id: string; type: string; path: string[]; argumentList: { value: unknown }[] }): void {
    if (message.type !== 'APPLY' || message.path[0] !== 'evaluate') return;
    const [request, rulesAsOf] = message.argumentList.map((arg) => arg.value) as [EvaluateRequest, string | undefined];
    this.requests.push(request);
    const value = this.api.evaluate(request, rulesAsOf);
    queueMicrotask(() =>
      this.dispatchEvent(new MessageEvent('message', { data: { id: message.id, type: 'RAW', value } })),
    );
  }
  terminate(): void {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('../../engine/patches.ts');
  FakeWorker.started = [];
  AnsweringWorker.started = [];
  ScriptedWorker.started = [];
});

describe('engine client', () => {
  it('fails the call when the worker dies, tells the screen, and starts a new worker next time', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.resetModules();
    const { evaluateInWorker, onWorkerStopped, WorkerStoppedError } = await import('./engine-client.ts');
    const heard: string[] = [];
    onWorkerStopped((error) => heard.push(error.message));

    const call = evaluateInWorker('1:1', ANY_DESIGN);
    expect(FakeWorker.started).toHaveLength(1);
    FakeWorker.started[0]?.crash('out of memory');
    await expect(call).rejects.toBeInstanceOf(WorkerStoppedError);
    await expect(call).rejects.toThrow('The analysis worker stopped: out of memory');
    expect(heard).toEqual(['The analysis worker stopped: out of memory']);
    expect(FakeWorker.started[0]?.terminated).toBe(true);

    void evaluateInWorker('1:1', ANY_DESIGN);
    expect(FakeWorker.started).toHaveLength(2);
  });

  it('keeps one worker for successive calls while it lives', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.resetModules();
    const { evaluateInWorker } = await import('./engine-client.ts');
    void evaluateInWorker('1:1', ANY_DESIGN);
    void evaluateInWorker('1:2', ANY_DESIGN);
    expect(FakeWorker.started).toHaveLength(1);
  });

  it('sends a document once per key: the same revision under another pack sends only the key', async () => {
    vi.stubGlobal('Worker', AnsweringWorker);
    vi.resetModules();
    const { evaluateInWorker } = await import('./engine-client.ts');
    const design = estate();

    const latest = await evaluateInWorker('1:1', design, 'latest');
    const old = await evaluateInWorker('1:1', design, '2019-05');
    expect(latest.ok && old.ok).toBe(true);
    if (latest.ok && old.ok) {
      expect(latest.result.rulesAsOf).not.toBe(old.result.rulesAsOf);
      expect(Object.keys(old.result.flows)).toEqual(Object.keys(latest.result.flows));
    }
    await evaluateInWorker('1:2', design, 'latest');
    const worker = AnsweringWorker.started[0];
    expect(worker?.requests.map((r) => [r.key, sent(r)])).toEqual([
      ['1:1', 'design'],
      ['1:1', 'key'],
      ['1:2', 'patch'],
    ]);
  });

  it('sends an edit as a patch and puts the answer together: the full evaluation, unchanged flows kept as they were', async () => {
    vi.stubGlobal('Worker', AnsweringWorker);
    vi.resetModules();
    const { evaluateInWorker } = await import('./engine-client.ts');
    const before = withSecondFlow(estate());
    const after = { ...before, nodes: before.nodes.map((n) => (n.id === 'vm2' ? { ...n, label: 'App' } : n)) };

    const first = await evaluateInWorker('1:1', before, 'latest');
    const second = await evaluateInWorker('1:2', after, 'latest');
    expect(AnsweringWorker.started[0]?.requests.map(sent)).toEqual(['design', 'patch']);
    if (!first.ok || !second.ok) return expect.unreachable('both evaluate');
    expect(JSON.stringify(second.result)).toBe(JSON.stringify(evaluate(after, { rulesAsOf: 'latest' })));
    expect(second.result.flows.f2).toBe(first.result.flows.f2);
    expect(second.result.flows.f1).not.toEqual(first.result.flows.f1);
  });

  it("sends another session's design whole, without diffing it against the one held", async () => {
    vi.stubGlobal('Worker', AnsweringWorker);
    vi.resetModules();
    const diffed: unknown[] = [];
    vi.doMock('../../engine/patches.ts', async (original) => {
      const code = await original<typeof Patches>();
      return {
        ...code,
        diffDesigns: (...args: Parameters<typeof code.diffDesigns>) => (diffed.push(args), code.diffDesigns(...args)),
      };
    });
    const { evaluateInWorker } = await import('./engine-client.ts');
    const before = withSecondFlow(estate());
    const after = { ...before, nodes: before.nodes.map((n) => (n.id === 'vm2' ? { ...n, label: 'App' } : n)) };
    await evaluateInWorker('1:1', before, 'latest');
    await evaluateInWorker('1:2', after, 'latest');
    expect(diffed).toHaveLength(1);
    // An import opens as session 2: nearly the same design, yet not an edit of the one held.
    const opened = await evaluateInWorker('2:1', before, 'latest');
    expect(opened.ok).toBe(true);
    expect(diffed).toHaveLength(1);
    expect(AnsweringWorker.started[0]?.requests.map(sent)).toEqual(['design', 'patch', 'design']);
  });

  it('posts an edit to an idle worker within the call, not a microtask later, so it leaves before the screen renders the edit', async () => {
    vi.stubGlobal('Worker', AnsweringWorker);
    vi.resetModules();
    const { evaluateInWorker } = await import('./engine-client.ts');
    const before = withSecondFlow(estate());
    const after = { ...before, nodes: before.nodes.map((n) => (n.id === 'vm2' ? { ...n, label: 'App' } : n)) };
    await evaluateInWorker('1:1', before, 'latest');
    // The patch code is fetched with the first answer.
    await vi.waitFor(() => import('../../engine/patches.ts'));
    await new Promise((resolve) => setTimeout(resolve, 0));

    const edit = evaluateInWorker('1:2', after, 'latest');
    expect(AnsweringWorker.started[0]?.requests.map(sent)).toEqual(['design', 'patch']);
    // A call made while another is under way waits for it.
    const next = evaluateInWorker('1:3', before, 'latest');
    expect(AnsweringWorker.started[0]?.requests).toHaveLength(2);
    await Promise.all([edit, next]);
    expect(AnsweringWorker.started[0]?.requests.map(sent)).toEqual(['design', 'patch', 'patch']);
  });

  it('sends the design whole while the patch code cannot be fetched (offline), and patches again once it can', async () => {
    vi.stubGlobal('Worker', AnsweringWorker);
    vi.resetModules();
    let reachable = false;
    vi.doMock('../../engine/patches.ts', async (original) => {
      if (!reachable) throw new TypeError('Failed to fetch dynamically imported module');
      return original();
    });
    const { evaluateInWorker } = await import('./engine-client.ts');
    const before = withSecondFlow(estate());
    const after = { ...before, nodes: before.nodes.map((n) => (n.id === 'vm2' ? { ...n, label: 'App' } : n)) };
    const again = { ...after, title: 'renamed' };

    expect((await evaluateInWorker('1:1', before, 'latest')).ok).toBe(true);
    const offline = await evaluateInWorker('1:2', after, 'latest');
    if (!offline.ok) return expect.unreachable('evaluated without the patch code');
    expect(JSON.stringify(offline.result)).toBe(JSON.stringify(evaluate(after, { rulesAsOf: 'latest' })));
    reachable = true;
    vi.resetModules();
    expect((await evaluateInWorker('1:3', again, 'latest')).ok).toBe(true);
    expect(AnsweringWorker.started[0]?.requests.map(sent)).toEqual(['design', 'design', 'patch']);
  });

  it('sends the design whole when the worker lost what a patch is based on', async () => {
    vi.stubGlobal('Worker', AnsweringWorker);
    vi.resetModules();
    const { evaluateInWorker } = await import('./engine-client.ts');
    const before = withSecondFlow(estate());
    const after = { ...before, title: 'renamed' };
    await evaluateInWorker('1:1', before, 'latest');
    Object.assign(AnsweringWorker.started[0]!, { api: createEngineApi() });
    const again = await evaluateInWorker('1:2', after, 'latest');
    expect(again.ok).toBe(true);
    expect(AnsweringWorker.started[0]?.requests.map(sent)).toEqual(['design', 'patch', 'design']);
  });

  it('sends the design whole when an edit changed most of it', async () => {
    vi.stubGlobal('Worker', AnsweringWorker);
    vi.resetModules();
    const { evaluateInWorker } = await import('./engine-client.ts');
    const before = estate();
    const after = { ...before, nodes: before.nodes.map((n) => ({ ...n, label: `${n.label} (new)` })) };
    await evaluateInWorker('1:1', before);
    const answer = await evaluateInWorker('1:2', after);
    expect(AnsweringWorker.started[0]?.requests.map(sent)).toEqual(['design', 'design']);
    if (answer.ok) expect(answer.result).toEqual(evaluate(after));
  });

  it('sends the document again when the worker does not hold it', async () => {
    vi.stubGlobal('Worker', AnsweringWorker);
    vi.resetModules();
    const { evaluateInWorker } = await import('./engine-client.ts');
    await evaluateInWorker('1:1', estate());
    // The worker lost its document (as after a failed load); the client is not told, but recovers.
    Object.assign(AnsweringWorker.started[0]!, { api: createEngineApi() });
    const again = await evaluateInWorker('1:1', estate(), '2019-05');
    expect(again.ok).toBe(true);
    expect(AnsweringWorker.started[0]?.requests.map(sent)).toEqual(['design', 'key', 'design']);
  });

  it('gives up on a worker that never answers: a timeout error, the worker ended, a fresh one next time', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('__fastpathWatchdogMs', 30);
    vi.resetModules();
    const { evaluateInWorker, AnalysisTimeoutError } = await import('./engine-client.ts');

    const call = evaluateInWorker('1:1', ANY_DESIGN);
    await expect(call).rejects.toBeInstanceOf(AnalysisTimeoutError);
    await expect(call).rejects.toThrow('The analysis stopped: it took longer than 0.03 s for a design of this size');
    expect(FakeWorker.started[0]?.terminated).toBe(true);

    void evaluateInWorker('1:1', ANY_DESIGN).catch(() => undefined);
    expect(FakeWorker.started).toHaveLength(2);
    expect(FakeWorker.started[1]?.terminated).toBe(false);
  });

  it('fails the other calls waiting on a worker that timed out, so they can try a fresh one', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('__fastpathWatchdogMs', 20);
    vi.resetModules();
    const { evaluateInWorker, AnalysisTimeoutError, WorkerStoppedError } = await import('./engine-client.ts');
    const first = evaluateInWorker('1:1', ANY_DESIGN);
    const waiting = evaluateInWorker('1:1', ANY_DESIGN, '2019-05');
    await expect(first).rejects.toBeInstanceOf(AnalysisTimeoutError);
    await expect(waiting).rejects.toBeInstanceOf(WorkerStoppedError);
  });

  it('starts the clock of each call when the call before it is answered, not when it was asked', async () => {
    // Three calls, each answered after 40 ms: together 120 ms, over the 90 ms limit, each well under it.
    class SlowWorker extends AnsweringWorker {
      private busy = Promise.resolve();
      override postMessage(message: Parameters<AnsweringWorker['postMessage']>[0]): void {
        // One call at a time, as a worker thread runs them.
        this.busy = this.busy.then(
          () =>
            new Promise<void>((resolve) =>
              setTimeout(() => {
                super.postMessage(message);
                resolve();
              }, 40),
            ),
        );
      }
    }
    vi.stubGlobal('Worker', SlowWorker);
    vi.stubGlobal('__fastpathWatchdogMs', 90);
    vi.resetModules();
    const { evaluateInWorker } = await import('./engine-client.ts');
    const design = estate();
    const answers = await Promise.all([
      evaluateInWorker('1:1', design),
      evaluateInWorker('1:2', design),
      evaluateInWorker('1:3', design),
    ]);
    expect(answers.map((answer) => answer.ok)).toEqual([true, true, true]);
  });

  it('says the analysis could not start when the worker script fails to load, and does not promise a restart', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.resetModules();
    const { evaluateInWorker, onWorkerStopped, WorkerStoppedError } = await import('./engine-client.ts');
    const heard: { message: string; restarts: boolean }[] = [];
    onWorkerStopped((error) => heard.push({ message: error.message, restarts: error.restarts }));

    const call = evaluateInWorker('1:1', ANY_DESIGN);
    FakeWorker.started[0]?.failToLoad();
    await expect(call).rejects.toBeInstanceOf(WorkerStoppedError);
    await expect(call).rejects.toThrow('The analysis could not start: its script failed to load');
    expect(heard).toEqual([{ message: 'The analysis could not start: its script failed to load', restarts: false }]);
    expect(FakeWorker.started[0]?.terminated).toBe(true);
  });

  it.each([
    { name: 'undefined', answer: undefined },
    { name: 'null', answer: null },
    { name: 'a string', answer: 'ok' },
    { name: 'ok without a result', answer: { ok: true } },
    { name: 'a result without flows', answer: { ok: true, result: { findings: [] } } },
    { name: 'errors that are not strings', answer: { ok: false, errors: [42] } },
  ])('refuses an answer that is $name, and ends that worker', async ({ answer }) => {
    vi.stubGlobal('Worker', ScriptedWorker);
    ScriptedWorker.answer = answer;
    vi.resetModules();
    const { evaluateInWorker, WorkerAnswerError } = await import('./engine-client.ts');

    const call = evaluateInWorker('1:1', ANY_DESIGN);
    await expect(call).rejects.toBeInstanceOf(WorkerAnswerError);
    await expect(call).rejects.toThrow('The analysis sent an answer the app cannot read');
    expect(ScriptedWorker.started[0]?.terminated).toBe(true);
  });

  it('passes on a well-formed refusal from the worker', async () => {
    vi.stubGlobal('Worker', ScriptedWorker);
    ScriptedWorker.answer = { ok: false, errors: ['format: expected "fastpath-design"'] };
    vi.resetModules();
    const { evaluateInWorker } = await import('./engine-client.ts');
    await expect(evaluateInWorker('1:1', ANY_DESIGN)).resolves.toEqual({
      ok: false,
      errors: ['format: expected "fastpath-design"'],
    });
    expect(ScriptedWorker.started[0]?.terminated).toBe(false);
  });

  it('refuses an answer that could not be copied out of the worker instead of waiting for it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.resetModules();
    const { evaluateInWorker, WorkerAnswerError } = await import('./engine-client.ts');
    const call = evaluateInWorker('1:1', ANY_DESIGN);
    FakeWorker.started[0]?.dispatchEvent(new MessageEvent('messageerror'));
    await expect(call).rejects.toBeInstanceOf(WorkerAnswerError);
  });

  it('says the analysis could not start when the browser refuses to create the worker', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('blocked by policy', 'SecurityError');
        }
      },
    );
    vi.resetModules();
    const { evaluateInWorker, WorkerStoppedError } = await import('./engine-client.ts');
    const call = evaluateInWorker('1:1', ANY_DESIGN);
    await expect(call).rejects.toBeInstanceOf(WorkerStoppedError);
    await expect(call).rejects.toThrow('The analysis could not start: its script failed to load');
  });
});
