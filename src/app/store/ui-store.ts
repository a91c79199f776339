import { create } from 'zustand';
import type { PackId } from '../../engine/index.ts';
import { EMPTY_SELECTION, type Selection } from './selection.ts';

// Session state of the screen: never saved with the design, never part of undo.

export type Tool = 'connect' | 'flow';
export type Theme = 'light' | 'dark';
export type Dialog = 'shortcuts' | 'designs' | null;

export type UiState = {
  /** The flow under the pointer (in the list or on the canvas); the others fade. */
  highlightedFlowId: string | null;
  selection: Selection;
  /** What dragging from a node's handle draws: the edge the pair implies, or a flow. */
  tool: Tool;
  snapToGrid: boolean;
  showMinimap: boolean;
  /** The canvas area shows the design as text (for keyboard and screen-reader users). */
  textView: boolean;
  /** The side panels; closed, each leaves a narrow rail to open it again and the canvas the room. */
  paletteOpen: boolean;
  detailsOpen: boolean;
  theme: Theme;
  dialog: Dialog;
  /** The second rule pack the compare view holds the design's own pack against; null when closed. */
  comparePack: PackId | null;
  setHighlightedFlow: (flowId: string | null) => void;
  setSelection: (selection: Selection) => void;
  setTool: (tool: Tool) => void;
  toggleSnapToGrid: () => void;
  toggleMinimap: () => void;
  toggleTextView: () => void;
  togglePalette: () => void;
  toggleDetails: () => void;
  setTheme: (theme: Theme) => void;
  setDialog: (dialog: Dialog) => void;
  setComparePack: (pack: PackId | null) => void;
};

const THEME_KEY = 'fastpath-designer.theme';

function initialTheme(): Theme {
  try {
    const saved = globalThis.localStorage?.getItem(THEME_KEY);
    if (saved === 'dark' || saved === 'light') return saved;
    return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

export const useUiStore = create<UiState>()((set) => ({
  highlightedFlowId: null,
  selection: EMPTY_SELECTION,
  tool: 'connect',
  snapToGrid: true,
  showMinimap: true,
  textView: false,
  paletteOpen: true,
  detailsOpen: true,
  theme: initialTheme(),
  dialog: null,
  comparePack: null,
  setHighlightedFlow: (highlightedFlowId) => set({ highlightedFlowId }),
  setSelection: (selection) => set({ selection }),
  setTool: (tool) => set({ tool }),
  toggleSnapToGrid: () => set((s) => ({ snapToGrid: !s.snapToGrid })),
  toggleMinimap: () => set((s) => ({ showMinimap: !s.showMinimap })),
  toggleTextView: () => set((s) => ({ textView: !s.textView })),
  togglePalette: () => set((s) => ({ paletteOpen: !s.paletteOpen })),
  toggleDetails: () => set((s) => ({ detailsOpen: !s.detailsOpen })),
  setTheme: (theme) => {
    try {
      globalThis.localStorage?.setItem(THEME_KEY, theme);
    } catch {
      // A theme that is not remembered is no loss.
    }
    set({ theme });
  },
  setDialog: (dialog) => set({ dialog }),
  setComparePack: (comparePack) => set({ comparePack }),
}));
