import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Db } from "../db/client.js";
import { systemClock, type Clock } from "../shared/clock.js";
import {
  claimDueMessages,
  hasDueMessages,
  hasExpiredLeases,
  forgetOldPaces,
  markAttemptFailed,
  markCancelled,
  markFailed,
  markSent,
  markUnreachable,
  paceChats,
  paceChatsAt,
  reclaimExpiredLeases,
  releaseMessages,
  renewLeases,
  type ClaimedMessage,
} from "./outbox.js";
import { isQuietTime, type QuietHours } from "./quiet-hours.js";
import { RateBudget, shareOfBudget } from "./rate-budget.js";
import { forgetDeadSenders, heartbeatSender, unregisterSender } from "./senders.js";
import { RenderError, type Renderer } from "./render.js";
import type { SendMessage, SendResult } from "./telegram.js";

/** A sender counts as alive while its last heartbeat is at most this many intervals old. */
const ALIVE_WITHIN_BEATS = 5;

/**
 * A last check before sending rows of one kind: returns the ids that are no longer wanted (they
 * are cancelled, not sent). Lets a domain stop its messages "the moment" something happens.
 */
export interface DeliveryGuard {
  kind: string;
  unwanted(db: Db, rows: ClaimedMessage[], now: Date): Promise<number[]>;
  /**
   * Fills in, at send time, what the kept rows refer to instead of carrying it (their `params` and
   * `buttons`, e.g. an activity's current text); returns the rows that cannot be rendered and why.
   */
  resolve?(db: Db, rows: ClaimedMessage[]): Promise<{ id: number; problem: string }[]>;
}

export interface SenderOptions {
  db: Db;
  send: SendMessage;
  render: Renderer;
  /**
   * Global budget, messages per second (Telegram: about 30/s in bulk), shared by all live senders:
   * with N replicas each sends at ratePerSecond ÷ N (see delivery_senders).
   */
  ratePerSecond: number;
  quietHours?: QuietHours | null;
  clock?: Clock;
  /** Injected in tests to advance a fake clock instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
  /** Minimum gap between two messages to one chat (Telegram: about 1/s). */
  perChatIntervalMs?: number;
  maxAttempts?: number;
  maxInFlight?: number;
  /**
   * How long a claimed row stays leased without a heartbeat renewing it. A killed sender's rows
   * (and their chats) are free again about this long after its last heartbeat.
   */
  leaseMs?: number;
  idlePollMs?: number;
  backoffBaseMs?: number;
  backoffMaxMs?: number;
  /**
   * The rate window is stretched by this fraction, so that jitter between here and Telegram
   * never puts more than the budget into any one-second window. 0.03 → 97 % of the budget.
   */
  safetyMargin?: number;
  guards?: DeliveryGuard[];
  /** How often a sender says it is alive, counts the others and renews its leases. */
  heartbeatMs?: number;
  senderId?: string;
  log?: (message: string, error?: unknown) => void;
}

export interface SenderStats {
  sent: number;
  rateLimited: number;
  transientErrors: number;
  failed: number;
  unreachable: number;
}

/**
 * Sends outbox rows: claims due rows (urgent first, only urgent in quiet hours; at most one per chat
 * and none for a chat still paced, see claimDueMessages), paces them to the global budget, keeps
 * one message per chat per `perChatIntervalMs` through the database (`delivery_chats`, shared by
 * all replicas), pauses everything on 429 for `retry_after`, backs off exponentially on
 * network/5xx errors, gives up after `maxAttempts`, and marks 403 recipients unreachable.
 *
 * Delivery is at least once. Each row is marked right after its own request, so a crash can
 * duplicate at most the messages in flight at that moment (≤ `maxInFlight`): Telegram had them,
 * the row was not marked yet, and the lease (renewed by every heartbeat while the sender lives)
 * runs out about `leaseMs` after the last heartbeat; then any sender sends them again.
 */
