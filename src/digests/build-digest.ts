import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { organizations, regions } from "../db/schema/index.js";
import type { ReportingPeriod } from "../reports/periods.js";
import type { Scope } from "../registration/roles.js";
import { digestSections } from "./registry.js";
import { organizationsOf } from "./scope.js";
import { attentionFlags, type AnySection, type AttentionFlag } from "./section.js";

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
  scope: Scope;
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
 * (db, scope, period); callers check that the actor may see the scope (permissions.ts viewScope).
 */
export async function buildDigest(
  db: Db,
  scope: Scope,
  period: ReportingPeriod,
  now: Date,
  sections: AnySection[] = digestSections,
): Promise<Digest> {
  const query = { db, scope, period, now };
  // The country's lines are regions: sections that flag nothing add up per region in the database.
  const byRegion = (s: AnySection) => scope.kind === "national" && !s.attention && !!s.loadByRegion && !!s.merge;
  const [orgs, regionRows, ...facts] = await Promise.all([
    db
      // The country's digest has a line per region: 10,000 names (up to 300 characters) are not read.
      .select({
        id: organizations.id,
        registryNo: organizations.registryNo,
        name: scope.kind === "national" ? sql<string>`''` : organizations.name,
        regionCode: organizations.regionCode,
      })
      .from(organizations)
      .where(organizationsOf(scope))
      .orderBy(asc(organizations.registryNo)) as Promise<OrgRow[]>,
    scope.kind === "national" ? db.select().from(regions).orderBy(asc(regions.code)) : db.select().from(regions).where(eq(regions.code, "-")),
    ...sections.map((s) => (byRegion(s) ? s.loadByRegion!(query) : s.load(query)) as Promise<Map<number | string, unknown>>),
  ]);
  const rowsRead: Record<string, number> = { organizations: orgs.length };
  sections.forEach((s, i) => (rowsRead[s.key] = facts[i]!.size));

  const total = emptyUnit(scope.kind === "national" ? "region" : "organization", "total", { kk: "", ru: "" }, sections);
  const units = new Map<string, DigestUnit>();
  if (scope.kind === "national") {
    for (const r of regionRows) units.set(r.code, emptyUnit("region", r.code, { kk: r.nameKk, ru: r.nameRu }, sections));
  }
  for (const org of orgs) {
    const key = scope.kind === "national" ? org.regionCode : String(org.id);
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
    for (const target of [unit, total]) {
      target.kindergartens += 1;
      for (const flag of flags) target.attention[flag] += 1;
      if (flags.size > 0) target.flagged += 1;
    }
    if (scope.kind !== "national") unit.flags = attentionFlags.filter((f) => flags.has(f));
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
