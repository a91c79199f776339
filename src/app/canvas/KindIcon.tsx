import type { ReactNode } from 'react';
import type { NodeKind } from '../../engine/index.ts';

// One icon per node kind, drawn in the same 24×24 stroke style so they read as one family.

const PATHS: Record<NodeKind, ReactNode> = {
  onPremises: (
    <>
      <path d="M4 21V5a1 1 0 0 1 1-1h9a1 1 0 0 1 1 1v16" />
      <path d="M15 10h4a1 1 0 0 1 1 1v10" />
      <path d="M2.5 21h19" />
      <path d="M8 8h3M8 12h3M8 16h3" />
    </>
  ),
  circuit: (
    <>
      <circle cx="5" cy="12" r="2.5" />
      <circle cx="19" cy="12" r="2.5" />
      <path d="M7.5 12h2.5l2-4 2 8 2-4h.5" />
    </>
  ),
  vnet: (
    <>
      <path d="M7 5 3 12l4 7" />
      <path d="m17 5 4 7-4 7" />
      <circle cx="8.5" cy="12" r="1" fill="currentColor" stroke="none" />
      <circle cx="12" cy="12" r="1" fill="currentColor" stroke="none" />
      <circle cx="15.5" cy="12" r="1" fill="currentColor" stroke="none" />
    </>
  ),
  gateway: (
    <>
      <path d="M4 21V9l8-5 8 5v12" />
      <path d="M9 21v-6a3 3 0 0 1 6 0v6" />
      <path d="M2.5 21h19" />
    </>
  ),
  vm: (
    <>
      <rect x="3" y="4" width="18" height="12" rx="1.5" />
      <path d="M8 20h8M12 16v4" />
    </>
  ),
  loadBalancer: (
    <>
      <circle cx="12" cy="5" r="2.5" />
      <circle cx="5" cy="19" r="2" />
      <circle cx="12" cy="19" r="2" />
      <circle cx="19" cy="19" r="2" />
      <path d="M12 7.5V17M10.5 7 6 17M13.5 7l4.5 10" />
    </>
  ),
  privateEndpoint: (
    <>
      <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1" />
      <path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
    </>
  ),
  dnsResolver: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18" />
      <path d="M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18" />
    </>
  ),
  nva: (
    <>
      <path d="M12 3 5 6v5c0 4.5 3 8.5 7 10 4-1.5 7-5.5 7-10V6z" />
      <path d="M9 12h6M12 9v6" />
    </>
  ),
};

export function KindIcon({ kind, className }: { kind: NodeKind; className?: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
    >
      {PATHS[kind]}
    </svg>
  );
}

/** The icon tile colours for each kind: calm tints that stay clear of the verdict colours. */
export const KIND_TILES = {
  onPremises: 'bg-slate-100 text-slate-700',
  circuit: 'bg-violet-100 text-violet-700',
  vnet: 'bg-sky-100 text-sky-700',
  gateway: 'bg-indigo-100 text-indigo-700',
  vm: 'bg-cyan-100 text-cyan-800',
  loadBalancer: 'bg-teal-100 text-teal-700',
  privateEndpoint: 'bg-fuchsia-100 text-fuchsia-700',
  dnsResolver: 'bg-purple-100 text-purple-700',
  nva: 'bg-stone-200 text-stone-700',
} as const satisfies Record<NodeKind, string>;
