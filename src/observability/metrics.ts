import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { SenderStats } from "../delivery/sender.js";

/** What /metrics needs from the database at scrape time (see src/delivery/outbox-stats.ts). */
export interface OutboxProbe {
  depthByPriority(): Promise<{ priority: string; count: number }[]>;
  /** Age in seconds of the oldest pending row that is due, 0 when none. */
  lagSeconds(): Promise<number>;
}

/**
 * The process's Prometheus metrics, in a registry of their own (created in main.ts, never at
 * import). Updates are timed by the bot's first middleware; the sender's outcomes are read from
 * its `stats` at scrape time (the sender needs no hook); scheduler runs are counted by its onRun.
 */
export interface Metrics {
  readonly registry: Registry;
  /** Runs the rest of the update's chain, counting it and its latency (ok or error). */
  timeUpdate<T>(handle: () => Promise<T>): Promise<T>;
  schedulerRun(task: string, ok: boolean): void;
  /** Reports these sender counters (sent, failed, 429, unreachable) from now on. */
  watchSender(stats: Readonly<SenderStats>): void;
  watchOutbox(probe: OutboxProbe): void;
  /** The text served at GET /metrics. */
  render(): Promise<string>;
  readonly contentType: string;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  const updates = new Counter({ name: "bot_updates_handled_total", help: "Updates handled, by outcome", labelNames: ["outcome"], registers: [registry] });
  const latency = new Histogram({
    name: "bot_update_duration_seconds",
    help: "Time to handle one update",
    labelNames: ["outcome"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const runs = new Counter({ name: "scheduler_runs_total", help: "Scheduler slots run by this process, by task and outcome", labelNames: ["task", "outcome"], registers: [registry] });

  const senders: Readonly<SenderStats>[] = [];
  const reported: Record<keyof Pick<SenderStats, "sent" | "failed" | "rateLimited" | "unreachable">, number> = { sent: 0, failed: 0, rateLimited: 0, unreachable: 0 };
  const senderCounter = (name: string, help: string, key: keyof typeof reported) =>
    new Counter({
      name,
      help,
      registers: [registry],
      collect() {
        const total = senders.reduce((sum, s) => sum + s[key], 0);
        if (total > reported[key]) this.inc(total - reported[key]);
        reported[key] = total;
      },
    });
  senderCounter("outbox_messages_sent_total", "Messages the sender delivered to Telegram", "sent");
  senderCounter("outbox_messages_failed_total", "Messages given up on (permanent error or too many attempts)", "failed");
  senderCounter("outbox_rate_limited_total", "429 answers from Telegram", "rateLimited");
  senderCounter("outbox_unreachable_total", "Messages to users who blocked the bot or were deactivated (403)", "unreachable");

  let outbox: OutboxProbe | null = null;
  new Gauge({
    name: "outbox_pending_messages",
    help: "Pending outbox rows, by priority",
    labelNames: ["priority"],
    registers: [registry],
    async collect() {
      if (!outbox) return;
      this.reset();
      for (const priority of ["urgent", "normal", "bulk"]) this.set({ priority }, 0);
      for (const row of await outbox.depthByPriority()) this.set({ priority: row.priority }, row.count);
    },
  });
  new Gauge({
    name: "outbox_lag_seconds",
    help: "Age of the oldest pending outbox row that is due",
    registers: [registry],
    async collect() {
      if (outbox) this.set(await outbox.lagSeconds());
    },
  });

  return {
    registry,
    contentType: registry.contentType,
    async timeUpdate(handle) {
      const end = latency.startTimer();
      try {
        const result = await handle();
        end({ outcome: "ok" });
        updates.inc({ outcome: "ok" });
        return result;
      } catch (error) {
        end({ outcome: "error" });
        updates.inc({ outcome: "error" });
        throw error;
      }
    },
    schedulerRun(task, ok) {
      runs.inc({ task, outcome: ok ? "ok" : "error" });
    },
    watchSender(stats) {
      senders.push(stats);
    },
    watchOutbox(probe) {
      outbox = probe;
    },
    render: () => registry.metrics(),
  };
}
