import { ReactFlowProvider } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { DesignCanvas } from './canvas/DesignCanvas.tsx';
import { FlowList } from './panels/FlowList.tsx';
import { Header } from './panels/Header.tsx';
import { useEvaluation } from './queries/useEvaluation.ts';
import { useDesignStore } from './store/design-store.ts';

export function App() {
  const { design, revision, refused } = useDesignStore(
    useShallow((s) => ({ design: s.design, revision: s.revision, refused: s.refused })),
  );
  const evaluation = useEvaluation();
  const result = evaluation.status === 'done' ? evaluation.result : null;

  return (
    <div className="flex h-full flex-col">
      <Header evaluation={evaluation} />
      {refused.length > 0 ? (
        <div role="alert" className="border-b border-red-200 bg-red-50 px-5 py-2 text-sm text-red-800">
          That design could not be opened: {refused.slice(0, 3).join('; ')}
        </div>
      ) : null}
      <main className="flex min-h-0 flex-1">
        <section aria-label="Design" className="relative min-w-0 flex-1">
          {design ? (
            // A newly opened design gets a fresh viewport, fitted to it.
            <ReactFlowProvider key={revision}>
              <DesignCanvas design={design} evaluation={result} />
            </ReactFlowProvider>
          ) : (
            <p className="grid h-full place-items-center text-sm text-slate-500">No design is open.</p>
          )}
        </section>
        {design ? <FlowList design={design} evaluation={evaluation} /> : null}
      </main>
    </div>
  );
}
