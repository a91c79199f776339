import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import '@xyflow/react/dist/style.css';
import './index.css';
import { App } from './app/App.tsx';
import { startSession } from './app/persistence/session.ts';
import { joinLiveSessionInAddress } from './app/live/live-lazy.ts';
import { evaluateEarly } from './app/queries/early-evaluation.ts';

const queryClient = new QueryClient({
  defaultOptions: { queries: { refetchOnWindowFocus: false } },
});

// Each new revision is sent to the analysis as the store takes it, not after the screen has drawn it.
evaluateEarly(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('FastPath Designer: the #root element is missing from index.html');

// A room link (`?live=…`) joins its live session once the session has started; the live
// session's code loads only then.
void startSession().then(() => {
  if (new URLSearchParams(location.search).has('live')) joinLiveSessionInAddress();
});

// Offline use (a service worker; src/app/offline/): built app only, registered once the page has
// loaded so it takes nothing from the first screen. The dev server never has one.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  // Without it the app works as before, online: a failure to register is not the person's concern.
  const register = () =>
    void import('./app/offline/register-service-worker.ts').then((m) => m.registerServiceWorker()).catch(() => {});
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
