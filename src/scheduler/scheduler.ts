import cron, { type ScheduledTask } from "node-cron";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Db } from "../db/client.js";
import { systemClock, type Clock } from "../shared/clock.js";
import { TIME_ZONE } from "../shared/time.js";
import { claimSlot, finishSlot, renewSlotLeases, slotKey } from "./run-coordinator.js";

export interface TaskDefinition {
  /** Unique, stable: part of the run key. */
  name: string;
  /** node-cron expression (minute resolution), read in Asia/Almaty. */
  cron: string;
  /**
   * The latest slot missed within this window is run once on start; within it, a run that failed
   * or whose process died is run again (the task must be idempotent). 0 = neither.
   */
  catchUpWithinMs: number;
  run(context: { db: Db; now: Date; slot: Date }): Promise<unknown>;
}

export interface SchedulerOptions {
  db: Db;
  tasks: TaskDefinition[];
  clock?: Clock;
  instance?: string;
  log?: (message: string, error?: unknown) => void;
  /** Called after every slot this instance ran (metrics). */
  onRun?: (task: string, ok: boolean) => void;
  /**
   * How long a run's claim holds without renewal; renewed every third of it while the run goes on.
   * A run whose process died is taken over about this long after its last renewal.
   */
  leaseMs?: number;
  /** Back-off after a failed run: base × 2^(attempt − 1), at most `retryMaxMs`; `maxAttempts` runs in all. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  maxAttempts?: number;
  /** How often a started scheduler looks for runs to retry or take over. */
  recheckMs?: number;
}

const MINUTE = 60_000;

/**
 * Cron tasks in Asia/Almaty time; every slot runs on exactly one replica at a time (a row per
 * `task:slot` in scheduler_runs, leased while it runs). On start, the latest slot missed while no
 * replica was up is caught up once; while started, a slot of a task's catch-up window whose run
 * failed is retried with back-off, and one whose process died (lease over) is taken over.
 */
export class Scheduler {
  readonly instance: string;
  private readonly clock: Clock;
  private readonly log: (message: string, error?: unknown) => void;
  private readonly matchers = new Map<string, ScheduledTask>();
  private readonly cronTasks: ScheduledTask[] = [];
  private readonly running = new Set<Promise<unknown>>();
  /** Keys of the runs in progress here, whose leases the renewal timer extends. */
  private readonly held = new Set<string>();
  private readonly leaseMs: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly maxAttempts: number;
  private readonly timers: ReturnType<typeof setInterval>[] = [];
  private rechecking = false;

  constructor(private readonly options: SchedulerOptions) {
    this.clock = options.clock ?? systemClock;
    this.instance = options.instance ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
    this.log = options.log ?? ((message, error) => (error ? console.error(message, error) : console.log(message)));
    this.leaseMs = options.leaseMs ?? 60_000;
    this.retryBaseMs = options.retryBaseMs ?? 60_000;
    this.retryMaxMs = options.retryMaxMs ?? 30 * MINUTE;
    this.maxAttempts = options.maxAttempts ?? 5;
    for (const task of options.tasks) {
      if (!cron.validate(task.cron)) throw new Error(`task ${task.name}: invalid cron expression "${task.cron}"`);
      // A never-started task: only its matcher is used (slots in Asia/Almaty).
      this.matchers.set(task.name, cron.createTask(task.cron, () => {}, { timezone: TIME_ZONE, name: `${task.name}#matcher` }));
    }
  }

  /** Schedules every task, then catches up missed slots. */
  async start(): Promise<void> {
    for (const task of this.options.tasks) {
      const scheduled = cron.schedule(
        task.cron,
        async (context) => {
          // The matched instant, plus a second in case the timer fired a hair early.
          const firedAt = Math.max(this.clock().getTime(), context.date?.getTime() ?? 0);
          const slot = this.latestSlot(task, new Date(firedAt + 1000), 5 * MINUTE);
          if (slot) await this.track(this.runSlot(task, slot));
        },
        { timezone: TIME_ZONE, name: task.name, noOverlap: true },
      );
      this.cronTasks.push(scheduled);
    }
    const renew = setInterval(() => void this.renewLeases().catch((e) => this.log("scheduler: renewing leases failed", e)), this.leaseMs / 3);
    const recheck = setInterval(() => void this.recheck(), this.options.recheckMs ?? MINUTE);
    for (const timer of [renew, recheck]) timer.unref?.();
    this.timers.push(renew, recheck);
    await this.catchUp();
  }

