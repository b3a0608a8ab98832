/**
 * Saves bytes given as base64 (a lesson pack) as a download, like saveTextFile does for text.
 */
export function saveBase64File(fileName: string, base64: string, type = 'application/octet-stream'): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type }));
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
