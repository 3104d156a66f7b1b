/** Hands fetched bytes to the browser as a download under the given file name. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
  } finally {
    // The click has started the download; the object URL may go once the event has run.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
