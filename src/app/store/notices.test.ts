import { describe, expect, it, vi } from 'vitest';

// Sonner drops a toast sent before its toaster listens: a notice asked for while sonner is still
// loading, or before the toaster has mounted, must wait for both and then be shown once.
const sonner = vi.hoisted(() => ({
  toast: { success: vi.fn(), info: vi.fn(), warning: vi.fn(), error: vi.fn() },
}));
vi.mock('sonner', () => sonner);

const { toast, toasterReady, useNoticeStore } = await import('./notices.ts');

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('notices', () => {
  it('asks for the toaster, and hands notices to sonner only once the toaster listens, in order', async () => {
    expect(useNoticeStore.getState().wanted).toBe(false);
    toast.warning('Storage is full', { id: 'full', duration: 10_000 });
    toast.success('Saved a copy');
    expect(useNoticeStore.getState().wanted).toBe(true);
    await settle();
    expect(sonner.toast.warning).not.toHaveBeenCalled();

    toasterReady();
    await settle();
    expect(sonner.toast.warning).toHaveBeenCalledExactlyOnceWith('Storage is full', { id: 'full', duration: 10_000 });
    expect(sonner.toast.success).toHaveBeenCalledExactlyOnceWith('Saved a copy', undefined);
    expect(sonner.toast.warning.mock.invocationCallOrder[0]).toBeLessThan(
      sonner.toast.success.mock.invocationCallOrder[0]!,
    );

    toast.error('Refused');
    await settle();
    expect(sonner.toast.error).toHaveBeenCalledExactlyOnceWith('Refused', undefined);
  });
});
