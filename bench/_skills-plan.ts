import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "/work/main/src/db/schema/index.js";
import { skillsSection } from "/work/main/src/digests/sections/skills.js";
import { listPeriods } from "/work/main/src/reports/periods.js";
const captured: { query: string; params: unknown[] }[] = [];
let capture = false;
const client = postgres("postgres://postgres@127.0.0.1:5432/bench_digest_keep", { max: 2, onnotice: () => {}, debug: (_c, q, p) => { if (capture) captured.push({ query: q, params: p as unknown[] }); } });
const db = drizzle(client, { schema }) as any;
const periods = await listPeriods(db);
const q4 = periods.find((p: any) => p.year === 2026 && p.quarter === 4)!;
const query = { db, scope: { kind: "national" } as const, period: q4, now: new Date("2026-11-23T04:00:00Z") };
for (let i = 0; i < 3; i++) { const t0 = performance.now(); await skillsSection.loadByRegion!(query); console.log("loadByRegion", (performance.now() - t0).toFixed(1)); }
const rq = { ...query, scope: { kind: "region", regionCode: "aktobe" } as const };
for (let i = 0; i < 3; i++) { const t0 = performance.now(); await skillsSection.load(rq); console.log("load region", (performance.now() - t0).toFixed(1)); }
capture = true; await skillsSection.loadByRegion!(query); capture = false;
const last = captured.at(-1)!;
console.log(JSON.stringify(last.params));
const inlined = last.query.replace(/\$(\d+)/g, (_m, n) => { const v = last.params[Number(n) - 1]; return typeof v === 'number' ? String(v) : typeof v === 'boolean' ? String(v) : `'${String(v)}'`; });
console.log(inlined);
const plan = await client.unsafe(`explain (analyze, buffers) ${inlined}`);
console.log(plan.map((r: any) => r["QUERY PLAN"]).join("\n"));
await client.end();
