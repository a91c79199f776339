import type { Verdict } from '../../engine/index.ts';
import { VerdictIcon } from '../canvas/VerdictIcon.tsx';
import { VERDICT_STYLES } from '../verdict-style.ts';

/** A verdict as a small badge with its glyph and word, and whether it is the one expected when that is known. */
export function VerdictChip({ verdict, expectation }: { verdict: Verdict; expectation?: boolean | undefined }) {
  const look = VERDICT_STYLES[verdict];
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-1.5 py-0.5 text-[11px] font-semibold ring-1 ring-inset ${look.badge}`}
    >
      <VerdictIcon state={verdict} size={11} />
      {look.word}
      {expectation === undefined ? null : expectation ? ' · as expected' : ' · not as expected'}
    </span>
  );
}
