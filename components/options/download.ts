/** Saves `text` as a file the browser downloads (an export), without any permission. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // The download has started reading the blob by the time the page is idle again.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
