import { useShallow } from 'zustand/react/shallow';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useLaterValue } from '../../later-value.ts';
import {
  isEndpointKind,
  joinChoices,
  type ConnectMode,
  type Design,
  type DesignEdge,
  type DesignNode,
  type EvaluationResult,
  type Finding,
} from '../../../engine/index.ts';
import { connect } from '../../commands/connect.ts';
import { deleteSelection } from '../../commands/delete-selection.ts';
import { duplicateLater } from '../../commands/paste-later.ts';
import { runCommand } from '../../commands/editor.ts';
import { updateDesign } from '../../commands/update-design.ts';
import { updateEdge } from '../../commands/update-edge.ts';
import { updateNode } from '../../commands/update-node.ts';
import type { Outcome } from '../../commands/types.ts';
import { useDesignStore } from '../../store/design-store.ts';
import { useUiStore } from '../../store/ui-store.ts';
import { KIND_TILES, KindIcon } from '../../canvas/KindIcon.tsx';
import { focusCanvas } from '../../canvas/canvas-focus.ts';
import { EDGE_NAMES, flowLabels, flowTag, flowTitle, KIND_NAMES, selectedWords } from '../../words.ts';
import { EDGE_FIELDS, NODE_FIELDS, type Field } from './fields.ts';
import { FieldControl } from './FieldControl.tsx';
import { FindingCards } from '../findings/FindingCards.tsx';
import { distinctFindings, everyFinding } from '../../findings/finding-key.ts';
import { FlowDetails } from '../flow/FlowDetails.tsx';
import { FlowReview } from '../flow/FlowReview.tsx';
import { NoteThread } from '../notes/NoteThread.tsx';
import { notesBySubject } from '../../review/notes.ts';

// The deployment commands (and their four quoting languages) load when a connection is selected.
const DeploySnippets = lazy(() => import('./DeploySnippets.tsx').then((m) => ({ default: m.DeploySnippets })));

// The inspector: every property of the selection with the right control, and what the engine
// says about it. With nothing selected it edits the design itself.

const BUTTON =
  'rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 shadow-xs hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700';

export function Inspector({ result }: { result: EvaluationResult | null }) {
  const design = useDesignStore((s) => s.design);
  const { nodeIds, edgeIds } = useUiStore(
    useShallow((s) => ({ nodeIds: s.selection.nodeIds, edgeIds: s.selection.edgeIds })),
  );
  const readOnly = useDesignStore((s) => s.readOnly);
  if (!design) return null;

  const count = nodeIds.length + edgeIds.length;
  const node = nodeIds.length === 1 && edgeIds.length === 0 ? design.nodes.find((n) => n.id === nodeIds[0]) : undefined;
  const edge = edgeIds.length === 1 && nodeIds.length === 0 ? design.edges.find((e) => e.id === edgeIds[0]) : undefined;

  return (
    <section
      id="inspector"
      tabIndex={-1}
      aria-label="Inspector"
      className="border-b border-slate-200 p-4 focus:outline-none dark:border-slate-700"
    >
      {readOnly ? (
        <p className="mb-3 rounded-md bg-sky-50 px-2.5 py-1.5 text-xs text-sky-900 ring-1 ring-sky-200 dark:bg-sky-950 dark:text-sky-100 dark:ring-sky-800">
          Read-only: the values are shown, not editable. Choose “Save a copy” to change them.
        </p>
      ) : null}
      {node ? (
        <NodeInspector key={node.id} node={node} design={design} findings={findingsFor(result, node.id)} />
      ) : edge ? (
        <EdgeInspector key={edge.id} edge={edge} design={design} result={result} />
      ) : count > 1 ? (
        <div>
          <h2 className="text-sm font-semibold text-slate-900 dark:text-slate-100">
            {selectedWords(nodeIds.length, edgeIds.length)}
          </h2>
          <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">Drag to move them together, or:</p>
          <div className="mt-3 flex gap-2">
            <button type="button" className={BUTTON} onClick={duplicateLater}>
              Duplicate
            </button>
            <button type="button" className={BUTTON} onClick={() => runCommand(deleteSelection, undefined)}>
              Delete
            </button>
          </div>
        </div>
      ) : (
        <DesignInspector design={design} />
      )}
    </section>
  );
}

function findingsFor(result: EvaluationResult | null, subject: string): Finding[] {
  if (!result) return [];
  return distinctFindings([...everyFinding(result)].filter((f) => f.subject === subject));
}

