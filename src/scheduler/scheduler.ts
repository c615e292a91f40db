import cron, { type ScheduledTask } from "node-cron";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Db } from "../db/client.js";
import { systemClock, type Clock } from "../shared/clock.js";
import { TIME_ZONE } from "../shared/time.js";
import { claimSlot, finishSlot } from "./run-coordinator.js";

export interface TaskDefinition {
  /** Unique, stable: part of the run key. */
  name: string;
  /** node-cron expression (minute resolution), read in Asia/Almaty. */
  cron: string;
  /** On start, the latest slot missed within this window is run once. 0 = no catch-up. */
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
}

const MINUTE = 60_000;

/**
 * Cron tasks in Asia/Almaty time; every slot runs on exactly one replica (a row per `task:slot`
 * in scheduler_runs). On start, the latest slot missed while no replica was up is caught up once.
 */
export class Scheduler {
  readonly instance: string;
  private readonly clock: Clock;
  private readonly log: (message: string, error?: unknown) => void;
  private readonly matchers = new Map<string, ScheduledTask>();
  private readonly cronTasks: ScheduledTask[] = [];
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly options: SchedulerOptions) {
    this.clock = options.clock ?? systemClock;
    this.instance = options.instance ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
    this.log = options.log ?? ((message, error) => (error ? console.error(message, error) : console.log(message)));
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
    await this.catchUp();
  }

  /** Started, not stopped, and every cron trigger still scheduled (for /healthz). */
  isAlive(): boolean {
    return this.cronTasks.length === this.options.tasks.length && this.cronTasks.every((t) => ["idle", "running"].includes(t.getStatus()));
  }

  /** Stops the cron triggers and waits for runs in progress. */
  async stop(): Promise<void> {
    for (const task of this.cronTasks) await task.destroy();
    this.cronTasks.length = 0;
    await Promise.allSettled([...this.running]);
    for (const matcher of this.matchers.values()) await matcher.destroy();
    this.matchers.clear();
  }

  /** For each task, the latest slot within its catch-up window: run it unless some replica did. */
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
    if (!(await claimSlot(db, task.name, slot, this.instance))) return false;
    let error: string | null = null;
    try {
      await task.run({ db, now: this.clock(), slot });
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      this.log(`scheduler: ${task.name} ${slot.toISOString()} failed`, e);
    }
    this.options.onRun?.(task.name, error === null);
    await finishSlot(db, task.name, slot, error, this.clock()).catch((e) => this.log("scheduler: could not record the run", e));
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
