/**
 * `npm run bench [-- bot|report]`: every section by default.
 * - bot: /start and joins vs a bare grammY bot, PGlite and PostgreSQL; RSS after start.
 * - report: first and last step of the report walk (v1 and a 40-field form), stored size,
 *   beside a 40-question @grammyjs/conversations loop.
 * The delivery engine has its own: `npm run bench:delivery`.
 */
import { connectPglite } from "../src/db/client.js";
import { runBotBench, withPostgres } from "./bot.js";
import { conversationBaseline, printWalkTable, walkerFigures, type WalkFigures } from "./report.js";

const sections = process.argv.slice(2);
const want = (name: string) => sections.length === 0 || sections.includes(name);

if (want("bot")) {
  console.log("== bot: /start and joins\n");
  await runBotBench();
}
if (want("report")) {
  console.log("\n== report walk: median of the runs after two warm-up walks\n");
  const rows: WalkFigures[] = [await conversationBaseline()];
  const pglite = connectPglite();
  await pglite.migrate();
  rows.push(...(await walkerFigures(pglite, "PGlite")));
  await pglite.close();
  const pg = await withPostgres((database) => walkerFigures(database, "PostgreSQL"));
  if (pg) rows.push(...pg);
  printWalkTable(rows);
}
