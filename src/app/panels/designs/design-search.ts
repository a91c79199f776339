// Finding a design in the list by its title: a substring, whatever its case or accents, so “resume”
// finds “Résumé” and “lab” finds “Hub LAB (2)”.

/** Text as searched: compatibility-decomposed, accents dropped, lower case, whitespace runs as one space. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

/** The designs whose title holds the query, in the order given; all of them for an empty query. */
export function matchingDesigns<T extends { title: string }>(designs: readonly T[], query: string): readonly T[] {
  const needle = foldForSearch(query);
  if (needle === '') return designs;
  return designs.filter((design) => foldForSearch(design.title).includes(needle));
}

const count = new Intl.NumberFormat('en-US');

/** “12 designs”, or while searching “3 of 12 designs”. */
export function designCount(shown: number, total: number, searching: boolean): string {
  const noun = total === 1 ? 'design' : 'designs';
  return searching ? `${count.format(shown)} of ${count.format(total)} ${noun}` : `${count.format(total)} ${noun}`;
}
