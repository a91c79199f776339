import { create } from 'zustand';
import type { PackId } from '../../engine/index.ts';

// Session state of the screen: never saved with the design, never part of undo.

export type UiState = {
  /** A rule pack chosen in the header; null means the pack the design asks for. */
  rulesAsOf: PackId | null;
  /** The flow under the pointer (in the list or on the canvas); the others fade. */
  highlightedFlowId: string | null;
  setRulesAsOf: (pack: PackId | null) => void;
  setHighlightedFlow: (flowId: string | null) => void;
};

export const useUiStore = create<UiState>()((set) => ({
  rulesAsOf: null,
  highlightedFlowId: null,
  setRulesAsOf: (rulesAsOf) => set({ rulesAsOf }),
  setHighlightedFlow: (highlightedFlowId) => set({ highlightedFlowId }),
}));
