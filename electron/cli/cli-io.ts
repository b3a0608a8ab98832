/** The streams and file access a CLI command gets: injected, so commands are tested without a subprocess. */
export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  readFile: (p: string) => Buffer;
  /** One line typed without echo (a PIN), after `prompt` on stderr; '' at end of input. */
  readSecret?: (prompt: string) => Promise<string>;
}
