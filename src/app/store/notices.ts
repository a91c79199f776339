import type * as SonnerModule from 'sonner';
import { create } from 'zustand';

// Notices (toasts) with sonner's API, with sonner itself loaded once the first screen is up, out
// of the first load (the library is about a twentieth of it). The page mounts the toaster only once `wanted` is set (App.tsx), and a notice is
// handed to sonner only after the toaster has mounted: sonner drops toasts sent before its
// toaster listens.

export type NoticeKind = 'success' | 'info' | 'warning' | 'error';

export type NoticeOptions = {
  /** A second notice with the same id replaces the first instead of stacking. */
  id?: string;
  duration?: number;
  action?: { label: string; onClick: () => void };
};

type Sonner = typeof SonnerModule;

type NoticeState = {
  /** A notice was asked for: the page mounts the toaster. */
  wanted: boolean;
};

export const useNoticeStore = create<NoticeState>(() => ({ wanted: false }));

let sonner: Promise<Sonner> | null = null;
let mounted: () => void = () => {};
const toasterMounted = new Promise<void>((resolve) => {
  mounted = resolve;
});

/** The toaster calls this once it has mounted and listens for toasts. */
export function toasterReady(): void {
  mounted();
}

/**
 * Loads sonner as soon as the first screen is up. Sonner adds its stylesheet to the page as it
 * loads, and a new stylesheet makes the browser restyle every element: a moment's work on the
 * first screen, a long task once a large design is drawn (whose first notice says it was opened).
 */
export function loadSonnerSoon(): () => void {
  const timer = setTimeout(() => void loadSonner().catch(() => (sonner = null)), 0);
  return () => clearTimeout(timer);
}

/** Loads sonner; the toaster component imports it through here too, so both share one module. */
export function loadSonner(): Promise<Sonner> {
  sonner ??= import('sonner');
  return sonner;
}

function show(kind: NoticeKind, message: string, options?: NoticeOptions): void {
  useNoticeStore.setState({ wanted: true });
  void Promise.all([loadSonner(), toasterMounted]).then(
    ([module]) => {
      module.toast[kind](message, options);
    },
    // Offline with the chunk missing from the cache: the notice is lost, never the page.
    () => {
      sonner = null;
      console.warn(`Could not show a notice: ${message}`);
    },
  );
}

export const toast = {
  success: (message: string, options?: NoticeOptions) => show('success', message, options),
  info: (message: string, options?: NoticeOptions) => show('info', message, options),
  warning: (message: string, options?: NoticeOptions) => show('warning', message, options),
  error: (message: string, options?: NoticeOptions) => show('error', message, options),
};
