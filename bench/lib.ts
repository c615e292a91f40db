/** Small measuring helpers shared by the benchmarks. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Milliseconds right-aligned in a column of `width` characters. */
export const ms = (n: number, width = 7) => n.toFixed(1).padStart(width);

/** Runs `job` `runs` times one after another; p50, p95 and max of the times in ms. */
export async function timeRuns(runs: number, job: (i: number) => Promise<void>): Promise<{ p50: number; p95: number; max: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await job(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! };
}

export interface RunFigures {
  label: string;
  updates: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
}

/** Runs `count` jobs with `concurrency` in flight, timing each; returns throughput and latency. */
export async function measure(label: string, count: number, concurrency: number, job: (i: number) => Promise<number>): Promise<RunFigures> {
  const latencies: number[] = [];
  let updates = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        const n = await job(i);
        const elapsed = performance.now() - t0;
        for (let k = 0; k < n; k++) latencies.push(elapsed / n);
        updates += n;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { label, updates, seconds, perSecond: updates / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
}

/** Throughput from a concurrent run, latency from a sequential run of the same scenario. */
export interface Scenario {
  label: string;
  throughput: RunFigures;
  latency: RunFigures;
  /** Database statements (round trips) per update, when counted. */
  queriesPerUpdate?: number;
}

export function printTable(rows: Scenario[], baseline: Scenario): void {
  console.log(
    `${"scenario".padEnd(50)} ${"upd/s".padStart(7)} ${"÷ bare".padStart(7)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"÷ bare p50".padStart(10)} ${"queries/upd".padStart(11)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(50)} ${r.throughput.perSecond.toFixed(0).padStart(7)} ${(r.throughput.perSecond / baseline.throughput.perSecond).toFixed(3).padStart(7)} ` +
        `${r.latency.p50.toFixed(2).padStart(7)} ${r.latency.p95.toFixed(2).padStart(7)} ${(r.latency.p50 / baseline.latency.p50).toFixed(1).padStart(10)} ` +
        `${(r.queriesPerUpdate === undefined ? "" : r.queriesPerUpdate.toFixed(1)).padStart(11)}`,
    );
  }
}