  /** Extends the leases of the runs in progress here (called on a timer while started). */
  async renewLeases(): Promise<void> {
    const keys = [...this.held];
    const holding = await renewSlotLeases(this.options.db, this.instance, keys, new Date(this.clock().getTime() + this.leaseMs));
    if (holding < keys.length) this.log(`scheduler: ${keys.length - holding} run(s) in progress were taken over by another instance`);
  }

  private async recheck(): Promise<void> {
    if (this.rechecking) return;
    this.rechecking = true;
    try {
      await this.catchUp();
    } catch (error) {
      this.log("scheduler: looking for runs to retry failed", error);
    } finally {
      this.rechecking = false;
    }
  }

  /** Started, not stopped, and every cron trigger still scheduled (for /healthz). */
  isAlive(): boolean {
    return this.cronTasks.length === this.options.tasks.length && this.cronTasks.every((t) => ["idle", "running"].includes(t.getStatus()));
  }

  /** Stops the cron triggers and waits for runs in progress. */
  async stop(): Promise<void> {
    for (const timer of this.timers.splice(0)) clearInterval(timer);
    for (const task of this.cronTasks) await task.destroy();
    this.cronTasks.length = 0;
    await Promise.allSettled([...this.running]);
    for (const matcher of this.matchers.values()) await matcher.destroy();
    this.matchers.clear();
  }

  /**
   * For each task, the latest slot within its catch-up window: run it unless some replica ran it,
   * runs it now, or it failed and its next attempt is not due yet (or none is left).
   */
  async catchUp(): Promise<{ task: string; slot: Date; ran: boolean }[]> {
    const now = this.clock();
    const results: { task: string; slot: Date; ran: boolean }[] = [];
    for (const task of this.options.tasks) {
      if (task.catchUpWithinMs <= 0) continue;
      const slot = this.latestSlot(task, now, task.catchUpWithinMs);
      if (!slot) continue;
      const ran = await this.track(this.runSlot(task, slot));
      if (ran) this.log(`scheduler: caught up ${task.name} ${slot.toISOString()}`);
      results.push({ task: task.name, slot, ran });
    }
    return results;
  }

  /** Runs the slot if this instance wins it; false when another run (here or elsewhere) had it. */
  async runSlot(task: TaskDefinition, slot: Date): Promise<boolean> {
    const { db } = this.options;
    const key = slotKey(task.name, slot);
    if (this.held.has(key)) return false;
    const claimedAt = this.clock();
    const attempt = await claimSlot(db, task.name, slot, this.instance, { now: claimedAt, leaseUntil: new Date(claimedAt.getTime() + this.leaseMs) });
    if (attempt === null) return false;
    if (attempt > 1) this.log(`scheduler: ${task.name} ${slot.toISOString()} attempt ${attempt}`);
    this.held.add(key);
    let error: string | null = null;
    try {
      await task.run({ db, now: this.clock(), slot });
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      this.log(`scheduler: ${task.name} ${slot.toISOString()} failed (attempt ${attempt} of ${this.maxAttempts})`, e);
    } finally {
      this.held.delete(key);
    }
    this.options.onRun?.(task.name, error === null);
    const now = this.clock();
    const retryAt =
      error !== null && attempt < this.maxAttempts && task.catchUpWithinMs > 0
        ? new Date(now.getTime() + Math.min(this.retryMaxMs, this.retryBaseMs * 2 ** (attempt - 1)))
        : null;
    await finishSlot(db, task.name, slot, this.instance, { error, retryAt, now }).catch((e) => this.log("scheduler: could not record the run", e));
    return true;
  }

  /** The latest minute ≤ now that the task's expression matches, looking back at most `withinMs`. */
  latestSlot(task: TaskDefinition, now: Date, withinMs: number): Date | null {
    const matcher = this.matchers.get(task.name);
    if (!matcher) throw new Error(`unknown task ${task.name}`);
    const start = Math.floor(now.getTime() / MINUTE) * MINUTE;
    for (let t = start; t >= now.getTime() - withinMs; t -= MINUTE) {
      const candidate = new Date(t);
      if (matcher.match(candidate)) return candidate;
    }
    return null;
  }

  private track<T>(p: Promise<T>): Promise<T> {
    this.running.add(p);
    void p.finally(() => this.running.delete(p)).catch(() => {});
    return p;
  }
}
