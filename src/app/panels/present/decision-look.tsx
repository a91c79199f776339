import type { Decision } from '../../../engine/index.ts';
import { DECISION_WORDS } from '../../review/review-rows.ts';

// How a review decision looks wherever it is shown: one table, like verdict-style.ts.

export const DECISION_LOOKS = {
  accepted: {
    word: DECISION_WORDS.accepted,
    badge: 'bg-green-50 text-green-800 ring-green-300 dark:bg-green-950 dark:text-green-200 dark:ring-green-800',
    glyph: '✓',
  },
  changesRequested: {
    word: DECISION_WORDS.changesRequested,
    badge: 'bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-800',
    glyph: '!',
  },
} as const satisfies Record<Decision['status'], { word: string; badge: string; glyph: string }>;

/** "30 Nov, 10:42": when a decision or note was made, in the reader's own locale. */
export function whenText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** "Accepted by Ana, 30 Nov 10:42": the decision as a badge, who and when in its name. */
export function DecisionBadge({ decision, size = 'large' }: { decision: Decision; size?: 'large' | 'small' }) {
  const look = DECISION_LOOKS[decision.status];
  const who = `${look.word} by ${decision.author || 'someone'}, ${whenText(decision.at)}`;
  return (
    <span
      title={decision.text ? `${who}: ${decision.text}` : who}
      // A badge read as one picture: its words and who decided, when.
      role="img"
      aria-label={who}
      data-testid="decision"
      className={`inline-flex shrink-0 items-center gap-1.5 rounded-full font-semibold ring-1 ring-inset ${look.badge} ${size === 'large' ? 'px-3 py-0.5 text-[17px]' : 'px-2 py-0.5 text-[11px]'}`}
    >
      <span aria-hidden="true">{look.glyph}</span>
      {look.word}
    </span>
  );
}
