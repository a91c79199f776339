import { create } from 'zustand';
import type { EstateImport } from '../../estate/index.ts';

// An estate export read and converted, waiting for the architect to confirm the proposed flows in
// the import dialog (panels/estate/). Nothing is created until they do.

export type PendingEstate = { name: string; estate: Extract<EstateImport, { ok: true }> };

export const useEstateImportStore = create<{ pending: PendingEstate | null }>()(() => ({ pending: null }));
