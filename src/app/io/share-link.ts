import type { Design } from '../../engine/index.ts';
import type { ShareRead } from './share-codec.ts';

// A design in a link, with no server: the JSON document, deflated and base64url-encoded, in the
// URL fragment (which browsers never send anywhere). Opening the link shows it read-only.
// The codec (share-codec.ts) loads on first use: most visits neither open nor copy a link.

export type { ShareRead };

/** True when the fragment is meant as a share link (well formed or not). */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith('#share=');
}

/** The fragment (starting with `#share=`) that carries `design`. */
export async function shareFragment(design: Design): Promise<string> {
  const codec = await import('./share-codec.ts');
  return codec.shareFragment(design);
}

/** The design a share fragment carries, or why it cannot be opened. */
export async function readShareFragment(hash: string): Promise<ShareRead> {
  const codec = await import('./share-codec.ts');
  return codec.readShareFragment(hash);
}
