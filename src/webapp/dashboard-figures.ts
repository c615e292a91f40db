import type { Db } from "../db/client.js";
import { buildDigest, type DigestUnit } from "../outputs/digests/build-digest.js";
import type { AttentionFlag } from "../outputs/digests/section.js";
import { sortForAttention } from "../outputs/digests/render.js";
import { programmeEffect } from "../figures/programme-effect-data.js";
import type { ProgrammeEffect } from "../figures/programme-effect.js";
import { loadKindergartenReports } from "../figures/period-reports.js";
import { loadReviewHistory } from "../figures/review-history.js";
import { loadScopeGroups } from "../figures/scope-groups.js";
import { organizationsInScope } from "../figures/scope-filter.js";
import { mayViewOrganization, mayViewRegion, type Scope } from "../registration/permissions.js";
import { getOrganization, getRegion, listRegions } from "../registration/registry.js";
import type { Place } from "../registration/roles.js";
import { formByVersion, currentForm } from "../reports/form/forms.js";
import { listPeriods, periodOpensAt, type ReportingPeriod } from "../reports/periods.js";
import type { Translate } from "../shared/locale-text.js";
import { formatValue } from "../reports/form/answer-text.js";
import { digestSections } from "../outputs/digests/registry.js";
import type { ReportTotals } from "../outputs/digests/sections/reports.js";
import type { AnySection } from "../outputs/digests/section.js";

/**
 * What the Mini App shows, read through the same functions as /status (buildDigest for every count,
 * programmeEffect for the experimental/control comparison) and the export (the period's reports,
 * review history and groups). Counts only: no parent is named, and the digest's figures are the
 * chat's figures. Callers pass the actor's scope (actorScope); every function here checks it again.
 */

export interface PeriodView {
  id: number;
  year: number;
  quarter: number;
  dueOn: string;
}

export interface ScreenUnit {
  kind: "region" | "organization";
  key: string;
  name: { kk: string; ru: string };
  registryNo?: number;
  kindergartens: number;
  flagged: number;
  attention: Record<AttentionFlag, number>;
  flags: AttentionFlag[];
  /** Section totals of the unit (reports, audience, groups, skills, tips, seminars), as the digest adds them up; a list's line has `reports` only. */
  totals: Record<string, unknown>;
}

export type DashboardScreen =
  | {
      level: "national" | "region";
      region?: { code: string; name: { kk: string; ru: string } };
      period: PeriodView;
      periods: PeriodView[];
      total: Omit<ScreenUnit, "kind" | "key" | "name" | "flags">;
      /** The first page of the regions (national: all 20) or kindergartens (region), those needing attention first. */
      units: ScreenUnit[];
      /** How many lines the whole list has; the page asks for the rest by dashboardUnits. */
      unitCount: number;
    }
  | { level: "choose"; period: PeriodView; periods: PeriodView[]; units: Pick<ScreenUnit, "kind" | "key" | "name" | "registryNo">[] }
  | { level: "organization"; organizationId: number; period: PeriodView; periods: PeriodView[] };

/**
 * What the first screen draws (report status, attention, activities' dose, seminars, people): the
 * digest's own sections, so the figures are /status's. Groups and skills are not drawn there; the
 * chat adds them, the page leaves their queries out (skills was the heaviest at national size).
 */
const screenSections: AnySection[] = digestSections.filter((s) => !s.chatOnly);
/** What a list's line needs: its report totals and its flags (the sections that flag). */
const lineSections: AnySection[] = screenSections.filter((s) => s.attention);
/** Lines sent at once: a region has up to 700 kindergartens; search, sort and the next lines are asked for. */
export const UNITS_PAGE = 30;

const periodView = (p: ReportingPeriod): PeriodView => ({ id: p.id, year: p.year, quarter: p.quarter, dueOn: p.dueOn });

/** Periods that have opened (oldest first) and the one asked for, or the current one as /status picks it. */
export async function dashboardPeriod(db: Db, now: Date, periodId?: number): Promise<{ period: ReportingPeriod; periods: ReportingPeriod[] } | null> {
  const all = await listPeriods(db);
  const periods = all.filter((p) => periodOpensAt(p).getTime() <= now.getTime());
  // The current one as findReportingPeriod picks it (the last opened), from the same list.
  const period = periodId !== undefined ? periods.find((p) => p.id === periodId) : (periods.at(-1) ?? all[0]);
  return period ? { period, periods } : null;
}

/** A line of the list carries its report totals only: 700 kindergartens × every section would be most of the answer. */
function lineView(unit: DigestUnit): ScreenUnit {
  return { ...unitView(unit), totals: { reports: unit.totals.reports } };
}

