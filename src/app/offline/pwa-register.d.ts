// The types of `virtual:pwa-register`, the service worker registration vite-plugin-pwa builds.
/// <reference types="vite-plugin-pwa/vanillajs" />
