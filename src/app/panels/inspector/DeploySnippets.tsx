import { useMemo, useState } from 'react';
import { toast } from '../../store/notices.ts';
import type { Design, DesignEdgeOf, EvaluationResult } from '../../../engine/index.ts';
import { connectionSnippets, type SnippetLanguage } from '../../io/snippets.ts';
import { refusalMessage } from '../../io/snippet-values.ts';

// The selected connection's deployment commands, as designed, with a copy button and, first, the
// design values Azure would not accept (each a placeholder in the commands) and the reasons the
// design would not get FastPath anyway. Refused values are shown as text only.

export function DeploySnippets({
  design,
  connection,
  result,
}: {
  design: Design;
  connection: DesignEdgeOf<'connection'>;
  result: EvaluationResult | null;
}) {
  const out = useMemo(() => connectionSnippets(design, connection, result), [design, connection, result]);
  const [language, setLanguage] = useState<SnippetLanguage>('cli');
  const shown = out.snippets.find((s) => s.language === language) ?? out.snippets[0];
  if (!shown) return null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shown.code);
      toast.success(`${shown.label} commands copied`);
    } catch {
      toast.error('The browser did not allow copying; select the text and copy it instead.');
    }
  };

  return (
    <section aria-label="Deploy" className="mt-4">
      <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        Deploy this connection
      </h3>
      {out.refused.length > 0 ? (
        <div
          role="alert"
          aria-label="Values left out of the commands"
          className="mb-2 rounded-md bg-red-50 px-2 py-1.5 text-xs text-red-900 ring-1 ring-red-600/20 dark:bg-red-950/50 dark:text-red-200"
        >
          <p className="font-semibold">Azure would not accept these values, so the commands hold placeholders:</p>
          <ul className="mt-0.5 list-disc pl-4 wrap-anywhere">
            {out.refused.map((refusal) => (
              <li key={refusal.field}>{refusalMessage(refusal)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {out.warnings.length > 0 ? (
        <div
          role="note"
          className="mb-2 rounded-md bg-amber-50 px-2 py-1.5 text-xs text-amber-900 ring-1 ring-amber-600/20 dark:bg-amber-950/50 dark:text-amber-200"
        >
          <p className="font-semibold">This design would not get FastPath here anyway:</p>
          <ul className="mt-0.5 list-disc pl-4">
            {out.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="flex items-center gap-1">
        <div role="tablist" aria-label="Language" className="flex flex-1 gap-0.5 overflow-x-auto">
          {out.snippets.map((snippet) => (
            <button
              key={snippet.language}
              type="button"
              role="tab"
              aria-selected={snippet.language === shown.language}
              onClick={() => setLanguage(snippet.language)}
              className={`shrink-0 rounded-md px-1.5 py-1 text-xs font-medium ${snippet.language === shown.language ? 'bg-slate-800 text-white dark:bg-slate-200 dark:text-slate-900' : 'text-slate-600 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'}`}
            >
              {snippet.label}
            </button>
          ))}
        </div>
      </div>
      <div role="tabpanel" aria-label={shown.label} className="mt-1.5">
        {/* Long lines wrap, so nothing is cut off in the narrow panel (Copy keeps them as they are).
            Focusable, so a long snippet scrolls from the keyboard as well. */}
        <pre
          tabIndex={0}
          className="max-h-72 overflow-auto rounded-md bg-slate-900 p-2.5 text-[11px] leading-4 whitespace-pre-wrap [overflow-wrap:anywhere] text-slate-100 ring-1 ring-slate-900 focus-visible:ring-2 focus-visible:ring-sky-400 focus-visible:outline-none dark:bg-black/60 dark:ring-slate-700"
        >
          <code>{shown.code}</code>
        </pre>
      </div>
      <div className="mt-1.5 flex justify-end">
        <button
          type="button"
          onClick={() => void copy()}
          className="rounded-md border border-slate-300 px-2 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800"
        >
          Copy
        </button>
      </div>
    </section>
  );
}