function Heading({ kind, title, subtitle }: { kind: DesignNode['kind'] | null; title: string; subtitle: string }) {
  return (
    <div className="mb-3 flex items-center gap-2.5">
      {kind ? (
        <span className={`grid size-8 shrink-0 place-items-center rounded-lg ${KIND_TILES[kind]}`}>
          <KindIcon kind={kind} className="size-4.5" />
        </span>
      ) : null}
      <div className="min-w-0">
        <h2 className="truncate text-sm font-semibold text-slate-900 dark:text-slate-100">{title}</h2>
        <p className="truncate text-xs text-slate-500 dark:text-slate-400">{subtitle}</p>
      </div>
    </div>
  );
}

type Patch = { label?: string; props?: Record<string, unknown> };

/** A name field and one control per prop; each edit is applied as a patch of one field. */
function PropsForm(props: {
  /** The node was just added: its name is focused, and Enter or Escape goes back to the canvas. */
  naming?: boolean;
  label: string;
  fields: readonly Field[];
  props: Record<string, unknown>;
  design: Design;
  apply: (patch: Patch) => Outcome;
}) {
  const { label, fields, design, apply } = props;
  const readOnly = useDesignStore((s) => s.readOnly);
  return (
    // A shared design opened read-only shows its values but takes no edits.
    <fieldset disabled={readOnly} className="space-y-3 disabled:opacity-70">
      <FieldControl
        field={{ type: 'text', key: 'label', label: 'Name' }}
        value={label}
        apply={(value) => apply({ label: String(value ?? '') })}
        autoFocus={props.naming}
        onDone={
          props.naming
            ? () => {
                useUiStore.getState().setNaming(null);
                focusCanvas();
              }
            : undefined
        }
      />
      {fields.map((field) => (
        <FieldControl
          key={field.key}
          field={field}
          value={props.props[field.key]}
          design={design}
          apply={(value) => apply({ props: { [field.key]: value } })}
        />
      ))}
    </fieldset>
  );
}

function visible(field: Field, props: Record<string, unknown>): boolean {
  return field.type !== 'number' || !field.onlyWhen || props[field.onlyWhen.key] === field.onlyWhen.equals;
}

function NodeInspector({ node, design, findings }: { node: DesignNode; design: Design; findings: Finding[] }) {
  const naming = useUiStore((s) => s.naming === node.id);
  const props = node.props as Record<string, unknown>;
  const parent = node.parentId ? design.nodes.find((n) => n.id === node.parentId) : undefined;
  return (
    <div>
      <Heading
        kind={node.kind}
        title={node.label || node.id}
        subtitle={`${KIND_NAMES[node.kind]}${parent ? ` in ${parent.label || parent.id}` : ''} · ${node.id}`}
      />
      <PropsForm
        naming={naming}
        label={node.label}
        fields={NODE_FIELDS[node.kind].filter((field) => visible(field, props))}
        props={props}
        design={design}
        apply={(patch) => runCommand(updateNode, { id: node.id, ...patch }, { quiet: true })}
      />
      <ConnectFromKeyboard node={node} design={design} mode="auto" />
      {isEndpointKind(node.kind) ? <ConnectFromKeyboard node={node} design={design} mode="flow" /> : null}
      <FindingCards findings={findings} title="What the rules say" />
      <NoteThread
        notes={notesBySubject(design).get(node.id) ?? []}
        pin={{ nodeId: node.id }}
        about={node.label || KIND_NAMES[node.kind]}
      />
    </div>
  );
}

/**
 * Joining two nodes without a mouse: the nodes this one can be joined to, and the edge each
 * would make. Choosing one runs the same command as a drag between them.
 */
const NO_CHOICES: ReturnType<typeof joinChoices> = [];

function ConnectFromKeyboard({ node, design, mode }: { node: DesignNode; design: Design; mode: ConnectMode }) {
  // One pass over the design (joinChoices). The options follow in a task of their own, so that
  // selecting a node in a large design, where they are thousands, answers at once.
  const choices = useMemo(() => joinChoices(design, node.id, mode), [design, node.id, mode]);
  const listed = useLaterValue(choices, NO_CHOICES);
  if (choices.length === 0) return null;
  const label = mode === 'flow' ? 'Add a flow to' : 'Connect to';
  return (
    <label className="mt-3 block text-xs font-medium text-slate-600 dark:text-slate-300">
      {label}
      <select
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
        value=""
        onChange={(event) => {
          if (!event.target.value) return;
          // The node stays selected, so the next link or flow from it is one more choice here.
          const list = event.currentTarget;
          const outcome = runCommand(connect, { from: node.id, to: event.target.value, mode });
          if (outcome.status !== 'changed') return;
          useUiStore.getState().setSelection({ nodeIds: [node.id], edgeIds: [] });
          // The last choice taken, the list goes: the keyboard goes back to the canvas, not nowhere.
          requestAnimationFrame(() => {
            if (!list.isConnected) focusCanvas();
          });
        }}
      >
        <option value="">Choose a node…</option>
        {listed.map(({ to, edge }) => (
          <option key={to.id} value={to.id}>
            {`${to.label || to.id} (${EDGE_NAMES[edge.kind].toLowerCase()})`}
          </option>
        ))}
      </select>
    </label>
  );
}

