// The ✕ that closes a dialog or a panel: one look everywhere, named by what it closes.

export function CloseButton({ label, onClose, size = 16 }: { label: string; onClose: () => void; size?: number }) {
  return (
    <button
      type="button"
      onClick={onClose}
      aria-label={label}
      className="rounded-md p-1 text-slate-500 hover:bg-slate-100 dark:text-slate-400 dark:hover:bg-slate-800"
    >
      <svg
        width={size}
        height={size}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        aria-hidden="true"
      >
        <path d="M6 6l12 12M18 6 6 18" />
      </svg>
    </button>
  );
}
