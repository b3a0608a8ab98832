/** The streams and file access a CLI command gets: injected, so commands are tested without a subprocess. */
export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  readFile: (p: string) => Buffer;
}
