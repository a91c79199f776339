import { useEffect, useId, useRef, useState } from 'react';
import { checkOtherRegion, findAzureRegion, type AzureRegion } from '../../../engine/index.ts';
import type { Outcome } from '../../commands/types.ts';
import { filterRegions, isOtherRegion, OTHER_REGION_LABEL, regionText } from './region-options.ts';

// A VNet's region: a combobox over the Azure region catalogue (ARIA 1.2 editable combobox with a
// list), showing display names and writing programmatic names. A region the catalogue does not
// know can only be typed after choosing "Other region…", in its own field, and is written only
// when it has the shape of a programmatic name; anything else is shown as an error there. Typed
// text that names a catalogued region outright ("westeurope", "West Europe") is applied as it is
// typed, like the other inspector fields.

const INPUT =
  'w-full rounded-md border bg-white px-2 py-1.5 text-sm text-slate-800 shadow-xs focus:ring-2 focus:outline-none dark:bg-slate-900 dark:text-slate-100';
const OK_BORDER = 'border-slate-300 focus:border-sky-500 focus:ring-sky-500/30 dark:border-slate-600';
const BAD_BORDER = 'border-red-400 focus:border-red-500 focus:ring-red-500/30';
const LABEL = 'mb-1 block text-xs font-medium text-slate-600 dark:text-slate-300';

type Props = {
  label: string;
  hint?: string;
  value: unknown;
  apply: (value: unknown) => Outcome;
};

/** One entry of the list: a catalogued region, or the way out to a typed name. */
type Choice = { kind: 'region'; region: AzureRegion } | { kind: 'other' };

const refusal = (outcome: Outcome) => (outcome.status === 'refused' ? outcome.reason.replace(/^[\w.]+: /, '') : null);

export function RegionField({ label, hint, value, apply }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const otherId = `${id}-other`;
  const otherErrorId = `${id}-other-error`;

  const [draft, setDraft] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState<string | null>(null);
  const [otherChosen, setOtherChosen] = useState(false);
  const [otherDraft, setOtherDraft] = useState<string | null>(null);
  const [otherError, setOtherError] = useState<string | null>(null);
  const otherInput = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const focusOther = useRef(false);

  // A stored region the catalogue does not know is shown in the "other" field, whoever wrote it.
  const showOther = otherChosen || isOtherRegion(value);
  const choices: Choice[] = [
    ...filterRegions(draft ?? '').map((region): Choice => ({ kind: 'region', region })),
    { kind: 'other' },
  ];
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    if (focusOther.current && showOther) {
      focusOther.current = false;
      otherInput.current?.focus();
    }
  }, [showOther]);

  useEffect(() => {
    if (open && active >= 0)
      listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active]);

  const commit = (next: string) => setError(refusal(apply(next)));

  const choose = (choice: Choice) => {
    setOpen(false);
    setDraft(null);
    setActive(-1);
    setError(null);
    if (choice.kind === 'region') {
      setOtherChosen(false);
      setOtherDraft(null);
      setOtherError(null);
      commit(choice.region.name);
    } else {
      setOtherChosen(true);
      focusOther.current = true;
      // Already showing (a stored uncatalogued region): the effect will not run again, so focus here.
      if (showOther) otherInput.current?.focus();
    }
  };

  const onType = (text: string) => {
    setDraft(text);
    setOpen(true);
    setActive(text.trim() === '' ? -1 : 0);
    setError(null);
    const exact = findAzureRegion(text);
    if (exact) {
      setOtherChosen(false);
      commit(exact.name);
    }
  };

  const onEnter = () => {
    if (open && active >= 0 && choices[active]) {
      choose(choices[active]);
      return;
    }
    setOpen(false);
    if (draft === null || draft.trim() === '') return;
    const exact = findAzureRegion(draft);
    if (exact) choose({ kind: 'region', region: exact });
    else
      setError(
        `“${draft}” is not in the list of Azure regions. Pick one, or choose “${OTHER_REGION_LABEL}” to type a name.`,
      );
  };

  const onOtherType = (text: string) => {
    setOtherDraft(text);
    const check = checkOtherRegion(text.trim());
    if (!check.ok) {
      setOtherError(check.problem);
      return;
    }
    setOtherError(refusal(apply(check.name)));
  };

  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <div className="relative">
        <input
          id={id}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          placeholder="Search, e.g. West Europe"
          spellCheck={false}
          autoComplete="off"
          className={`${INPUT} ${error ? BAD_BORDER : OK_BORDER}`}
          value={draft ?? (otherChosen && !isOtherRegion(value) ? OTHER_REGION_LABEL : regionText(value))}
          onChange={(e) => onType(e.target.value)}
          onClick={() => setOpen(true)}
          onBlur={() => {
            // Leaving the field drops an unfinished search, as the other typed fields drop an invalid draft.
            setOpen(false);
            setDraft(null);
            setActive(-1);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              const last = choices.length - 1;
              setOpen(true);
              setActive((index) => (e.key === 'ArrowDown' ? Math.min(index + 1, last) : Math.max(index - 1, 0)));
            } else if (e.key === 'Enter') {
              e.preventDefault();
              onEnter();
            } else if (e.key === 'Escape') {
              if (open) {
                // Closing the list is all this Escape does; the editor would otherwise also clear the selection.
                e.preventDefault();
                setOpen(false);
              } else {
                setDraft(null);
                setError(null);
              }
            }
          }}
        />
        <ul
          ref={listRef}
          id={listId}
          role="listbox"
          aria-label="Azure locations"
          hidden={!open}
          className="absolute z-20 mt-1 max-h-60 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {choices.map((choice, index) => (
            <li
              key={choice.kind === 'region' ? choice.region.name : 'other'}
              id={optionId(index)}
              data-index={index}
              role="option"
              aria-selected={index === active}
              // Keeps the focus in the input, so choosing with the mouse does not blur it first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(choice)}
              onMouseMove={() => setActive(index)}
              className={`flex cursor-pointer items-baseline gap-2 px-2 py-1 ${index === active ? 'bg-sky-100 dark:bg-sky-900/60' : ''} ${choice.kind === 'other' ? 'border-t border-slate-200 dark:border-slate-700' : ''}`}
            >
              {choice.kind === 'region' ? (
                <>
                  <span className="text-slate-800 dark:text-slate-100">{choice.region.displayName}</span>
                  <span className="text-[11px] text-slate-500 dark:text-slate-400">
                    {choice.region.name} · {choice.region.geography}
                  </span>
                </>
              ) : (
                <span className="text-slate-700 italic dark:text-slate-200">{OTHER_REGION_LABEL}</span>
              )}
            </li>
          ))}
        </ul>
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="mt-1 text-[11px] text-slate-500 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {showOther ? (
        <div className="mt-2">
          <label htmlFor={otherId} className={LABEL}>
            Other location
          </label>
          <input
            ref={otherInput}
            id={otherId}
            type="text"
            placeholder="programmatic name, e.g. newzealandnorth"
            spellCheck={false}
            autoComplete="off"
            className={`${INPUT} ${otherError ? BAD_BORDER : OK_BORDER}`}
            value={otherDraft ?? (isOtherRegion(value) ? value : '')}
            aria-invalid={otherError ? true : undefined}
            aria-describedby={otherError ? otherErrorId : undefined}
            onChange={(e) => onOtherType(e.target.value)}
            onBlur={() => {
              setOtherDraft(null);
              setOtherError(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.currentTarget.blur();
            }}
          />
          {otherError ? (
            <p id={otherErrorId} className="mt-1 text-xs text-red-700 dark:text-red-400">
              {otherError}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
