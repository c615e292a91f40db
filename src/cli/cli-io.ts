import type { Database } from "../db/client.js";
import type { Clock } from "../shared/clock.js";

/** Where a CLI command writes its output and its errors (the process's streams, or a test's lines). */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** What the operator CLI takes from its process; tests replace the parts they control. */
export interface CliDeps {
  env: Record<string, string | undefined>;
  io: CliIo;
  clock?: Clock;
  /** An already open database (tests); otherwise opened from the environment. */
  database?: Database;
  /** Replaces the HTTP client for getMe (tests). */
  fetch?: typeof globalThis.fetch;
}
