/**
 * npm run bench:rollout — the national roll-out on the machine's PostgreSQL
 * (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres; a database of its own
 * is created, migrated and dropped). Each part gets the same database, in order, and prints its
 * figures with the load average. Targets (2 cores): a 10,000-row registry import, dry run and apply,
 * < 30 s; a region's batch of 700 invitations as PDF and .xlsx < 30 s; the country's 10,000 < 5 min,
 * memory flat.
 */
import postgres from "postgres";
import { randomBytes } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { connectPostgres, type Db } from "../src/db/client.js";
import { benchRegistryImport } from "./rollout-import.js";
import { runRolloutBatchBench } from "./rollout-batch.js";

type Part = { name: string; run: (db: Db, log: (line: string) => void) => Promise<void> };

// The registry import (a 10,000-row file: dry run, apply, the same file again) runs first on a
// database of its own (rollout-import.ts); the batch part seeds its 10,000 organisations itself.
const parts: Part[] = [{ name: "invitation batches", run: runRolloutBatchBench }];

const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

async function main(): Promise<void> {
  const name = `bench_rollout_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = connectPostgres(url.toString());
  try {
    await database.migrate();
    console.log(`bench:rollout on PostgreSQL, ${cpus().length} cores, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
    for (const line of await benchRegistryImport()) console.log(line);
    for (const part of parts) await part.run(database.db, (line) => console.log(line));
  } finally {
    await database.close();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