function EdgeInspector({
  edge,
  design,
  result,
}: {
  edge: DesignEdge;
  design: Design;
  result: EvaluationResult | null;
}) {
  const props = edge.props as Record<string, unknown>;
  const name = (id: string) => design.nodes.find((n) => n.id === id)?.label || id;
  // A flow is titled as the room names it ("Flow #3 Backup"); the route goes underneath.
  const flow = edge.kind === 'flow' ? flowLabels(design).get(edge.id) : undefined;
  return (
    <div>
      <Heading
        kind={null}
        title={
          flow
            ? `${EDGE_NAMES.flow} ${flowTitle(flow)}`
            : `${EDGE_NAMES[edge.kind]}: ${name(edge.source)} → ${name(edge.target)}`
        }
        subtitle={flow?.name ? `${flow.route} · ${edge.id}` : edge.id}
      />
      {edge.kind === 'flow' ? <FlowDetails flow={edge} design={design} outcome={result?.flows[edge.id]} /> : null}
      {edge.kind === 'flow' ? <FlowReview design={design} flowId={edge.id} /> : null}
      <PropsForm
        label={edge.label ?? ''}
        fields={EDGE_FIELDS[edge.kind]}
        props={props}
        design={design}
        apply={(patch) => runCommand(updateEdge, { id: edge.id, ...patch }, { quiet: true })}
      />
      {edge.kind === 'flow' ? null : (
        <FindingCards findings={findingsFor(result, edge.id)} title="What the rules say" />
      )}
      {edge.kind === 'connection' ? (
        <Suspense fallback={null}>
          <DeploySnippets design={design} connection={edge} result={result} />
        </Suspense>
      ) : null}
      <NoteThread
        notes={notesBySubject(design).get(edge.id) ?? []}
        pin={{ edgeId: edge.id }}
        about={flow ? `flow ${flowTag(flow)}` : `this ${EDGE_NAMES[edge.kind].toLowerCase()}`}
      />
    </div>
  );
}

function DesignInspector({ design }: { design: Design }) {
  const readOnly = useDesignStore((s) => s.readOnly);
  const [showTips, setShowTips] = useState(design.nodes.length === 0);
  const counts = `${design.nodes.length} nodes · ${design.edges.filter((e) => e.kind === 'flow').length} flows`;
  return (
    <div>
      <Heading kind={null} title="Design" subtitle={counts} />
      <fieldset disabled={readOnly} className="space-y-3 disabled:opacity-70">
        <FieldControl
          field={{ type: 'text', key: 'title', label: 'Title' }}
          value={design.title}
          design={design}
          apply={(title) => runCommand(updateDesign, { title: String(title ?? '') }, { quiet: true })}
        />
        <FieldControl
          field={{
            type: 'boolean',
            key: 'allowPreviews',
            label: 'Count preview features as FastPath',
            hint: 'Features Azure offers only in preview',
          }}
          value={design.allowPreviews}
          design={design}
          apply={(allowPreviews) =>
            runCommand(updateDesign, { allowPreviews: allowPreviews === true }, { quiet: true })
          }
        />
      </fieldset>
      <button
        type="button"
        className="mt-3 text-xs font-medium text-sky-700 hover:underline dark:text-sky-400"
        onClick={() => setShowTips(!showTips)}
      >
        {showTips ? 'Hide' : 'Show'} how to draw
      </button>
      {showTips ? (
        <ul className="mt-2 list-disc space-y-1 pl-4 text-xs text-slate-600 dark:text-slate-300">
          <li>Drag a kind from the palette, or press its number key.</li>
          <li>Gateways, VMs and the like go inside a VNet: drop them on one.</li>
          <li>Drag from a node’s right-hand dot onto another node to connect them.</li>
          <li>Press F for the flow tool, then drag between endpoints to draw a flow.</li>
          <li>Select something to edit it here. Press ? for every shortcut.</li>
        </ul>
      ) : null}
      <NoteThread notes={notesBySubject(design).get(null) ?? []} pin={{}} about="the design" />
    </div>
  );
}
