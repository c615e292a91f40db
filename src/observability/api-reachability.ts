import { HttpError, type Transformer } from "grammy";

export interface ApiSighting {
  /** Whether the last call reached the Bot API (any answer from Telegram counts, even an error). */
  reachable: boolean | null;
  at: Date | null;
  /** Why the last call did not reach it (a network error), when it did not. */
  reason?: string;
}

/**
 * Remembers whether the last Bot API call got through: a grammY API transformer, installed on the
 * bot's and the sender's `Api`. /healthz reports the last sighting (the process makes calls all the
 * time when polling; in webhook mode the sender's and replies' calls count).
 */
export class ApiReachability {
  private last: ApiSighting = { reachable: null, at: null };

  constructor(private readonly clock: () => Date = () => new Date()) {}

  record(reachable: boolean, reason?: string): void {
    this.last = { reachable, at: this.clock(), ...(reason ? { reason } : {}) };
  }

  get sighting(): ApiSighting {
    return this.last;
  }

  readonly transformer: Transformer = async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      this.record(true);
      return result;
    } catch (error) {
      if (error instanceof HttpError) this.record(false, describeNetworkError(error));
      else this.record(true); // Telegram answered (GrammyError): it is reachable.
      throw error;
    }
  };
}

/** "ECONNREFUSED 127.0.0.1:8081", "fetch failed: getaddrinfo ENOTFOUND api.telegram.org"… without payloads. */
export function describeNetworkError(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && depth < 4; depth++) {
    if (e instanceof Error) {
      const code = (e as { code?: unknown }).code;
      if (typeof code === "string") parts.push(code);
      else if (!/^Network request for/.test(e.message)) parts.push(e.message);
      e = (e as { error?: unknown }).error ?? e.cause;
    } else break;
  }
  return ([...new Set(parts)].join(": ") || "network error").slice(0, 300);
}
