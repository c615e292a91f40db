import { sql } from "drizzle-orm";
import { calendarQuarterDays } from "../reports/periods.js";
import { alignedCounts } from "../outputs/digests/format.js";
import { organizationsInScope } from "../figures/scope-filter.js";
import { defineSection, rowsOf, type DigestQuery } from "../outputs/digests/section.js";

/** Weekly activities to parents in the period's calendar quarter: the "dose" per arm. */
export interface ArmDose {
  sent: number;
  done: number;
}
export interface TipFacts {
  experimental: ArmDose;
  control: ArmDose;
  /** Regions where control-group parents receive the activities too (lifted by a methodologist). */
  liftedRegions: string[];
}

const none = (): TipFacts => ({ experimental: { sent: 0, done: 0 }, control: { sent: 0, done: 0 }, liftedRegions: [] });

/**
 * Per kindergarten and arm: activities that went out in the quarter and how many of them parents
 * marked "We did it", from the counts the database keeps (tip_dose); and the regions where the
 * pilot's restriction is lifted, as facts of their kindergartens.
 */
async function load(query: DigestQuery, by: "organization" | "region") {
  const { from } = calendarQuarterDays(query.period);
  const key = by === "organization" ? sql`organizations.id` : sql`organizations.region_code`;
  const result = await query.db.execute(sql`
    SELECT ${key} AS "key", t.arm, sum(t.sent)::int AS sent, sum(t.done)::int AS done, false AS lifted, min(organizations.region_code) AS region
    FROM tip_dose t JOIN organizations ON organizations.id = t.organization_id
    WHERE t.quarter_start = ${from}::date AND ${organizationsInScope(query.scope)}
    GROUP BY 1, 2
    UNION ALL
    SELECT ${key}, 'experimental', 0, 0, true, min(organizations.region_code)
    FROM organizations JOIN region_tip_settings r ON r.region_code = organizations.region_code AND r.control_lifted_at IS NOT NULL
    WHERE ${organizationsInScope(query.scope)}
    GROUP BY 1`);
  const facts = new Map<string, TipFacts>();
  for (const row of rowsOf<{ key: string | number; arm: "experimental" | "control"; sent: number; done: number; lifted: boolean; region: string }>(result)) {
    const f = facts.get(String(row.key)) ?? facts.set(String(row.key), none()).get(String(row.key))!;
    f[row.arm].sent += Number(row.sent);
    f[row.arm].done += Number(row.done);
    if (row.lifted && !f.liftedRegions.includes(row.region)) f.liftedRegions.push(row.region);
  }
  return facts;
}

function add(total: TipFacts, facts: TipFacts | undefined): void {
  if (!facts) return;
  for (const arm of ["experimental", "control"] as const) {
    total[arm].sent += facts[arm].sent;
    total[arm].done += facts[arm].done;
  }
  for (const region of facts.liftedRegions) if (!total.liftedRegions.includes(region)) total.liftedRegions.push(region);
}

export const tipsSection = defineSection<TipFacts, TipFacts>({
  key: "tips",
  async load(query) {
    const byKey = await load(query, "organization");
    return new Map([...byKey].map(([id, f]) => [Number(id), f]));
  },
  async loadByRegion(query) {
    return load(query, "region");
  },
  merge: add,
  empty: none,
  add,
  render(total, { t }, level) {
    const lines: string[] = [];
    const anything = total.experimental.sent + total.control.sent > 0 || total.liftedRegions.length > 0;
    if (!anything) return lines;
    const [es, cs] = alignedCounts([total.experimental.sent, total.control.sent]);
    lines.push(t("status-tips-title"));
    lines.push(t("status-tips-experimental", { sent: es!, done: total.experimental.done }));
    if (total.control.sent > 0 || total.liftedRegions.length > 0) lines.push(t("status-tips-control", { sent: cs!, done: total.control.done }));
    if (total.liftedRegions.length > 0) {
      lines.push(level === "national" ? t("status-tips-lifted-regions", { count: total.liftedRegions.length }) : t("status-tips-lifted-here"));
    }
    return lines;
  },
});
