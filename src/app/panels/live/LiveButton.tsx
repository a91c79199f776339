import { startLiveSession } from '../../live/live-lazy.ts';
import { useLiveStore } from '../../live/live-store.ts';

// The header's way into a live session, and its state once in one: who else is here, and whether
// the connection holds. What a session needs beyond this loads when one starts.

const STATUS_WORDS = { connecting: 'Connecting…', live: 'Live', offline: 'Offline, reconnecting' } as const;

export function LiveButton({ className, disabled }: { className: string; disabled: boolean }) {
  const status = useLiveStore((s) => s.status);
  const others = useLiveStore((s) => s.others.length);
  if (status === 'off') {
    return (
      <button
        type="button"
        className={className}
        disabled={disabled}
        title="Start a live session: others join from a link and edit with you"
        onClick={startLiveSession}
      >
        Live
      </button>
    );
  }
  return (
    <button
      type="button"
      className={className}
      aria-pressed="true"
      title="The live session: its link, who is here, leave"
      onClick={() => useLiveStore.setState((s) => ({ linkShown: !s.linkShown }))}
    >
      <span
        aria-hidden="true"
        className={`mr-1.5 inline-block size-2 rounded-full ${status === 'live' ? 'bg-emerald-500' : 'bg-amber-500'}`}
      />
      {STATUS_WORDS[status]}
      {status === 'live' ? ` · ${others + 1}` : ''}
    </button>
  );
}
