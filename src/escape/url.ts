// Which addresses an export may turn into a link or a picture. Design text never becomes one: only
// addresses our own code supplies (a rule's documentation, the picture saved beside a report)
// pass, and only in shapes that cannot run script or reach somewhere unexpected.

/** An https address as the URL parser writes it, or null for anything else. */
export function ownLinkUrl(url: string): string | null {
  if (!/^https:\/\//i.test(url)) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' ? parsed.href : null;
  } catch {
    return null;
  }
}

const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;
const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]*={0,2}$/;

/**
 * A picture's address: a plain file name beside the report (as `fileNameFor` makes them), or a
 * PNG inlined as base64. Null for anything else, remote addresses included.
 */
export function ownPictureUrl(url: string): string | null {
  return FILE_NAME.test(url) || PNG_DATA_URL.test(url) ? url : null;
}
