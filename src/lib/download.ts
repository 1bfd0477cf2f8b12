/** Starts a download of `blob` under `fileName` (a temporary link, clicked, its object URL released). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started from the click; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
