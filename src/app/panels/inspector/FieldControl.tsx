import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { Design } from '../../../engine/index.ts';
import type { Outcome } from '../../commands/types.ts';
import { checkAddress, checkPrefixList, type Checked, type Fix } from './cidr-field.ts';
import type { Field } from './fields.ts';

// The region picker carries the list of Azure regions: loaded when a VNet's inspector first shows it.
const RegionField = lazy(() => import('./RegionField.tsx').then((m) => ({ default: m.RegionField })));

// One inspector field. Drop-downs and checkboxes apply at once. Names and other plain text apply
// as they are typed. Addresses, prefixes and numbers keep what is typed as a draft that reaches
// the design only when committed (leaving the field, or Enter): a half-typed value is often valid
// (10.2.0.0/3 on the way to 10.2.0.0/33) and must never be applied. A draft that is wrong when
// committed stays in the field with the reason (and the value meant, when there is one); Escape
// puts the stored value back.

const INPUT =
  'w-full rounded-md border bg-white px-2 py-1.5 text-sm text-slate-800 shadow-xs focus:ring-2 focus:outline-none dark:bg-slate-900 dark:text-slate-100';
const OK_BORDER = 'border-slate-300 focus:border-sky-500 focus:ring-sky-500/30 dark:border-slate-600';
const BAD_BORDER = 'border-red-400 focus:border-red-500 focus:ring-red-500/30';

type Props = {
  field: Field;
  value: unknown;
  /** The open design, for fields that refer to its nodes. */
  design?: Design;
  /** Applies a value; returns the command's outcome so a refusal can be shown here. */
  apply: (value: unknown) => Outcome;
  /** A text field focused (its text selected) as it appears: a node just added is named at once. */
  autoFocus?: boolean;
  /** Enter or Escape in a text field: the person is done with it (focus goes back to the canvas). */
  onDone?: () => void;
};

export function FieldControl({ field, value, design, apply, autoFocus, onDone }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const commit = (next: unknown) => {
    const outcome = apply(next);
    setError(outcome.status === 'refused' ? outcome.reason.replace(/^[\w.]+: /, '') : null);
  };
  const describedBy = [error ? errorId : null, field.hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const footer = (
    <>
      {error ? (
        <p id={errorId} className="mt-1 text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
      {field.hint ? (
        <p id={hintId} className="mt-1 text-[11px] text-slate-500 dark:text-slate-400">
          {field.hint}
        </p>
      ) : null}
    </>
  );

  if (field.type === 'boolean') {
    return (
      <div>
        <label className="flex items-center gap-2 text-sm text-slate-700 dark:text-slate-200">
          <input
            type="checkbox"
            className="size-4 accent-sky-600"
            checked={value === true}
            onChange={(e) => commit(e.target.checked)}
            aria-describedby={describedBy}
          />
          {field.label}
        </label>
        {footer}
      </div>
    );
  }

  if (field.type === 'region')
    return (
      <Suspense fallback={<div className="h-14" aria-busy="true" />}>
        <RegionField label={field.label} hint={field.hint} value={value} apply={apply} />
      </Suspense>
    );

  if (field.type === 'select' || field.type === 'nodeRef') {
    const choices =
      field.type === 'select'
        ? field.options
        : [
            { value: '', label: field.none },
            ...(design?.nodes ?? [])
              .filter((n) => field.kinds.includes(n.kind))
              .map((n) => ({ value: n.id, label: n.label || n.id })),
          ];
    return (
      <div>
        <FieldLabel htmlFor={id} text={field.label} />
        <select
          id={id}
          className={`${INPUT} ${error ? BAD_BORDER : OK_BORDER}`}
          value={value === undefined ? '' : String(value)}
          aria-describedby={describedBy}
          onChange={(e) => {
            const raw = e.target.value;
            if (raw === '') commit(undefined);
            else if (field.key === 'ipVersion') commit(Number(raw));
            else commit(raw);
          }}
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
        {footer}
      </div>
    );
  }

  if (field.type === 'cidrs' || field.type === 'ip' || field.type === 'number')
    return <CommittedField field={field} value={value} apply={apply} />;

  const shown = draft ?? (value === undefined ? '' : String(value));
  const onText = (text: string) => {
    setDraft(text);
    commit(text.trim());
  };

  return (
    <div>
      <FieldLabel htmlFor={id} text={field.label} />
      <input
        id={id}
        type="text"
        placeholder={field.placeholder}
        spellCheck={false}
        autoComplete="off"
        className={`${INPUT} ${error ? BAD_BORDER : OK_BORDER}`}
        value={shown}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onText(e.target.value)}
        onBlur={() => {
          setDraft(null);
          setError(null);
        }}
        ref={autoFocus ? focusAndSelect : undefined}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || (e.key === 'Escape' && onDone)) {
            // Done naming: the key is spent here (Escape must not also clear the selection).
            if (onDone) e.preventDefault();
            e.currentTarget.blur();
            onDone?.();
          }
        }}
      />
      {footer}
    </div>
  );
}

