/**
 * What the student (or the teacher helping them) sees when the backend refuses to open. Pure: takes
 * whatever was thrown and returns the dialog text. The backend's own errors carry messages written for
 * people (e.g. a database from a newer version); a native-module ABI mismatch does not, so it gets one.
 */
export interface OpenErrorDialog {
  title: string;
  message: string;
}

/** better-sqlite3 built for Node, loaded by Electron (or the reverse): "…compiled against a different Node.js version using NODE_MODULE_VERSION 115…" */
const ABI_MISMATCH =
  /NODE_MODULE_VERSION|was compiled against a different Node\.js version|invalid ELF header|not a valid Win32 application/i;

export function describeBackendOpenError(error: unknown): OpenErrorDialog {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);

  if (name === 'DatabaseTooNewError') {
    return { title: 'Sourcewise needs an update', message };
  }
  if (name === 'DatabaseLocationError') {
    // Read-only file or folder, full disk, another window holding the lock, no file given: the message says which.
    return { title: 'Sourcewise cannot use its database', message };
  }
  if (name === 'DatabaseUnreadableError') {
    return { title: 'Sourcewise cannot read its database', message };
  }
  if (ABI_MISMATCH.test(message)) {
    return {
      title: 'Sourcewise cannot load its database module',
      message:
        'The SQLite module (better-sqlite3) was built for Node.js, not for Electron. On a machine with ' +
        'internet access run `npm run rebuild:electron` once, then `npm start` again. ' +
        '`npm run web` works without it.\n\nDetails: ' +
        message,
    };
  }
  return {
    title: 'Sourcewise could not start',
    message: `The database could not be opened: ${message}`,
  };
}
