import { useEffect } from 'react';
import { Toaster } from 'sonner';
import { toasterReady } from '../store/notices.ts';

/** The toaster, mounted when the first notice is shown (sonner loads earlier: store/notices.ts). */
export function Notifications({ theme }: { theme: 'light' | 'dark' }) {
  // Effects run child first: by now sonner's toaster listens, so the waiting notices can go.
  useEffect(() => toasterReady(), []);
  // Below the header, so a notice never covers its buttons (Designs, the rule pack). The direction
  // is given: left to find it, sonner reads the page's computed style at each render, which makes
  // the browser style a large canvas there and then.
  return <Toaster position="top-center" offset={{ top: 76 }} theme={theme} richColors closeButton dir="ltr" />;
}
