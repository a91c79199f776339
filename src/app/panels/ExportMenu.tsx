import { useState, type ReactNode } from 'react';
import { useReactFlow } from '@xyflow/react';
import { toast } from '../store/notices.ts';
import { packInfo, type Design, type EvaluationResult } from '../../engine/index.ts';
import { EMPTY_SELECTION } from '../commands/types.ts';
import { toBase64 } from '../io/base64.ts';
import { download } from '../io/browser-files.ts';
import { toCanvasNodes } from '../canvas/adapters.ts';
import { designJson, fileNameFor } from '../io/design-file.ts';
import { shareFragment } from '../io/share-link.ts';
import type { CaptionInput } from '../io/image-caption.ts';
import { useUiStore } from '../store/ui-store.ts';
import { LEGEND_VERDICTS, VERDICT_STYLES } from '../verdict-style.ts';
import { flowFullTitle, flowLabels } from '../words.ts';

// The Export menu's items: pictures, a share link, the document, the findings report, diagrams.
// Loaded when the menu first opens (ShareToolbar.tsx); each exporter loads on first use besides.

const ITEM =
  'block w-full rounded px-3 py-1.5 text-left text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-700';

/** Runs an export: the menu closes, the toolbar shows it is busy, a failure is said. */
export type RunExport = (label: string, work: () => Promise<void> | void) => () => Promise<void>;

function captionFor(design: Design, result: EvaluationResult | null, dark: boolean): CaptionInput {
  const pack = result?.pack ?? packInfo(design.rulesAsOf);
  const flows = design.edges.filter((edge) => edge.kind === 'flow').length;
  const counts = result
    ? LEGEND_VERDICTS.map(
        (verdict) => [verdict, Object.values(result.flows).filter((f) => f.verdict === verdict).length] as const,
      )
        .filter(([, n]) => n > 0)
        .map(([verdict, n]) => `${n} ${VERDICT_STYLES[verdict].word}`)
    : [];
  return {
    title: design.title,
    pack: `Rules as of ${pack.id} (documentation as of ${pack.date})`,
    summary: `${flows} ${flows === 1 ? 'flow' : 'flows'}${counts.length ? `: ${counts.join(' · ')}` : ''}${changesSince()}`,
    dark,
    flows: [...flowLabels(design)].map(([id, label]) => ({
      text: flowFullTitle(label),
      state: result?.flows[id]?.verdict ?? 'pending',
    })),
  };
}

/** While the design is compared with a version, the picture's marks say since when. */
function changesSince(): string {
  const marks = useUiStore.getState().changeMarks;
  return marks ? ` · marked: new, changed and removed since ${marks.since}` : '';
}

/** Runs `work` with nothing selected or highlighted, so the picture shows the design as it is. */
async function withCleanCanvas<T>(work: () => Promise<T>): Promise<T> {
  const ui = useUiStore.getState();
  const selection = ui.selection;
  ui.setSelection(EMPTY_SELECTION);
  ui.setHighlightedFlow(null);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  try {
    return await work();
  } finally {
    useUiStore.getState().setSelection(selection);
  }
}

/** While the design is compared with a version, the report says what changed since (report-changes.ts). */
function reportChanges() {
  const marks = useUiStore.getState().changeMarks;
  return marks ? { since: marks.since, diff: marks.diff } : undefined;
}