function unitView(unit: DigestUnit): ScreenUnit {
  return {
    kind: unit.kind,
    key: unit.key,
    name: unit.name,
    ...(unit.registryNo !== undefined ? { registryNo: unit.registryNo } : {}),
    kindergartens: unit.kindergartens,
    flagged: unit.flagged,
    attention: unit.attention,
    flags: unit.flags,
    totals: unit.totals,
  };
}

/**
 * The first screen of a scope, or a region's when `regionCode` is given: as /status chooses it (the
 * country for national reach, the one region, the one kindergarten, or a choice). Null when the
 * region is outside the scope or unknown.
 */
export async function dashboardScreen(db: Db, scope: Scope, now: Date, options: { periodId?: number; regionCode?: string }): Promise<DashboardScreen | null> {
  const found = await dashboardPeriod(db, now, options.periodId);
  if (!found) return null;
  const { period } = found;
  const periods = found.periods.map(periodView);
  const base = { period: periodView(period), periods };
  let regionCode = options.regionCode;
  if (regionCode === undefined && !scope.national) {
    if (scope.regions.length === 0 && scope.organizationIds.length === 1) return { level: "organization", organizationId: scope.organizationIds[0]!, ...base };
    if (scope.regions.length === 1 && scope.organizationIds.length === 0) regionCode = scope.regions[0]!;
    else {
      const regions = (await listRegions(db)).filter((r) => scope.regions.includes(r.code));
      const organizations = (await Promise.all(scope.organizationIds.map((id) => getOrganization(db, id)))).filter((o) => o !== undefined);
      return {
        level: "choose",
        ...base,
        units: [
          ...regions.map((r) => ({ kind: "region" as const, key: r.code, name: { kk: r.nameKk, ru: r.nameRu } })),
          ...organizations.map((o) => ({ kind: "organization" as const, key: String(o.id), name: { kk: o.name, ru: o.name }, registryNo: o.registryNo })),
        ],
      };
    }
  }
  if (regionCode !== undefined && !mayViewRegion(scope, regionCode)) return null;
  const region = regionCode !== undefined ? await getRegion(db, regionCode) : undefined;
  if (regionCode !== undefined && !region) return null;
  const digestScope: Place = region ? { kind: "region", regionCode: region.code } : { kind: "national" };
  const digest = await buildDigest(db, digestScope, period, now, screenSections);
  const { kind: _k, key: _key, name: _n, flags: _f, ...total } = unitView(digest.total);
  const units = listedUnits(digest.units, !region);
  return {
    level: region ? "region" : "national",
    ...(region ? { region: { code: region.code, name: { kk: region.nameKk, ru: region.nameRu } } } : {}),
    ...base,
    total,
    units: units.slice(0, UNITS_PAGE).map(lineView),
    unitCount: units.length,
  };
}

/** The lines of a list, attention first: a region's kindergartens, or the country's regions that have any. */
function listedUnits(units: DigestUnit[], national: boolean): DigestUnit[] {
  return sortForAttention(national ? units.filter((u) => u.kindergartens > 0) : units);
}

export const unitSorts = ["attention", "name", "number", "handed-in"] as const;
export type UnitSort = (typeof unitSorts)[number];

/** Handed in (submitted or accepted) as a share of the unit's kindergartens. */
function handedInShare(unit: DigestUnit): number {
  const r = unit.totals.reports as ReportTotals;
  return unit.kindergartens > 0 ? (r.submitted + r.accepted) / unit.kindergartens : 0;
}

/**
 * A page of a region's kindergartens (or the country's regions) for the list: found by name (either
 * language) or registry number, sorted, from `offset`. The lines are the first screen's (the
 * digest's report totals and flags). Null when the region is outside the scope or unknown.
 */
export async function dashboardUnits(
  db: Db,
  scope: Scope,
  now: Date,
  options: { periodId?: number; regionCode?: string; query?: string; sort: UnitSort; offset: number; language: "kk" | "ru" },
): Promise<{ units: ScreenUnit[]; count: number } | null> {
  const found = await dashboardPeriod(db, now, options.periodId);
  if (!found) return null;
  if (options.regionCode === undefined ? !scope.national : !mayViewRegion(scope, options.regionCode)) return null;
  const digestScope: Place = options.regionCode !== undefined ? { kind: "region", regionCode: options.regionCode } : { kind: "national" };
  const digest = await buildDigest(db, digestScope, found.period, now, lineSections);
  let units = listedUnits(digest.units, digestScope.kind === "national");
  const q = options.query?.trim().toLocaleLowerCase(options.language);
  if (q) units = units.filter((u) => String(u.registryNo ?? "") === q || [u.name.kk, u.name.ru].some((n) => n.toLocaleLowerCase(options.language).includes(q)));
  const collator = new Intl.Collator(options.language);
  if (options.sort === "name") units = [...units].sort((a, b) => collator.compare(a.name[options.language], b.name[options.language]));
  if (options.sort === "number") units = [...units].sort((a, b) => (a.registryNo ?? 0) - (b.registryNo ?? 0));
  if (options.sort === "handed-in") units = [...units].sort((a, b) => handedInShare(a) - handedInShare(b));
  return { units: units.slice(options.offset, options.offset + UNITS_PAGE).map(lineView), count: units.length };
}

