import { create } from 'zustand';
import type { Design, DesignDiff, NodeKind, PackId } from '../../engine/index.ts';
import { EMPTY_SELECTION, type Selection } from './selection.ts';

/** The panels present mode opens over the canvas. */
export type PresentPanel = 'why' | 'agenda' | 'notes';

// Session state of the screen: never saved with the design, never part of undo.

export type Tool = 'connect' | 'flow';

/** What the open design is compared with: a kept version of it, or a design file chosen from disk. */
export type CompareTarget =
  { kind: 'version'; versionId: string; label: string } | { kind: 'file'; name: string; design: Design };

/** Compared with an older version: what is new or changed on the canvas. */
export type ChangeMark = 'added' | 'changed';
/** A node of the older version that is gone, drawn faintly where it was (canvas coordinates). */
export type GhostPart = {
  id: string;
  kind: NodeKind;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
};
export type ChangeMarks = {
  /** "v1", or the file's name: what the marks are relative to. */
  since: string;
  marks: ReadonlyMap<string, ChangeMark>;
  ghosts: readonly GhostPart[];
  /** The comparison itself, for the report's "Changes since" section. */
  diff: DesignDiff;
};
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
  /**
   * Opening the comparison looks back for the newest older pack under which a flow changes: the
   * packs passed over so far, or null once the choice is made (found, or picked by hand).
   */
  compareSearch: readonly PackId[] | null;
  setCompareSearch: (skipped: readonly PackId[] | null) => void;
  /** The versions of the open design, in the details panel. */
  versionsOpen: boolean;
  toggleVersions: () => void;
  /** The open design compared with an older version of it; null when no comparison is open. */
  compareTarget: CompareTarget | null;
  setCompareTarget: (target: CompareTarget | null) => void;
  /** What the comparison marks on the canvas, once it is worked out. */
  changeMarks: ChangeMarks | null;
  setChangeMarks: (marks: ChangeMarks | null) => void;
  /** Present mode: the canvas alone, for a meeting room, stepping through the flows. */
  presenting: boolean;
  /** The flow ids in the order they are presented (the design's agenda, then the rest). */
  presentAgenda: readonly string[];
  /** Where the presenter is in the agenda; -1 is the overview of the whole design. */
  presentStep: number;
  /** What opens over the presented canvas: the step's whole "why", or the agenda to rearrange. */
  presentPanel: PresentPanel | null;
  /** A node just added from the palette or a digit key: the inspector focuses its name. */
  naming: string | null;
  setNaming: (nodeId: string | null) => void;
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
  startPresenting: () => void;
  stopPresenting: () => void;
  /** A new order (the agenda was edited, a flow added or deleted): the flow on screen stays on screen. */
  setPresentAgenda: (agenda: readonly string[]) => void;
  /** Goes to a step, kept between the overview and the last flow. */
  presentGo: (step: number) => void;
  setPresentPanel: (panel: PresentPanel | null) => void;
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
  compareSearch: null,
  versionsOpen: false,
  toggleVersions: () => set((s) => ({ versionsOpen: !s.versionsOpen })),
  compareTarget: null,
  // A new comparison starts without marks: the last one's would be drawn on the wrong design.
  setCompareTarget: (compareTarget) => set({ compareTarget, changeMarks: null }),
  changeMarks: null,
  setChangeMarks: (changeMarks) => set({ changeMarks }),
  presenting: false,
  presentAgenda: [],
  presentStep: -1,
  presentPanel: null,
  naming: null,
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
  setCompareSearch: (compareSearch) => set({ compareSearch }),
  startPresenting: () =>
    set({
      presenting: true,
      presentStep: -1,
      presentPanel: null,
      dialog: null,
      selection: EMPTY_SELECTION,
      highlightedFlowId: null,
    }),
  stopPresenting: () => set({ presenting: false, presentPanel: null }),
  setPresentAgenda: (agenda) =>
    set((s) => {
      const current = s.presentAgenda[s.presentStep];
      const kept = current === undefined ? -1 : agenda.indexOf(current);
      return { presentAgenda: agenda, presentStep: kept >= 0 ? kept : Math.min(s.presentStep, agenda.length - 1) };
    }),
  presentGo: (step) => set((s) => ({ presentStep: Math.max(-1, Math.min(step, s.presentAgenda.length - 1)) })),
  setPresentPanel: (presentPanel) => set({ presentPanel }),
  setNaming: (naming) => set({ naming }),
}));
