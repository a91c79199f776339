// Saving a blob under a name through the browser. Opening files as designs is the session's work
// (persistence/design-files.ts): io/ only reads and writes formats.

export function download(name: string, content: Blob | string, type = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click starts the download; the URL may go once the browser has taken it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
