import { asc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { organizations, regions } from "../../db/schema/index.js";
import type { ReportingPeriod } from "../../reports/periods.js";
import type { Place } from "../../registration/roles.js";
import { digestSections } from "./registry.js";
import { organizationsInScope } from "../../figures/scope-filter.js";
import { attentionFlags, rowsOf, type AnySection, type AttentionFlag } from "./section.js";

/** A line of the digest: a region (in the country's digest) or a kindergarten (in a region's). */
export interface DigestUnit {
  kind: "region" | "organization";
  /** Region code or kindergarten id. */
  key: string;
  name: { kk: string; ru: string };
  registryNo?: number;
  kindergartens: number;
  /** Per section key, its totals for the unit. */
  totals: Record<string, unknown>;
  /** Kindergartens of the unit with each flag; for a kindergarten 0 or 1. */
  attention: Record<AttentionFlag, number>;
  /** Kindergartens with at least one flag. */
  flagged: number;
  /** Per kindergarten: its flags (a kindergarten unit has one entry). */
  flags: AttentionFlag[];
}

export interface Digest {
  scope: Place;
  period: ReportingPeriod;
  /** The whole scope. */
  total: DigestUnit;
  /** Regions (national), kindergartens (region), or the one kindergarten. */
  units: DigestUnit[];
  /** How many facts each section's query returned (the bench prints them). */
  rowsRead: Record<string, number>;
}

interface OrgRow {
  id: number;
  registryNo: number;
  name: string;
  regionCode: string;
}

function emptyUnit(kind: DigestUnit["kind"], key: string, name: DigestUnit["name"], sections: AnySection[]): DigestUnit {
  return {
    kind,
    key,
    name,
    kindergartens: 0,
    totals: Object.fromEntries(sections.map((s) => [s.key, s.empty()])),
    attention: Object.fromEntries(attentionFlags.map((f) => [f, 0])) as Record<AttentionFlag, number>,
    flagged: 0,
    flags: [],
  };
}

/**
 * The digest of a scope for a period: every section's facts per kindergarten, added up per line
 * (regions for the country, kindergartens for a region) and for the whole scope. A pure query over
 * (db, scope, period); callers check that the actor may see the scope (permissions.ts actorScope).
 */
export async function buildDigest(
  db: Db,
  scope: Place,
  period: ReportingPeriod,
  now: Date,
  sections: AnySection[] = digestSections,
): Promise<Digest> {
  const query = { db, scope, period, now };
  const national = scope.kind === "national";
  // The country's lines are regions. When every flagging section can count its flags in the
  // database, attention is counted per region there too, and no row per kindergarten is read.
  const regionAttention = national && sections.every((s) => !s.attention || (!!s.attentionSql && !!s.loadByRegion && !!s.merge));
  const byRegion = (s: AnySection) => national && !!s.loadByRegion && !!s.merge && (!s.attention || regionAttention);
  const needOrgs = !regionAttention || sections.some((s) => !byRegion(s));
  const [orgs, regionRows, regionCounts, regionFlags, ...facts] = await Promise.all([
    needOrgs
      ? (db
          // The country's digest has a line per region: 10,000 names (up to 300 characters) are not read.
          .select({
            id: organizations.id,
            registryNo: organizations.registryNo,
            name: national ? sql<string>`''` : organizations.name,
            regionCode: organizations.regionCode,
          })
          .from(organizations)
          .where(organizationsInScope(scope))
          .orderBy(asc(organizations.registryNo)) as Promise<OrgRow[]>)
      : Promise.resolve([] as OrgRow[]),
    national ? db.select().from(regions).orderBy(asc(regions.code)) : db.select().from(regions).where(eq(regions.code, "-")),
    regionAttention ? kindergartensByRegion(db, scope) : Promise.resolve([]),
    regionAttention ? flagsByRegion(db, sections.flatMap((s) => (s.attentionSql ? [s.attentionSql(query)] : []))) : Promise.resolve([]),
    ...sections.map((s) => (byRegion(s) ? s.loadByRegion!(query) : s.load(query)) as Promise<Map<number | string, unknown>>),
  ]);
  const rowsRead: Record<string, number> = { organizations: needOrgs ? orgs.length : regionCounts.length };
  if (regionAttention) rowsRead.attention = regionFlags.length;
  sections.forEach((s, i) => (rowsRead[s.key] = facts[i]!.size));

  const total = emptyUnit(national ? "region" : "organization", "total", { kk: "", ru: "" }, sections);
  const units = new Map<string, DigestUnit>();
  if (national) {
    for (const r of regionRows) units.set(r.code, emptyUnit("region", r.code, { kk: r.nameKk, ru: r.nameRu }, sections));
  }
  for (const org of orgs) {
    const key = national ? org.regionCode : String(org.id);
    let unit = units.get(key);
    if (!unit) {
      unit = emptyUnit("organization", key, { kk: org.name, ru: org.name }, sections);
      unit.registryNo = org.registryNo;
      units.set(key, unit);
    }
    const flags = new Set<AttentionFlag>();
    sections.forEach((section, i) => {
      if (byRegion(section)) return;
      const f = facts[i]!.get(org.id);
      section.add(unit.totals[section.key], f);
      section.add(total.totals[section.key], f);
      for (const flag of section.attention?.(f) ?? []) flags.add(flag);
    });
    if (regionAttention) continue; // kindergartens and flags are counted per region below
    for (const target of [unit, total]) {
      target.kindergartens += 1;
      for (const flag of flags) target.attention[flag] += 1;
      if (flags.size > 0) target.flagged += 1;
    }
    if (!national) unit.flags = attentionFlags.filter((f) => flags.has(f));
  }
  if (regionAttention) {
    for (const { region, kindergartens } of regionCounts) {
      const unit = units.get(region);
      if (!unit) continue;
      unit.kindergartens += kindergartens;
      total.kindergartens += kindergartens;
    }
    for (const { region, flag, kindergartens } of regionFlags) {
      const unit = units.get(region);
      if (!unit) continue;
      for (const target of [unit, total]) {
        if (flag === null) target.flagged += kindergartens;
        else target.attention[flag] += kindergartens;
      }
    }
  }
  sections.forEach((section, i) => {
    if (!byRegion(section)) return;
    for (const unit of units.values()) {
      const regionTotals = facts[i]!.get(unit.key);
      if (regionTotals === undefined) continue;
      unit.totals[section.key] = regionTotals;
      section.merge!(total.totals[section.key], regionTotals);
    }
  });
  return { scope, period, total, units: [...units.values()], rowsRead };
}

async function kindergartensByRegion(db: Db, scope: Place): Promise<{ region: string; kindergartens: number }[]> {
  return db
    .select({ region: organizations.regionCode, kindergartens: sql<number>`count(*)::int` })
    .from(organizations)
    .where(organizationsInScope(scope))
    .groupBy(organizations.regionCode);
}

/**
 * Per region: kindergartens with each flag, and (flag null) with at least one — from the
 * sections' queries of flagged kindergartens (each gives a kindergarten and flag once; flags of
 * different sections differ, so the rows are added up as they come).
 */
async function flagsByRegion(db: Db, queries: SQL[]): Promise<{ region: string; flag: AttentionFlag | null; kindergartens: number }[]> {
  if (queries.length === 0) return [];
  const result = await db.execute(sql`
    select o.region_code as region, f.flag, count(distinct f.organization_id)::int as kindergartens
    from (${sql.join(queries.map((q) => sql`(${q})`), sql` union all `)}) f
    join ${organizations} o on o.id = f.organization_id
    group by grouping sets ((o.region_code, f.flag), (o.region_code))`);
  return rowsOf<{ region: string; flag: AttentionFlag | null; kindergartens: number }>(result).map((r) => ({ ...r, kindergartens: Number(r.kindergartens) }));
}
