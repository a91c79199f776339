import { Component, type ErrorInfo, type ReactNode } from 'react';
import { exportOpenDesign } from '../persistence/design-files.ts';
import { useDesignStore } from '../store/design-store.ts';
import { useUiStore } from '../store/ui-store.ts';
import { asError, failProbeArmed, failureText } from './panel-failure.ts';

// One panel's crash stays in that panel: the rest of the app keeps working, and the person can
// try the panel again or take the design away as JSON before anything else goes wrong.

type PanelBoundaryProps = {
  /** The panel as the person knows it: "Inspector", "Canvas"… */
  name: string;
  children: ReactNode;
  /** Where the failure box sits, for panels laid over the canvas (default: in the panel's place). */
  fallbackClassName?: string;
};

/** An error boundary around one panel; it starts clean when another design is opened. */
export function PanelBoundary(props: PanelBoundaryProps) {
  const session = useDesignStore((s) => s.session);
  return <Boundary {...props} resetKey={session} />;
}

type BoundaryState = { error: Error | null };

class Boundary extends Component<PanelBoundaryProps & { resetKey: number }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(thrown: unknown): BoundaryState {
    return { error: asError(thrown) };
  }

  override componentDidCatch(thrown: unknown, info: ErrorInfo): void {
    console.error(`${this.props.name} stopped working`, thrown, info.componentStack);
  }

  override componentDidUpdate(previous: { resetKey: number }): void {
    // The failure belonged to the design that was open; another one gets the panel back.
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error)
      return (
        <PanelFailure
          name={this.props.name}
          error={error}
          className={this.props.fallbackClassName}
          onRetry={() => this.setState({ error: null })}
        />
      );
    return (
      <>
        <FailProbe name={this.props.name} />
        {this.props.children}
      </>
    );
  }
}

/**
 * Test hook (see failProbeArmed): throws while a test names this panel; renders nothing otherwise.
 * It follows the design and the selection, so the next edit or click after arming it throws.
 */
function FailProbe({ name }: { name: string }) {
  useDesignStore((s) => s.revision);
  useUiStore((s) => s.selection);
  if (failProbeArmed(name)) throw new Error('test failure');
  return null;
}

const BUTTON =
  'h-7 rounded-md border border-red-300 bg-white px-2.5 text-xs font-medium text-red-800 hover:bg-red-50 focus-visible:ring-2 focus-visible:ring-red-400/50 focus-visible:outline-none dark:border-red-700 dark:bg-red-950 dark:text-red-100 dark:hover:bg-red-900';

function PanelFailure({
  name,
  error,
  className,
  onRetry,
}: {
  name: string;
  error: Error;
  className: string | undefined;
  onRetry: () => void;
}) {
  const hasDesign = useDesignStore((s) => s.design !== null);
  return (
    <div className={className ?? 'p-3'}>
      <div
        role="alert"
        className="max-w-sm rounded-lg bg-red-50 px-3 py-2 text-xs text-red-800 shadow-sm ring-1 ring-red-200 dark:bg-red-950/80 dark:text-red-100 dark:ring-red-800"
      >
        <p>{failureText(name, error)}</p>
        <div className="mt-2 flex gap-2">
          <button type="button" className={BUTTON} onClick={onRetry}>
            Try again
          </button>
          {hasDesign ? (
            <button type="button" className={BUTTON} onClick={exportOpenDesign}>
              Export JSON
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
