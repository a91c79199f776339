// The browser every test and benchmark drives: Debian's Chromium by default (no browser downloads
// on our machines); set CHROMIUM_PATH="" on a laptop to use Playwright's own browser instead.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return path === '' ? undefined : path;
}
