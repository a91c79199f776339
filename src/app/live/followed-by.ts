/** What a presenter reads about who follows them: names while a few, a count beyond. */
export function followedBy(names: readonly string[]): string {
  if (names.length === 0) return '';
  if (names.length === 1) return `${names[0]} follows you`;
  if (names.length <= 3) return `${names.slice(0, -1).join(', ')} and ${names.at(-1)} follow you`;
  return `${names.length} following you`;
}
