/**
 * Prints the SQL of the registry seed migration from scripts/data/organizations.csv (the ministry's
 * list, appendix 2 of the implementation algorithm). Used once to fill the custom migration made by
 * `drizzle-kit generate --custom --name seed_registry`; kept so the migration can be re-derived.
 */
import { readFileSync } from "node:fs";
import { parseRegistryCsv } from "../src/registration/registry-csv.js";

const rows = parseRegistryCsv(readFileSync(new URL("./data/organizations.csv", import.meta.url), "utf8"));
const q = (s: string | null) => (s === null ? "NULL" : `'${s.replace(/'/g, "''")}'`);
const regions = new Map<string, { kk: string; ru: string }>();
for (const r of rows) regions.set(r.regionCode, { kk: r.regionKk, ru: r.regionRu });

const out: string[] = [];
out.push(
  `INSERT INTO "regions" ("code", "name_kk", "name_ru") VALUES\n` +
    [...regions].map(([code, n]) => `  (${q(code)}, ${q(n.kk)}, ${q(n.ru)})`).join(",\n") +
    `\nON CONFLICT ("code") DO NOTHING;`,
);
out.push("--> statement-breakpoint");
out.push(
  `INSERT INTO "organizations" ("registry_no", "region_code", "name", "legal_form") VALUES\n` +
    rows.map((r) => `  (${r.registryNo}, ${q(r.regionCode)}, ${q(r.name)}, ${q(r.legalForm)})`).join(",\n") +
    `\nON CONFLICT ("registry_no") DO NOTHING;`,
);
console.log(out.join("\n"));