function focusAndSelect(input: HTMLInputElement | null): void {
  input?.focus();
  input?.select();
}

type CommittedKind = Extract<Field, { type: 'cidrs' | 'ip' | 'number' }>;
type Problem = { message: string; fix?: Fix };

/** The stored value as the field shows it. */
function storedText(field: CommittedKind, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (field.type === 'cidrs' && Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** What a committed draft stands for, or what is wrong with it. */
function checkDraft(field: CommittedKind, text: string): Checked<unknown> {
  if (field.type === 'cidrs') return checkPrefixList(text);
  if (field.type === 'ip') return checkAddress(text);
  const number = Number(text);
  return text.trim() === '' || !Number.isFinite(number)
    ? { ok: false, message: 'Enter a number.' }
    : { ok: true, value: number };
}

/** A typed field whose draft is checked and applied only when committed (blur or Enter). */
function CommittedField({ field, value, apply }: { field: CommittedKind; value: unknown; apply: Props['apply'] }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraftState] = useState<string | null>(null);
  // The draft as last typed, read by the handlers of the same event (Enter, then the blur it causes).
  const latest = useRef<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);

  const setDraft = (text: string | null) => {
    latest.current = text;
    setDraftState(text);
  };
  /** Checks and applies `text`; whether it reached the design (or changed nothing). */
  const commitText = (text: string): boolean => {
    const checked = checkDraft(field, text);
    if (!checked.ok) {
      setProblem({ message: checked.message, ...(checked.fix ? { fix: checked.fix } : {}) });
      return false;
    }
    const outcome = apply(checked.value);
    if (outcome.status === 'refused') {
      setProblem({ message: outcome.reason.replace(/^[\w.]+: /, '') });
      return false;
    }
    setDraft(null);
    setProblem(null);
    return true;
  };
  const commitDraft = () => latest.current === null || commitText(latest.current);
  const restore = () => {
    setDraft(null);
    setProblem(null);
  };
  const applyFix = (fix: Fix) => {
    setDraft(fix.text);
    commitText(fix.text);
    input.current?.focus();
  };

  const describedBy = [problem ? errorId : null, field.hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const isNumber = field.type === 'number';
  return (
    <div>
      <FieldLabel htmlFor={id} text={field.label} />
      <input
        ref={input}
        id={id}
        type={isNumber ? 'number' : 'text'}
        inputMode={isNumber ? 'numeric' : undefined}
        min={isNumber ? field.min : undefined}
        max={isNumber ? field.max : undefined}
        step={isNumber ? field.step : undefined}
        placeholder={isNumber ? undefined : field.placeholder}
        spellCheck={false}
        autoComplete="off"
        className={`${INPUT} ${problem ? BAD_BORDER : OK_BORDER}`}
        value={draft ?? storedText(field, value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => commitDraft()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            if (commitDraft()) e.currentTarget.blur();
          } else if (e.key === 'Escape' && (latest.current !== null || problem)) {
            // Escape first puts the stored value back; only then does it clear the selection.
            e.preventDefault();
            restore();
          }
        }}
      />
      {problem ? (
        <div className="mt-1 text-xs text-red-700 dark:text-red-400">
          <p id={errorId} role="alert">
            {problem.message}
          </p>
          {problem.fix ? (
            <button
              type="button"
              className="mt-1 rounded-md border border-red-300 bg-white px-2 py-0.5 font-medium text-red-800 hover:bg-red-50 dark:border-red-700 dark:bg-slate-900 dark:text-red-300 dark:hover:bg-slate-800"
              onClick={() => applyFix(problem.fix as Fix)}
            >
              {problem.fix.label}
            </button>
          ) : null}
        </div>
      ) : null}
      {field.hint ? (
        <p id={hintId} className="mt-1 text-[11px] text-slate-500 dark:text-slate-400">
          {field.hint}
        </p>
      ) : null}
    </div>
  );
}

function FieldLabel({ htmlFor, text }: { htmlFor: string; text: string }) {
  return (
    <label htmlFor={htmlFor} className="mb-1 block text-xs font-medium text-slate-600 dark:text-slate-300">
      {text}
    </label>
  );
}
