/**
 * Is this error the database being out of reach (a restart, a failover, a network cut, too many
 * connections) rather than a fault in what we asked of it? Such a failure is brief and the same
 * request succeeds in a minute; a user should be told so rather than "something went wrong".
 * Walks the `cause` chain: drizzle wraps a driver error in DrizzleQueryError.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== "string") continue;
    if (networkCodes.has(code)) return true;
    // SQLSTATE 08xxx connection exception; 57P01–57P03 shutdown / cannot connect now; 53300 too many connections.
    if (/^08[0-9A-Z]{3}$/.test(code) || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300") return true;
  }
  return false;
}

const networkCodes = new Set([
  // postgres.js
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  // Node's sockets
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
