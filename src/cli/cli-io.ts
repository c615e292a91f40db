/** Where a CLI command writes its output and its errors (the process's streams, or a test's lines). */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}
