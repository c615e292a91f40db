import type { ApiSighting } from "./api-reachability.js";

export interface HealthSources {
  /** Resolves when the database answers a trivial query. */
  pingDatabase(): Promise<void>;
  telegram(): ApiSighting;
  /** null when the scheduler is disabled in this process (SCHEDULER_ENABLED=false). */
  schedulerAlive(): boolean | null;
  /** Age in seconds of the oldest due pending outbox row. */
  outboxLagSeconds(): Promise<number>;
}

export interface HealthReport {
  status: "ok" | "failing";
  database: { ok: boolean; error?: string };
  telegram: { ok: boolean; lastSeenAt: string | null; reason?: string };
  scheduler: { ok: boolean; enabled: boolean };
  outbox: { lagSeconds: number | null };
}

const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);

/**
 * GET /healthz: 503 when the database does not answer, the last Bot API call did not get through,
 * or the scheduler (when enabled here) has stopped. Outbox lag is reported, not judged (quiet
 * hours hold ordinary messages on purpose): alert on the outbox_lag_seconds metric instead.
 */
export async function checkHealth(sources: HealthSources, timeoutMs = 3000): Promise<{ httpStatus: 200 | 503; report: HealthReport }> {
  let database: HealthReport["database"] = { ok: true };
  let lagSeconds: number | null = null;
  try {
    await withTimeout(sources.pingDatabase(), timeoutMs);
    lagSeconds = Math.round(await withTimeout(sources.outboxLagSeconds(), timeoutMs));
  } catch (error) {
    database = { ok: false, error: error instanceof Error ? error.message.split("\n")[0]!.slice(0, 200) : "unreachable" };
  }
  const sighting = sources.telegram();
  const telegram = {
    ok: sighting.reachable !== false,
    lastSeenAt: sighting.at?.toISOString() ?? null,
    ...(sighting.reason ? { reason: sighting.reason } : {}),
  };
  const alive = sources.schedulerAlive();
  const scheduler = { ok: alive !== false, enabled: alive !== null };
  const ok = database.ok && telegram.ok && scheduler.ok;
  return { httpStatus: ok ? 200 : 503, report: { status: ok ? "ok" : "failing", database, telegram, scheduler, outbox: { lagSeconds } } };
}