/**
 * The experimental/control comparison of the country or a region, as /status computes it for the
 * country (programmeEffect: 2,000 bootstrap resamples, about 2 s at 10,000 kindergartens). Asked
 * for separately, after the first screen is drawn, so the page does not wait for it. Null when
 * the region is outside the scope.
 */
export async function dashboardEffect(db: Db, scope: Scope, now: Date, options: { periodId?: number; regionCode?: string }): Promise<{ effect: ProgrammeEffect | null; quarter: number } | null> {
  const found = await dashboardPeriod(db, now, options.periodId);
  if (!found) return null;
  if (options.regionCode === undefined ? !scope.national : !mayViewRegion(scope, options.regionCode)) return null;
  const digestScope: Place = options.regionCode ? { kind: "region", regionCode: options.regionCode } : { kind: "national" };
  return { effect: await programmeEffect(db, organizationsInScope(digestScope), found.period), quarter: found.period.quarter };
}

export interface OrganizationDetail {
  organization: { id: number; registryNo: number; name: string; regionCode: string; regionName: { kk: string; ru: string } };
  period: PeriodView;
  periods: PeriodView[];
  /** Whether the viewer may go up to the region (a head may not). */
  regionVisible: boolean;
  unit: ScreenUnit;
  report: { category: string; late: boolean; versions: number; submittedAt: string | null; answers: { label: string; value: string }[] };
  reviews: { version: number; decision: "accepted" | "returned"; reviewerRole: "methodologist" | "other"; decidedAt: string; comment: string | null; fields: { label: string; comment: string }[] }[];
  groups: { name: string; ageBand: string; children: number; arm: "experimental" | "control"; confirmed: boolean }[];
}

/** A kindergarten's card: its counts (the digest's), its report's answers, review history and groups. */
export async function organizationDetail(db: Db, scope: Scope, organizationId: number, now: Date, t: Translate, periodId?: number): Promise<OrganizationDetail | null> {
  const organization = await getOrganization(db, organizationId);
  if (!organization || !organization.inPilot || !mayViewOrganization(scope, organization)) return null;
  const found = await dashboardPeriod(db, now, periodId);
  if (!found) return null;
  const { period } = found;
  // The data queries are narrowed to this one kindergarten (its visibility was checked above).
  const only: Scope = { national: false, regions: [], organizationIds: [organization.id] };
  const [region, digest, reports, reviews, groups] = await Promise.all([
    getRegion(db, organization.regionCode),
    buildDigest(db, { kind: "organization", organizationId: organization.id }, period, now, screenSections),
    loadKindergartenReports(db, only, period, now),
    loadReviewHistory(db, only, period),
    loadScopeGroups(db, only),
  ]);
  const row = reports[0];
  const form = row?.formVersion ? formByVersion(row.formVersion) : currentForm;
  const label = (key: string) => t(form.fields.find((f) => f.key === key)?.labelKey ?? key);
  const answers = row?.answers
    ? form.fields.filter((f) => row.answers![f.key] !== undefined).map((f) => ({ label: t(f.labelKey), value: formatValue(t, f, row.answers![f.key]) }))
    : [];
  const unit = digest.units[0] ?? digest.total;
  return {
    organization: {
      id: organization.id,
      registryNo: organization.registryNo,
      name: organization.name,
      regionCode: organization.regionCode,
      regionName: region ? { kk: region.nameKk, ru: region.nameRu } : { kk: organization.regionCode, ru: organization.regionCode },
    },
    period: periodView(period),
    periods: found.periods.map(periodView),
    regionVisible: mayViewRegion(scope, organization.regionCode),
    unit: unitView(unit),
    report: {
      category: row?.category ?? "not-started",
      late: row?.late ?? false,
      versions: row?.versionCount ?? 0,
      submittedAt: row?.submittedAt ? row.submittedAt.toISOString() : null,
      answers,
    },
    reviews: reviews.map((r) => ({
      version: r.version,
      decision: r.decision,
      reviewerRole: r.reviewerRole,
      decidedAt: r.decidedAt.toISOString(),
      comment: r.comment,
      fields: Object.entries(r.fieldComments ?? {}).map(([key, comment]) => ({ label: label(key), comment })),
    })),
    groups: groups.map((g) => ({ name: g.name, ageBand: g.ageBand, children: g.children, arm: g.arm, confirmed: g.confirmed })),
  };
}
