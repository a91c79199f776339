/// <reference types="vitest/config" />
import { defineConfig, type Plugin, type PreviewServer, type ViteDevServer } from 'vite';
import preact from '@preact/preset-vite';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { createCollabServer, type CollabServer } from './src/server/collab-server.ts';

// The built app's Content-Security-Policy. Scripts and workers come only from the app itself,
// so nothing a design holds can run as code even if it reached the markup. Styles allow inline
// because React Flow and the toaster set style attributes and one <style> element; pictures allow
// data: and blob: for exports. The service worker (sw.js) and the web app manifest come from the
// app itself too, named here rather than left to default-src. Dev mode has none: Vite's dev client
// needs inline scripts.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'fastpath-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// Offline: the built app is a PWA. A service worker precaches the app shell, the engine and loader
// workers and every lazily loaded chunk, so after the first visit the app opens, edits and
// evaluates with no network. A new version waits until the person says Reload (src/app/offline/),
// and the app registers the worker itself, in production builds only: the dev server has none.
function offline(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    strategies: 'generateSW',
    manifest: {
      name: 'FastPath Designer',
      short_name: 'FastPath',
      description: 'Design Azure ExpressRoute connectivity and see which flows take FastPath, and why.',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      // The icon's tile (slate-900) for the title bar, the page's own background (slate-50) behind it.
      theme_color: '#0f172a',
      background_color: '#f8fafc',
      // One SVG at any size: Chromium installs with it (an SVG icon with sizes "any" passes its
      // icon check), so no PNGs are drawn or generated from it.
      icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    },
    // The icon is in globPatterns already.
    includeManifestIcons: false,
    workbox: {
      // Everything the build emits under these names: index.html, the entry and lazy chunks, the
      // worker bundles (assets/*.worker-*.js), styles, the icon.
      globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
      navigateFallback: 'index.html',
      // The largest files (the entry chunk, about 0.7 MB, and elkjs, about 1.5 MB) with room to grow:
      // a file over this would be left out of the cache, and the app would not open offline.
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      // Prompt mode: a new version waits until the person chooses Reload, and a first visit is not
      // taken over either: its page keeps fetching from the network and is controlled from the
      // next load on.
      clientsClaim: false,
      skipWaiting: false,
      cleanupOutdatedCaches: true,
    },
  });
}

// The app renders with Preact (preact/compat) in place of React DOM: the same components and
// libraries (React Flow, TanStack Query, zustand, sonner) at about 10 kB gzip instead of 70, which
// is what brings the first load under its 180 kB goal (bench/bundle.ts). The preset aliases
// `react` and `react-dom` to preact/compat for our code and the libraries alike, compiles JSX for
// Preact and keeps components' state across edits in dev (Prefresh). The `react` packages stay
// installed as the libraries' peers and for the types we compile against; nothing loads them.
function rendering(): Plugin[] {
  return preact({ devToolsEnabled: false }) as Plugin[];
}

// Live review: the collaboration endpoint (Hocuspocus) inside the dev and preview servers, on their
// own port, so `npm run dev` alone gives live sessions. One server per Vite process.
function liveReview(): Plugin {
  let collab: CollabServer | null = null;
  const attach = (server: ViteDevServer | PreviewServer) => {
    collab ??= createCollabServer();
    const live = collab;
    server.httpServer?.on('upgrade', (request, socket, head) => {
      live.handleUpgrade(request, socket, head);
    });
    server.middlewares.use((request, response, next) => {
      if (!live.handleRequest(request, response)) next();
    });
    server.httpServer?.on('close', () => void live.destroy());
  };
  return {
    name: 'fastpath-live-review',
    configureServer: attach,
    configurePreviewServer: attach,
  };
}

export default defineConfig({
  plugins: [rendering(), tailwindcss(), contentSecurityPolicy(), offline(), liveReview()],
  worker: { format: 'es' },
  // No source maps in the shipped build.
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // Everything the page loads at start (the entry's static imports) goes in one chunk.
        // Left alone, each module also used by a lazily loaded panel became a small chunk of its
        // own: more requests on the first load and, compressed one by one, more bytes.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