export class Sender {
  readonly id: string;
  readonly stats: SenderStats = { sent: 0, rateLimited: 0, transientErrors: 0, failed: 0, unreachable: 0 };
  private readonly o: Required<Omit<SenderOptions, "quietHours" | "sleep" | "clock" | "senderId" | "log" | "guards">> & {
    quietHours: QuietHours | null;
  };
  private readonly clock: Clock;
  private readonly guards: DeliveryGuard[];
  private readonly sleepFn: (ms: number) => Promise<void>;
  private readonly log: (message: string, error?: unknown) => void;
  /** This sender's share of the global budget and when its next send may go (see rate-budget.ts). */
  private readonly budget: RateBudget;
  /** Live senders sharing the budget, this one included. */
  private sharers = 1;
  private nextHeartbeatAt = 0;
  private queue: ClaimedMessage[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  /** Since when heartbeats have been succeeding (null: the last one failed). */
  private healthySince: number | null = null;
  /** When this sender's first heartbeat went through (null: not yet registered). */
  private joinedAt: number | null = null;
  /** When the last successful heartbeat was taken (its count of live senders is that old). */
  private lastCountAt = -Infinity;
  private heartbeating: Promise<void> | null = null;
  private heartbeatTimer: ReturnType<typeof setInterval> | null = null;
  private lastClaimFullAt = -Infinity;
  private claiming: Promise<void> | null = null;
  /** Chats whose message went out, and when each may take the next: written in batches. */
  private paces = new Map<number, Date>();
  private nextPaceFlushAt = 0;
  private pausedUntil = 0;
  private nextReclaimAt = 0;
  private lastClaimEmpty = false;
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(options: SenderOptions) {
    if (!(options.ratePerSecond > 0)) throw new Error("ratePerSecond must be positive");
    this.o = {
      db: options.db,
      send: options.send,
      render: options.render,
      ratePerSecond: options.ratePerSecond,
      quietHours: options.quietHours ?? null,
      perChatIntervalMs: options.perChatIntervalMs ?? 1050,
      maxAttempts: options.maxAttempts ?? 5,
      maxInFlight: options.maxInFlight ?? 16,
      leaseMs: options.leaseMs ?? 10_000,
      idlePollMs: options.idlePollMs ?? 1000,
      backoffBaseMs: options.backoffBaseMs ?? 2000,
      backoffMaxMs: options.backoffMaxMs ?? 10 * 60_000,
      safetyMargin: options.safetyMargin ?? 0.03,
      heartbeatMs: options.heartbeatMs ?? 1000,
    };
    this.clock = options.clock ?? systemClock;
    this.guards = options.guards ?? [];
    this.sleepFn = options.sleep ?? ((ms) => this.interruptibleSleep(ms));
    this.log = options.log ?? ((message, error) => console.error(message, error ?? ""));
    this.id = options.senderId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
    this.budget = new RateBudget(shareOfBudget(this.o.ratePerSecond, 1, this.o.safetyMargin));
  }

  /** Senders seen alive the last time this one counted. */
  get liveSenders(): number {
    return this.sharers;
  }

  private share(sharers: number): void {
    this.sharers = sharers;
    this.budget.reshape(shareOfBudget(this.o.ratePerSecond, sharers, this.o.safetyMargin));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    // Heartbeats (and lease renewals) also while the loop waits on slow requests.
    this.heartbeatTimer = setInterval(() => void this.heartbeat(this.now()).catch(() => {}), this.o.heartbeatMs);
    this.heartbeatTimer.unref?.();
    this.loop = (async () => {
      while (this.running) {
        let wait: number;
        try {
          wait = await this.tick();
        } catch (error) {
          // Database gone (restart, failover): keep going, the driver reconnects.
          this.log("sender: tick failed", error);
          wait = 1000;
        }
        if (this.running && wait > 0) await this.sleepFn(wait);
      }
    })();
  }

  /** Stops claiming, waits for requests in flight, and hands unsent claimed rows back at once. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = null;
    this.wake?.();
    await this.loop;
    await this.claiming?.catch(() => {});
    await Promise.allSettled([...this.inFlight]);
    await this.flushPaces(this.now()).catch((e) => this.log("sender: writing chat paces on stop failed", e));
    await this.heartbeating?.catch(() => {}); // before unregistering, or it would register again
    const ids = this.queue.map((r) => r.id);
    this.queue = [];
    await releaseMessages(this.o.db, ids, this.id, null, this.clock()).catch((e) => this.log("sender: release on stop failed", e));
    await unregisterSender(this.o.db, this.id).catch((e) => this.log("sender: unregister failed", e));
  }

  /**
   * Sends until nothing is due now (the clock may be a fake one advanced by `sleep`). For tests,
   * the benchmark and one-off runs; `start()` is the long-running form.
   */
  async runUntilIdle(maxTicks = 1_000_000): Promise<void> {
    for (let i = 0; i < maxTicks; i++) {
      const wait = await this.tick();
      if (this.queue.length === 0 && this.lastClaimEmpty && this.now() >= this.pausedUntil) {
        if (this.inFlight.size > 0) {
          await Promise.allSettled([...this.inFlight]);
          continue;
        }
        if (this.paces.size > 0) await this.flushPaces(this.now());
        // Idle only when nothing is due, not even for a paced chat, and no dead sender's lease waits.
        const now = new Date(this.now());
        const urgentOnly = isQuietTime(now, this.o.quietHours);
        if (!(await hasDueMessages(this.o.db, now, urgentOnly)) && !(await hasExpiredLeases(this.o.db, now))) return;
      }
      if (wait > 0) await this.sleepFn(wait);
    }
    throw new Error("sender: runUntilIdle did not become idle");
  }

  private now(): number {
    return this.clock().getTime();
  }

  /**
   * Says this sender is alive, counts the live ones (to share the budget) and renews the leases of
   * the rows it holds. Also while paused: a paused sender still holds its share.
   */
  private heartbeat(now: number): Promise<void> {
    if (this.heartbeating) return this.heartbeating;
    this.nextHeartbeatAt = now + this.o.heartbeatMs;
    this.heartbeating = (async () => {
      try {
        const at = new Date(now);
        const alive = await heartbeatSender(this.o.db, this.id, at, this.o.heartbeatMs * ALIVE_WITHIN_BEATS);
        await renewLeases(this.o.db, this.id, new Date(now + this.o.leaseMs), new Date(now + this.o.leaseMs / 2));
        this.healthySince ??= now;
        // Others stop counting a sender whose heartbeats stopped: back after that long, it joins
        // again as a newcomer does.
        if (this.joinedAt === null || now - this.lastCountAt > this.o.heartbeatMs * ALIVE_WITHIN_BEATS) this.joinedAt = now;
        this.lastCountAt = now;
        if (alive !== this.sharers) {
          this.log(`sender: ${alive} live sender(s) share ${this.o.ratePerSecond} msg/s`);
          this.share(alive);
        }
      } catch (error) {
        this.healthySince = null;
        throw error;
      } finally {
        this.heartbeating = null;
      }
    })();
    return this.heartbeating;
  }

  /**
   * A sender that has just registered sends nothing until it has counted the live senders again one
   * heartbeat later. The others learn of it only at their next heartbeat (up to one interval after
   * it registered); until then each sends at the share it last counted, so a newcomer that sent at
   * once would put up to one extra share per second over the global budget (two replicas starting
   * together: 1.5 × the budget for about a second). Returns how long to wait (0: may send).
   */
  private joiningFor(now: number): number {
    if (this.joinedAt === null) return this.o.heartbeatMs; // the first heartbeat has not gone through
    if (this.lastCountAt >= this.joinedAt + this.o.heartbeatMs) return 0;
    return Math.max(1, this.joinedAt + this.o.heartbeatMs - now);
  }

  /** One step: claim if the local queue runs low, send what the budgets allow; returns ms to wait. */
  async tick(): Promise<number> {
    let now = this.now();
    if (now >= this.nextHeartbeatAt) await this.heartbeat(now);
    if (this.paces.size > 0 && (now >= this.nextPaceFlushAt || this.queue.length === 0)) await this.flushPaces(now);
    if (now < this.pausedUntil) return Math.min(this.pausedUntil - now, this.o.heartbeatMs);
    const joining = this.joiningFor(now);
    if (joining > 0) return joining;
    if (now >= this.nextReclaimAt) {
      this.nextReclaimAt = now + Math.min(this.o.leaseMs / 4, this.o.heartbeatMs);
      // Only after a few heartbeats of our own have gone through: had the database been out of
      // reach (for everyone), a live sender has had time to renew its leases before we judge them.
      if (this.healthySince !== null && now - this.healthySince >= 3 * this.o.heartbeatMs) {
        await forgetDeadSenders(this.o.db, new Date(now - 24 * 60 * 60_000));
        await forgetOldPaces(this.o.db, new Date(now - 24 * 60 * 60_000));
        const reclaimed = await reclaimExpiredLeases(this.o.db, new Date(now));
        if (reclaimed > 0) this.log(`sender: ${reclaimed} expired lease(s) reclaimed`);
      }
    }
    if (this.queue.length < Math.ceil(this.budget.current.batch / 2) && !this.claiming) {
      // Claim while the rows already claimed go out: a slow claim must not stall the budget.
      const claiming = this.claim(now).finally(() => {
        this.claiming = null;
        this.wake?.();
      });
      this.claiming = claiming;
      if (this.queue.length === 0) await claiming;
      else claiming.catch((error) => this.log("sender: claim failed", error));
    } else if (this.queue.length === 0 && this.claiming) {
      // The claim started beside the last queued rows is still running and they have all gone out:
      // wait for it. Returning at once would make the loop spin on resolved promises, which lets no
      // I/O in, so the claim's own answer would never arrive (the event loop freezes until a
      // heartbeat is due; with a fake clock, for ever). Its failure is logged where it started.
      await this.claiming.catch(() => {});
    }

    while (this.inFlight.size >= this.o.maxInFlight) await Promise.race(this.inFlight);
    now = this.now();
    if (now < this.pausedUntil) return this.pausedUntil - now;

    // Nothing claimable: soon again while a backlog is draining (its chats free up within the
    // per-chat interval), otherwise at the idle pace.
    const busy = now - this.lastClaimFullAt < 5000;
    let wait = this.queue.length > 0 ? this.o.idlePollMs : this.lastClaimEmpty ? (busy ? Math.min(this.o.idlePollMs, 200) : this.o.idlePollMs) : 0;
    while (this.queue.length > 0) {
      const readyAt = this.budget.readyAt(now);
      if (readyAt > now) {
        wait = Math.min(wait, readyAt - now);
        break;
      }
      this.budget.take(now);
      this.dispatch(this.queue.shift()!);
      if (this.inFlight.size >= this.o.maxInFlight) return 0;
    }
    return Math.max(0, wait);
  }

  private async flushPaces(now: number): Promise<void> {
    const paces = this.paces;
    this.paces = new Map();
    this.nextPaceFlushAt = now + 200;
    try {
      await paceChatsAt(this.o.db, paces, this.id);
    } catch (error) {
      for (const [chat, at] of paces) if (!this.paces.has(chat)) this.paces.set(chat, at);
      throw error;
    }
  }

  private async claim(now: number): Promise<void> {
    const rows = await claimDueMessages(this.o.db, {
      limit: this.budget.current.batch,
      now: new Date(now),
      leaseMs: this.o.leaseMs,
      senderId: this.id,
      urgentOnly: isQuietTime(new Date(now), this.o.quietHours),
    });
    this.lastClaimEmpty = rows.length === 0;
    if (rows.length > 0) this.lastClaimFullAt = now;
    const unwanted = new Set<number>();
    const broken = new Map<number, string>();
    for (const guard of this.guards) {
      const mine = rows.filter((r) => r.kind === guard.kind);
      if (mine.length === 0) continue;
      for (const id of await guard.unwanted(this.o.db, mine, new Date(now))) unwanted.add(id);
      const kept = mine.filter((r) => !unwanted.has(r.id) && !r.recipientUnreachable);
      if (guard.resolve && kept.length > 0) for (const b of await guard.resolve(this.o.db, kept)) broken.set(b.id, b.problem);
    }
    if (unwanted.size > 0) await this.persist(() => markCancelled(this.o.db, [...unwanted], this.id, "cancelled by guard", this.clock()));
    for (const [id, problem] of broken) {
      this.stats.failed++;
      await this.persist(() => markFailed(this.o.db, id, this.id, `render: ${problem}`, this.clock()));
    }
    for (const row of rows) {
      if (unwanted.has(row.id) || broken.has(row.id)) continue;
      if (row.recipientUnreachable) {
        // Known unreachable (403 earlier, not written since): no request, no budget spent.
        this.track(
          this.persist(() => markUnreachable(this.o.db, row.id, row.chatId, this.id, null, this.clock()))
            .then(() => this.persist(() => paceChats(this.o.db, [row.chatId], this.id, this.clock())))
            .catch((e) => this.log(`sender: marking ${row.id} unreachable failed`, e)),
        );
        this.stats.unreachable++;
        continue;
      }
      // Keep the queue ordered by priority, so an urgent row overtakes claimed ordinary ones.
      const at = this.queue.findIndex((q) => rank(q.priority) > rank(row.priority));
      if (at === -1) this.queue.push(row);
      else this.queue.splice(at, 0, row);
    }
  }

  /**
   * Sends one row; then its chat may take the next message one per-chat interval later (or after
   * a 429 pause). Until the pace is written (within ~200 ms) the chat stays busy: never too early.
   */
  private dispatch(row: ClaimedMessage): void {
    this.track(
      this.deliver(row)
        .catch((error) => this.log(`sender: delivering ${row.id} failed`, error))
        .then(() => {
          const at = Math.max(this.now() + this.o.perChatIntervalMs, this.pausedUntil);
          this.paces.set(row.chatId, new Date(at));
        }),
    );
  }

  private track(p: Promise<void>): void {
    this.inFlight.add(p);
    void p.finally(() => this.inFlight.delete(p));
  }

  private async deliver(row: ClaimedMessage): Promise<void> {
    const { db } = this.o;
    // Again just before the request: what the guard checked at the claim may have changed since
    // (a seminar moved or cancelled while its reminders waited in this sender's queue).
    for (const guard of this.guards) {
      if (guard.kind !== row.kind || (await guard.unwanted(db, [row], this.clock())).length === 0) continue;
      await this.persist(() => markCancelled(db, [row.id], this.id, "cancelled by guard", this.clock()));
      return;
    }
    let rendered;
    try {
      rendered = this.o.render(row, row.language);
    } catch (error) {
      if (!(error instanceof RenderError)) throw error;
      this.stats.failed++;
      await this.persist(() => markFailed(db, row.id, this.id, `render: ${error.message}`, this.clock()));
      return;
    }
    let result: SendResult;
    try {
      result = await this.o.send(row.chatId, rendered);
    } catch (error) {
      result = { ok: false, kind: "transient", description: error instanceof Error ? error.message : String(error) };
    }
    const now = this.clock();
    if (result.ok) {
      this.stats.sent++;
      await this.persist(() => markSent(db, row.id, this.id, result.messageId, now));
      return;
    }
    switch (result.kind) {
      case "rate_limited": {
        this.stats.rateLimited++;
        this.pausedUntil = Math.max(this.pausedUntil, now.getTime() + result.retryAfterSeconds * 1000);
        // Everything waits; this row and the claimed ones go back, due when the pause ends.
        const ids = [row.id, ...this.queue.map((q) => q.id)];
        this.queue = [];
        await this.persist(() => releaseMessages(db, ids, this.id, new Date(this.pausedUntil), now));
        return;
      }
      case "unreachable":
        this.stats.unreachable++;
        await this.persist(() => markUnreachable(db, row.id, row.chatId, this.id, result.description, now));
        return;
      case "transient": {
        this.stats.transientErrors++;
        if (row.attempts + 1 >= this.o.maxAttempts) this.stats.failed++;
        const backoff = Math.min(this.o.backoffMaxMs, this.o.backoffBaseMs * 2 ** row.attempts);
        const jittered = backoff * (0.75 + Math.random() * 0.5);
        await this.persist(() =>
          markAttemptFailed(db, row.id, this.id, {
            error: result.description,
            retryAt: new Date(now.getTime() + jittered),
            maxAttempts: this.o.maxAttempts,
            now,
          }),
        );
        return;
      }
      case "permanent":
        this.stats.failed++;
        await this.persist(() => markFailed(db, row.id, this.id, result.description, now));
        return;
    }
  }

  /**
   * Writes an outcome, retrying through a brief database outage: a sent row that cannot be marked
   * would be sent again when its lease expires.
   */
  private async persist(write: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await write();
      } catch (error) {
        if (attempt === 1) this.log("sender: recording an outcome failed, retrying", error);
        if (attempt >= 8) throw error;
        await new Promise((r) => setTimeout(r, Math.min(5000, 100 * 2 ** attempt)));
      }
    }
  }

  private interruptibleSleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = null;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }
}

function rank(priority: ClaimedMessage["priority"]): number {
  return priority === "urgent" ? 0 : priority === "normal" ? 1 : 2;
}
