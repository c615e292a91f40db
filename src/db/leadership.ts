import postgres from "postgres";

/**
 * One leader among the replicas that share a PostgreSQL database, elected by a session-level
 * advisory lock held on a dedicated connection. When the leader's process dies its connection
 * closes and PostgreSQL releases the lock at once; another replica, trying every `retryMs`, takes
 * it over within seconds. The leader checks every `checkMs` that its session still holds the lock
 * (a restarted server or a cut connection loses it) and steps down the moment it does not.
 *
 * `lead()` starts the work only the leader may do and returns how to stop it. A new leader waits
 * `graceMs` before starting, so that a deposed one has noticed and stopped (Telegram answers 409
 * Conflict to a second getUpdates).
 */
export interface LeadershipOptions {
  databaseUrl: string;
  /** What is led, e.g. "poller"; also the lock's key (hashed by PostgreSQL). */
  name: string;
  lead: () => Promise<() => Promise<void>>;
  log?: (message: string, error?: unknown) => void;
  retryMs?: number;
  checkMs?: number;
  graceMs?: number;
}

export interface Leadership {
  /** Whether this replica leads now. */
  readonly leading: boolean;
  /** Steps down (stopping the work) and closes the dedicated connection. */
  stop(): Promise<void>;
}

export function holdLeadership(options: LeadershipOptions): Leadership {
  const log = options.log ?? ((message, error) => console.log(message, error ?? ""));
  const retryMs = options.retryMs ?? 2000;
  const checkMs = options.checkMs ?? 1000;
  const graceMs = options.graceMs ?? 2000;
  // One connection, only for the lock: the lock lives and dies with this session.
  const client = postgres(options.databaseUrl, { max: 1, onnotice: () => {}, idle_timeout: 0, max_lifetime: null, connect_timeout: 5 });
  let running = true;
  let leading = false;
  let standingBy = false;
  let stopWork: (() => Promise<void>) | null = null;
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => ((wake = null), resolve()), ms);
      wake = () => (clearTimeout(timer), (wake = null), resolve());
    });
  const key = `erte-bot:${options.name}`;

  /** Does this session hold the lock? Asked of pg_locks, so a silently re-opened connection says no. */
  async function holding(): Promise<boolean> {
    const rows = await withTimeout(
      // This session takes no other advisory lock.
      client`select exists (select 1 from pg_locks where locktype = 'advisory' and pid = pg_backend_pid() and granted) as held`,
      5000,
    );
    return rows[0]?.held === true;
  }

  async function stepDown(reason: string, error?: unknown): Promise<void> {
    if (!leading) return;
    leading = false;
    log(`${options.name}: stepping down (${reason})`, error);
    const stop = stopWork;
    stopWork = null;
    await stop?.().catch((e) => log(`${options.name}: stopping failed`, e));
    await client`select pg_advisory_unlock_all()`.catch(() => {});
  }

  const loop = (async () => {
    while (running) {
      if (!leading) {
        try {
          const [row] = await withTimeout(client`select pg_try_advisory_lock(hashtext(${key})) as ok`, 5000);
          if (row?.ok === true) {
            log(`${options.name}: elected, starting in ${graceMs} ms`);
            await sleep(graceMs);
            if (!running) break;
            if (!(await holding())) throw new Error("lock lost during the grace period");
            leading = true;
            standingBy = false;
            stopWork = await options.lead();
            log(`${options.name}: leading`);
          } else if (!standingBy) {
            standingBy = true;
            log(`${options.name}: standing by (another replica leads)`);
          }
        } catch (error) {
          if (leading) await stepDown("failed to start", error);
          else log(`${options.name}: election failed, retrying`, error);
        }
        if (!leading && running) await sleep(retryMs);
        continue;
      }
      await sleep(checkMs);
      if (!running) break;
      try {
        if (!(await holding())) await stepDown("the lock is gone");
      } catch (error) {
        await stepDown("cannot reach the database", error);
      }
    }
  })();

  return {
    get leading() {
      return leading;
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      await stepDown("shutting down");
      await client.end({ timeout: 2 }).catch(() => {});
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer from the database in ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