export function ExportMenu({
  design,
  result,
  run,
}: {
  design: Design;
  result: EvaluationResult | null;
  run: RunExport;
}) {
  const flow = useReactFlow();
  const [pictureTheme, setPictureTheme] = useState<'light' | 'dark'>('light');
  // A picture is light by default, for documents and slides, whatever the screen's theme.
  const caption = () => captionFor(design, result, pictureTheme === 'dark');
  const picture = async () => {
    const { designPng } = await import('../io/export-image.ts');
    return designPng(flow, design, caption());
  };
  const pngBlob = (bytes: Uint8Array) => new Blob([bytes as BlobPart], { type: 'image/png' });

  return (
    <>
      <MenuGroup label="Picture">
        <div role="group" aria-label="Picture background" className="flex gap-1 px-3 py-1">
          {(['light', 'dark'] as const).map((choice) => (
            <button
              key={choice}
              type="button"
              aria-pressed={pictureTheme === choice}
              onClick={() => setPictureTheme(choice)}
              className="flex-1 rounded-md px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-300 aria-pressed:bg-slate-800 aria-pressed:text-white aria-pressed:ring-slate-800 dark:text-slate-200 dark:ring-slate-600 dark:aria-pressed:bg-slate-200 dark:aria-pressed:text-slate-900"
            >
              {choice === 'light' ? 'Light' : 'Dark'}
            </button>
          ))}
        </div>
        <button
          type="button"
          className={ITEM}
          onClick={run('Export PNG', () =>
            withCleanCanvas(async () => {
              download(fileNameFor(design.title, 'png'), pngBlob(await picture()));
            }),
          )}
        >
          Export PNG
        </button>
        <button
          type="button"
          className={ITEM}
          onClick={run('Export SVG', () =>
            withCleanCanvas(async () => {
              const { designSvg } = await import('../io/export-image.ts');
              download(fileNameFor(design.title, 'svg'), await designSvg(flow, design, caption()), 'image/svg+xml');
            }),
          )}
        >
          Export SVG
        </button>
      </MenuGroup>
      <MenuGroup label="Share">
        <button
          type="button"
          className={ITEM}
          onClick={run('Copy share link', async () => {
            const url = `${location.origin}${location.pathname}${await shareFragment(design)}`;
            try {
              await navigator.clipboard.writeText(url);
              toast.success(
                `Share link copied (${url.length.toLocaleString()} characters). Whoever opens it sees this design read-only.`,
              );
            } catch {
              toast.error('The browser did not allow copying the link.');
            }
          })}
        >
          Copy share link
        </button>
      </MenuGroup>
      <MenuGroup label="Document">
        <button
          type="button"
          className={ITEM}
          onClick={run('Export JSON', () =>
            download(fileNameFor(design.title, 'json'), designJson(design), 'application/json'),
          )}
        >
          Export JSON
        </button>
      </MenuGroup>
      <MenuGroup label="Findings report">
        <button
          type="button"
          className={ITEM}
          title="The report and the picture it shows, as two files"
          disabled={!result}
          onClick={run('The report', () =>
            withCleanCanvas(async () => {
              if (!result) return;
              const { reportMarkdown } = await import('../io/report.ts');
              const pictureName = fileNameFor(design.title, 'png');
              const bytes = await picture();
              download(
                fileNameFor(`${design.title} findings`, 'md'),
                reportMarkdown(design, result, pictureName, reportChanges()),
                'text/markdown',
              );
              download(pictureName, pngBlob(bytes));
            }),
          )}
        >
          Report as Markdown
        </button>
        <button
          type="button"
          className={ITEM}
          title="One page with the picture inside, ready to print"
          disabled={!result}
          onClick={run('The report', () =>
            withCleanCanvas(async () => {
              if (!result) return;
              const { reportHtml } = await import('../io/report.ts');
              const bytes = await picture();
              download(
                fileNameFor(`${design.title} findings`, 'html'),
                reportHtml(design, result, `data:image/png;base64,${toBase64(bytes)}`, reportChanges()),
                'text/html',
              );
            }),
          )}
        >
          Report as printable HTML
        </button>
      </MenuGroup>
      <MenuGroup label="Diagram">
        <button
          type="button"
          className={ITEM}
          onClick={run('Mermaid', async () => {
            const { designMermaid } = await import('../io/diagrams.ts');
            download(fileNameFor(design.title, 'mmd'), designMermaid(design, result), 'text/plain');
          })}
        >
          Mermaid
        </button>
        <button
          type="button"
          className={ITEM}
          onClick={run('draw.io', async () => {
            const { designDrawio } = await import('../io/diagrams.ts');
            download(
              fileNameFor(design.title, 'drawio'),
              designDrawio(design, result, toCanvasNodes(design)),
              'application/xml',
            );
          })}
        >
          draw.io
        </button>
      </MenuGroup>
    </>
  );
}

function MenuGroup({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} className="py-0.5">
      <p className="px-3 pt-1 pb-0.5 text-[10.5px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        {label}
      </p>
      {children}
    </div>
  );
}
