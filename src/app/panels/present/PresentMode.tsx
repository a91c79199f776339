import { useEffect, useMemo, useState } from 'react';
import { useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import type { Design, EvaluationResult, FlowResult } from '../../../engine/index.ts';
import { useFraming } from '../../canvas/framing.ts';
import { PRESENT_MIN_ZOOM, presentInsets } from '../../canvas/present-controls.ts';
import type { EditorActions } from '../../canvas/useEditorActions.ts';
import { agendaOrder } from '../../review/agenda.ts';
import { useUiStore } from '../../store/ui-store.ts';
import { flowLabels } from '../../words.ts';
import { AgendaPanel } from './AgendaPanel.tsx';
import { PresentCaption } from './PresentCaption.tsx';
import { WhyPanel } from './WhyPanel.tsx';
import { PresentNotes } from './PresentNotes.tsx';

// Present mode, over the canvas: each step frames one flow's path clear of the caption bar,
// never zoomed out past what a room can read, while the canvas dims the other flows (the flow
// is selected). Full screen where the browser allows it; the layout is the canvas alone anyway.

const STEP_FRAME = { margin: 40, minZoom: PRESENT_MIN_ZOOM, maxZoom: 1.6 };
const OVERVIEW_FRAME = { margin: 12, minZoom: 0.05, maxZoom: 1.3 };
const STEP_MS = 450;

const paneSize = (s: ReactFlowState) => `${s.width}x${s.height}`;
const paneWidth = (s: ReactFlowState) => s.width;

export function PresentMode({
  design,
  result,
  editor,
}: {
  design: Design;
  result: EvaluationResult | null;
  editor: EditorActions;
}) {
  const agenda = useMemo(() => agendaOrder(design, result), [design, result]);
  const labels = useMemo(() => flowLabels(design), [design]);
  const step = useUiStore((s) => s.presentStep);
  const ordered = useUiStore((s) => s.presentAgenda);
  const panel = useUiStore((s) => s.presentPanel);
  const flowId = step >= 0 ? ordered[step] : undefined;
  const outcome = flowId ? result?.flows[flowId] : undefined;

  useEffect(() => useUiStore.getState().setPresentAgenda(agenda), [agenda]);
  useFullScreen();
  const overviewZoom = useStepFraming(design, flowId, outcome);

  return (
    <>
      {panel === 'agenda' ? <AgendaPanel design={design} labels={labels} result={result} /> : null}
      {panel === 'why' && flowId && outcome ? <WhyPanel label={labels.get(flowId)} outcome={outcome} /> : null}
      {panel === 'notes' ? (
        <PresentNotes design={design} flowId={flowId} label={flowId ? labels.get(flowId) : undefined} />
      ) : null}
      <PresentCaption
        design={design}
        labels={labels}
        flowId={flowId}
        outcome={outcome}
        step={step}
        total={ordered.length}
        overviewReadable={overviewZoom === null || overviewZoom >= PRESENT_MIN_ZOOM}
        editor={editor}
      />
    </>
  );
}

/**
 * Moves the viewport to the step: the whole design for the overview, else the flow's path (its
 * hops, or its two ends before the analysis answers). Returns the overview's zoom, to say when it
 * is too small to read and the steps will zoom in.
 */
function useStepFraming(design: Design, flowId: string | undefined, outcome: FlowResult | undefined): number | null {
  const flow = useReactFlow();
  const { viewportFor } = useFraming();
  const [overviewZoom, setOverviewZoom] = useState<number | null>(null);
  // The pane grows when the panels give way (and again when full screen comes): framed again then.
  const pane = useStore(paneSize);
  const width = useStore(paneWidth);
  // An open panel (why, notes, agenda) takes a side of the pane: the step is framed beside it.
  const panel = useUiStore((s) => s.presentPanel);
  const overlays = useMemo(() => ({ insets: presentInsets(panel, width), corners: [] }), [panel, width]);
  const edge = flowId ? design.edges.find((e) => e.id === flowId) : undefined;
  const pathKey = outcome
    ? outcome.path.map((hop) => hop.nodeId).join('\u0000')
    : edge
      ? `${edge.source}\u0000${edge.target}`
      : '';

  useEffect(() => {
    const ui = useUiStore.getState();
    if (!flowId) {
      ui.setSelection({ nodeIds: [], edgeIds: [] });
      const viewport = viewportFor('all', OVERVIEW_FRAME, overlays);
      if (viewport) void flow.setViewport(viewport, { duration: STEP_MS }).then(() => setOverviewZoom(viewport.zoom));
      return;
    }
    ui.setSelection({ nodeIds: [], edgeIds: [flowId] });
    const nodes = pathKey ? pathKey.split('\u0000') : [];
    const viewport = viewportFor(nodes, STEP_FRAME, overlays);
    if (viewport) void flow.setViewport(viewport, { duration: STEP_MS });
  }, [flow, viewportFor, flowId, pathKey, pane, overlays]);

  return overviewZoom;
}

/** Full screen for as long as the mode lasts; leaving full screen (the browser's Esc) leaves the mode. */
function useFullScreen(): void {
  useEffect(() => {
    const root = document.documentElement;
    let entered = false;
    const onChange = () => {
      if (entered && !document.fullscreenElement) useUiStore.getState().stopPresenting();
    };
    document.addEventListener('fullscreenchange', onChange);
    if (root.requestFullscreen && !document.fullscreenElement) {
      root.requestFullscreen({ navigationUI: 'hide' }).then(
        () => {
          entered = true;
        },
        // Refused (no gesture, an iframe, a headless browser): the full-window layout stands in.
        () => undefined,
      );
    }
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (entered && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      useUiStore.getState().setSelection({ nodeIds: [], edgeIds: [] });
    };
  }, []);
}
