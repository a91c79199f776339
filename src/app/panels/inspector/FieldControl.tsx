import { useId, useState } from 'react';
import type { Design } from '../../../engine/index.ts';
import type { Outcome } from '../../commands/types.ts';
import { parseList, type Field } from './fields.ts';
import { RegionField } from './RegionField.tsx';

// One inspector field. Drop-downs and checkboxes apply at once. Typed fields keep what is typed
// as a draft: each valid value is applied as it is typed, an invalid one is shown at the field
// with the reason and never reaches the design; leaving the field drops an invalid draft.

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
};

export function FieldControl({ field, value, design, apply }: Props) {
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

  if (field.type === 'region') return <RegionField label={field.label} hint={field.hint} value={value} apply={apply} />;

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

  const shown =
    draft ??
    (field.type === 'cidrs' && Array.isArray(value) ? value.join(', ') : value === undefined ? '' : String(value));
  const onText = (text: string) => {
    setDraft(text);
    if (field.type === 'number') {
      const number = Number(text);
      if (text.trim() === '' || !Number.isFinite(number)) {
        setError('Enter a number.');
        return;
      }
      commit(number);
    } else if (field.type === 'cidrs') {
      commit(parseList(text));
    } else {
      commit(text.trim());
    }
  };

  return (
    <div>
      <FieldLabel htmlFor={id} text={field.label} />
      <input
        id={id}
        type={field.type === 'number' ? 'number' : 'text'}
        inputMode={field.type === 'number' ? 'numeric' : undefined}
        min={field.type === 'number' ? field.min : undefined}
        max={field.type === 'number' ? field.max : undefined}
        step={field.type === 'number' ? field.step : undefined}
        placeholder={field.type === 'cidrs' || field.type === 'text' ? field.placeholder : undefined}
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
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
      />
      {footer}
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
