import { useEffect, useRef, type ReactNode } from 'react';
import { CloseButton } from './CloseButton.tsx';

// A modal on the native <dialog>: focus is trapped and Escape closes it, with no library.

export function Dialog({
  open,
  title,
  onClose,
  children,
  wide,
  readOnlyBody,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  /** Nothing in the body takes focus (text only): the body does, so it scrolls from the keyboard. */
  readOnlyBody?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-label={title}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
      className={`m-auto w-full rounded-xl border border-slate-200 bg-white p-0 text-slate-800 shadow-2xl backdrop:bg-slate-900/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 ${wide ? 'max-w-3xl' : 'max-w-xl'}`}
    >
      {open ? (
        <div className="flex max-h-[80vh] flex-col">
          <div className="flex items-center justify-between border-b border-slate-200 px-5 py-3 dark:border-slate-700">
            <h2 className="text-base font-semibold">{title}</h2>
            <CloseButton label="Close" onClose={onClose} size={18} />
          </div>
          <div
            tabIndex={readOnlyBody ? 0 : undefined}
            className="overflow-y-auto px-5 py-4 focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none focus-visible:ring-inset"
          >
            {children}
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
