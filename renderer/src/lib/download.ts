/**
 * Saves text as a file the way a web page does: a Blob, a temporary <a download> pointing at its
 * blob: URL, a click. A download is not a fetch, so the CSP's connect-src does not apply; Chromium
 * (the browser host) saves to the downloads folder, Electron asks where to save.
 */
export function saveTextFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later: the download reads the Blob after this task ends.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
