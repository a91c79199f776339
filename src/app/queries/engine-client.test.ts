import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngineApi } from '../../worker/engine-api.ts';
import { estate } from '../commands/test-design.ts';

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
}

// A stand-in Worker that answers comlink's calls with the real engine API, in this thread, and
// records what each call carried.
class AnsweringWorker extends EventTarget {
  static started: AnsweringWorker[] = [];
  readonly api = createEngineApi();
  readonly requests: { key: string; design?: unknown }[] = [];
  constructor() {
    super();
    AnsweringWorker.started.push(this);
  }
  postMessage(message: { id: string; type: string; path: string[]; argumentList: { value: unknown }[] }): void {
    if (message.type !== 'APPLY' || message.path[0] !== 'evaluate') return;
    const [request, rulesAsOf] = message.argumentList.map((arg) => arg.value) as [{ key: string; design?: unknown }, string | undefined];
    this.requests.push(request);
    const value = this.api.evaluate(request, rulesAsOf);
    queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: { id: message.id, type: 'RAW', value } })));
  }
  terminate(): void {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.started = [];
  AnsweringWorker.started = [];
});

describe('engine client', () => {
  it('fails the call when the worker dies, tells the screen, and starts a new worker next time', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.resetModules();
    const { evaluateInWorker, onWorkerStopped, WorkerStoppedError } = await import('./engine-client.ts');
    const heard: string[] = [];
    onWorkerStopped((error) => heard.push(error.message));

    const call = evaluateInWorker('1:1', { format: 'fastpath-design' });
    expect(FakeWorker.started).toHaveLength(1);
    FakeWorker.started[0]?.crash('out of memory');
    await expect(call).rejects.toBeInstanceOf(WorkerStoppedError);
    await expect(call).rejects.toThrow('the analysis worker stopped: out of memory');
    expect(heard).toEqual(['the analysis worker stopped: out of memory']);
    expect(FakeWorker.started[0]?.terminated).toBe(true);

    void evaluateInWorker('1:1', { format: 'fastpath-design' });
    expect(FakeWorker.started).toHaveLength(2);
  });

  it('keeps one worker for successive calls while it lives', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.resetModules();
    const { evaluateInWorker } = await import('./engine-client.ts');
    void evaluateInWorker('1:1', {});
    void evaluateInWorker('1:2', {});
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
    expect(worker?.requests.map((r) => [r.key, r.design !== undefined])).toEqual([['1:1', true], ['1:1', false], ['1:2', true]]);
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
    expect(AnsweringWorker.started[0]?.requests.map((r) => r.design !== undefined)).toEqual([true, false, true]);
  });
});
