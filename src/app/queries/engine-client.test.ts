import { afterEach, describe, expect, it, vi } from 'vitest';

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

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.started = [];
});

describe('engine client', () => {
  it('fails the call when the worker dies, tells the screen, and starts a new worker next time', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.resetModules();
    const { evaluateInWorker, onWorkerStopped, WorkerStoppedError } = await import('./engine-client.ts');
    const heard: string[] = [];
    onWorkerStopped((error) => heard.push(error.message));

    const call = evaluateInWorker({ format: 'fastpath-design' });
    expect(FakeWorker.started).toHaveLength(1);
    FakeWorker.started[0]?.crash('out of memory');
    await expect(call).rejects.toBeInstanceOf(WorkerStoppedError);
    await expect(call).rejects.toThrow('the analysis worker stopped: out of memory');
    expect(heard).toEqual(['the analysis worker stopped: out of memory']);
    expect(FakeWorker.started[0]?.terminated).toBe(true);

    void evaluateInWorker({ format: 'fastpath-design' });
    expect(FakeWorker.started).toHaveLength(2);
  });

  it('keeps one worker for successive calls while it lives', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    vi.resetModules();
    const { evaluateInWorker } = await import('./engine-client.ts');
    void evaluateInWorker({});
    void evaluateInWorker({});
    expect(FakeWorker.started).toHaveLength(1);
  });
});
