// The name a new stored design gets: the one it arrives with, unless a stored design already has it.
// Then it is counted on, as file managers do: `lab`, `lab (2)`, `lab (3)`. Only new designs are named
// here (a template, a file, a paste, a shared copy, a tab's copy, a duplicate); a name the person
// types when renaming is theirs to choose, even if another design has it.

/** A count the title already ends in: ` (2)`. Up to three digits, so `Review (2024)` is a year, not a count. */
const COUNTED = /^(.*\S)\s+\((\d{1,3})\)$/su;

/** How two titles are compared: trimmed, whitespace runs as one space, case-insensitive. */
export function titleKey(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase();
}

/**
 * `wanted` itself when no title in `taken` matches it (compared by titleKey); otherwise the first free
 * `stem (n)`, where a title that already ends in ` (n)` goes on from n+1 and any other starts at 2.
 */
export function uniqueTitle(wanted: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const title of taken) used.add(titleKey(title));
  if (!used.has(titleKey(wanted))) return wanted;
  const trimmed = wanted.trim();
  const counted = COUNTED.exec(trimmed);
  const stem = counted?.[1] ?? trimmed;
  // The loop ends: each step tries a different name, and at most used.size of them are taken.
  for (let n = counted ? Number(counted[2]) + 1 : 2; ; n++) {
    const candidate = `${stem} (${n})`;
    if (!used.has(titleKey(candidate))) return candidate;
  }
}
