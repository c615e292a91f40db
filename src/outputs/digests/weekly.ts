import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import type { WeeklyChartRequest } from "../charts/weekly-chart.js";
import { cb } from "../../shared/callback-data.js";
import type { Db } from "../../db/client.js";
import { digestPreferences, memberships, outbox, regions, users } from "../../db/schema/index.js";
import { storeDeliveryFile } from "../../delivery/files.js";
import { enqueueMessages } from "../../delivery/outbox.js";
import type { OutboxMessage } from "../../delivery/message.js";
import type { Translate } from "../../delivery/render.js";
import { addDays, almatyDay, daysBetween, weekStartOf } from "../../shared/local-date.js";
import { findReportingPeriod } from "../../reports/report-draft.js";
import type { ReportingPeriod } from "../../reports/periods.js";
import { scopeKey, type Language, type Place } from "../../registration/roles.js";
import { buildDigest, type Digest } from "./build-digest.js";
import { MESSAGE_TEXT_LIMIT, shorten, splitParallel } from "../../shared/message-limits.js";
import { flaggedReports, qualityFlagText, type QualityFlag } from "../../figures/data-quality.js";
import { loadKindergartenReports } from "../../figures/period-reports.js";
import { attentionLines, flagMarks, LIST_NAME_CHARS, periodTitle, regionLines, regionsInOrder, summaryLines, unitName } from "./render.js";
import type { DigestText } from "./section.js";
import type { ReportTotals } from "./sections/reports.js";

export const WEEKLY_DIGEST_KIND = "weekly-digest";
/** Room left in each part for its "(2/3)" mark; parts stay well under Telegram's 4,096. */
const PART_LIMIT = MESSAGE_TEXT_LIMIT - 96;

export interface DigestRecipient {
  userId: number;
  scope: Place;
}

/**
 * Who gets the weekly digest and of what: every coordinator and methodologist who has not switched
 * it off, once per scope (a national coordinator gets the country only; a methodologist of two
 * regions gets both).
 */
export async function listDigestRecipients(db: Db): Promise<DigestRecipient[]> {
  const rows = await db
    .select({ userId: memberships.userId, role: memberships.role, regionCode: memberships.regionCode })
    .from(memberships)
    .leftJoin(digestPreferences, eq(digestPreferences.userId, memberships.userId))
    .where(and(inArray(memberships.role, ["coordinator", "methodologist"]), or(isNull(digestPreferences.weekly), eq(digestPreferences.weekly, true))))
    .orderBy(asc(memberships.userId), asc(memberships.regionCode));
  const byUser = new Map<number, Set<string>>();
  for (const row of rows) {
    const scopes = byUser.get(row.userId) ?? byUser.set(row.userId, new Set()).get(row.userId)!;
    scopes.add(row.role === "coordinator" && !row.regionCode ? "national" : `region:${row.regionCode}`);
  }
  const result: DigestRecipient[] = [];
  for (const [userId, scopes] of byUser) {
    if (scopes.has("national")) result.push({ userId, scope: { kind: "national" } });
    else for (const s of scopes) result.push({ userId, scope: { kind: "region", regionCode: s.slice("region:".length) } });
  }
  return result;
}

/** The digest as lines of one language: header, sections, attention, the overdue list, how to go further. */
export function weeklyDigestLines(digest: Digest, text: DigestText, scopeName: string, today: string, quality: QualityItem[] = []): string[] {
  const lines = [text.t("digest-weekly-title", { scope: scopeName }), periodTitle(digest.period, text), ""];
  lines.push(...summaryLines(digest, text), "", ...attentionLines(digest.total, text), "");
  const reports = digest.total.totals.reports as ReportTotals;
  if (reports.overdue === 0) lines.push(text.t("digest-weekly-no-overdue"));
  else if (digest.scope.kind === "national") {
    const withOverdue = regionsInOrder(digest.units.filter((u) => (u.totals.reports as ReportTotals).overdue > 0), text);
    lines.push(text.t("digest-weekly-overdue-regions", { count: reports.overdue }), text.t("status-legend-regions"), ...regionLines(withOverdue, text));
  } else {
    const days = Math.max(0, daysBetween(digest.period.dueOn, today));
    const overdue = digest.units.filter((u) => u.attention.overdue > 0);
    lines.push(text.t("digest-weekly-overdue-kindergartens", { count: reports.overdue, days }));
    // The flags tell the coordinator what to do: invite a head (👤), reach one (📵), or chase a report.
    if (overdue.some((u) => flagMarks(u, ["overdue"]))) lines.push(text.t("digest-weekly-overdue-legend"));
    for (const u of overdue) {
      const flags = flagMarks(u, ["overdue"]);
      lines.push(`• ${flags ? `${flags} ` : ""}${u.registryNo}. ${unitName(u, text)}`);
    }
  }
  if (quality.length > 0) {
    // Flagged, never changed: the methodologist checks them with the kindergarten (/review shows the same).
    lines.push("", text.t("digest-weekly-quality", { count: quality.length }));
    for (const q of quality) lines.push(`• ${q.registryNo}. ${shorten(q.name, LIST_NAME_CHARS)}: ${q.flags.map((f) => qualityFlagText(text.t, f)).join("; ")}`);
  }
  lines.push("", text.t("digest-weekly-drill-down"), text.t("digest-weekly-switch-off"));
  return lines;
}

/** A region's report whose figures look unlikely beside the kindergarten's previous one. */
export interface QualityItem {
  registryNo: number;
  name: string;
  flags: QualityFlag[];
}

/** The region's data-quality flags of the period, in registry order (the country's digest lists none). */
async function regionQuality(db: Db, scope: Place, period: ReportingPeriod, now: Date): Promise<QualityItem[]> {
  if (scope.kind !== "region") return [];
  const reports = await loadKindergartenReports(db, { national: false, regions: [scope.regionCode], organizationIds: [] }, period, now, scope.regionCode);
  return (await flaggedReports(db, reports, period)).map(({ row, flags }) => ({ registryNo: row.registryNo, name: row.name, flags })).sort((a, b) => a.registryNo - b.registryNo);
}

/**
 * Packs the lines of both languages into parts that fit one message each: line i of Kazakh and of
 * Russian say the same, so the parts of both languages break at the same lines and each outbox row
 * renders at send time in whichever language the recipient has then.
 */
export function packParts(kk: string[], ru: string[], limit = PART_LIMIT): { kk: string; ru: string }[] {
  const texts = splitParallel([kk, ru], limit).map(([kkText, ruText]) => ({ kk: kkText!, ru: ruText! }));
  // "(2/3)" under each part of a digest that needed several messages.
  return texts.length < 2 ? texts : texts.map((p, i) => ({ kk: `${p.kk}\n\n(${i + 1}/${texts.length})`, ru: `${p.ru}\n\n(${i + 1}/${texts.length})` }));
}

export interface WeeklyDigestRun {
  period: { year: number; quarter: number } | null;
  recipients: number;
  scopes: number;
  messages: OutboxMessage[];
  /** Rows the digests read, summed over scopes (per section). */
  rowsRead: Record<string, number>;
  /** Charts drawn (one per scope and language needed) and rows their queries read; failures logged. */
  charts: { drawn: number; failed: number; rowsRead: number };
}

/** The scope's picture in each language, as `weeklyDigestCharts` (src/outputs/charts/weekly-chart.ts) draws it. */
export type DrawWeeklyCharts = (db: Db, request: WeeklyChartRequest) => Promise<{ pngs: Map<Language, Buffer>; rows: number; skills: boolean }>;

export interface WeeklyChartOptions {
  /** Draws a scope's pictures (default: the status and skills charts of src/outputs/charts, loaded on first use). */
  draw?: DrawWeeklyCharts;
  /** A chart that cannot be drawn or stored is reported here; the text digest goes out regardless. */
  log?: (message: string, error?: unknown) => void;
}

export interface WeeklyDigestOptions {
  /** Also draw each scope's chart, store it (delivery_files) and put a photo before the text. */
  charts?: WeeklyChartOptions;
}

const drawWithCharts: DrawWeeklyCharts = async (db, request) => (await import("../charts/weekly-chart.js")).weeklyDigestCharts(db, request);

const chartDedupKey = (week: string, userId: number, key: string) => `${WEEKLY_DIGEST_KIND}:${week}:${userId}:${key}:chart`;

/**
 * Prepares this week's digest for every recipient: one digest per scope (shared by its
 * recipients), rendered in both languages, split into parts. Without `options.charts` nothing is
 * written; with it, each scope's chart is drawn in the languages its recipients read and stored
 * once per scope and language (the sender uploads it once and reuses Telegram's file_id), and only
 * for recipients who have not had this week's chart yet — so a second run draws and stores nothing.
 */
export async function prepareWeeklyDigest(db: Db, now: Date, translate: Translate, options: WeeklyDigestOptions = {}): Promise<WeeklyDigestRun> {
  const charts = { drawn: 0, failed: 0, rowsRead: 0 };
  const period = await findReportingPeriod(db, now);
  if (!period) return { period: null, recipients: 0, scopes: 0, messages: [], rowsRead: {}, charts };
  const recipients = await listDigestRecipients(db);
  const regionRows = await db.select().from(regions);
  const today = almatyDay(now);
  const week = weekStartOf(today);
  const parts = new Map<string, { kk: string; ru: string }[]>();
  const scopeNames = new Map<string, { kk: string; ru: string }>();
  const rowsRead: Record<string, number> = {};
  for (const { scope } of recipients) {
    const key = scopeKey(scope);
    if (parts.has(key)) continue;
    const [digest, quality] = await Promise.all([buildDigest(db, scope, period, now), regionQuality(db, scope, period, now)]);
    for (const [k, n] of Object.entries(digest.rowsRead)) rowsRead[k] = (rowsRead[k] ?? 0) + n;
    const region = scope.kind === "region" ? regionRows.find((r) => r.code === scope.regionCode) : undefined;
    const nameIn = (language: "kk" | "ru") => (region ? (language === "kk" ? region.nameKk : region.nameRu) : translate(language, "digest-weekly-country"));
    // The chart's caption names the country as the chart does ("Республика в целом").
    const captionIn = (language: "kk" | "ru") => (region ? nameIn(language) : translate(language, "chart-scope-national"));
    scopeNames.set(key, { kk: captionIn("kk"), ru: captionIn("ru") });
    const linesIn = (language: "kk" | "ru") => {
      const text: DigestText = { language, t: (k, params) => translate(language, k, params) };
      return weeklyDigestLines(digest, text, nameIn(language), today, quality);
    };
    parts.set(key, packParts(linesIn("kk"), linesIn("ru")));
  }
  const photos = options.charts ? await prepareCharts(db, { recipients, period, now, week, options: options.charts, tally: charts }) : new Map<string, ChartPhoto>();
  const messages: OutboxMessage[] = [];
  for (const { userId, scope } of recipients) {
    const key = scopeKey(scope);
    const photo = photos.get(`${userId}:${key}`);
    if (photo) {
      messages.push({
        chatId: userId,
        kind: WEEKLY_DIGEST_KIND,
        templateKey: photo.skills ? "digest-weekly-chart-caption" : "digest-weekly-chart-caption-status",
        priority: "bulk",
        params: { scope: scopeNames.get(key)!, quarter: period.quarter, year: String(period.year) },
        attachment: { type: "photo", fileId: photo.fileId },
        // Queued before the text: a chat's messages go out in the order they were queued.
        dedupKey: chartDedupKey(week, userId, key),
        notBefore: now,
      });
    }
    const list = parts.get(key) ?? [];
    list.forEach((part, i) => {
      const last = i === list.length - 1;
      messages.push({
        chatId: userId,
        kind: WEEKLY_DIGEST_KIND,
        templateKey: "digest-weekly-part",
        priority: "bulk",
        params: { body: part },
        ...(last ? { buttons: [{ textKey: "digest-weekly-button-status", callbackData: statusButton(period) }] } : {}),
        dedupKey: `${WEEKLY_DIGEST_KIND}:${week}:${userId}:${key}:${i + 1}`,
        notBefore: now,
      });
    });
  }
  return { period: { year: period.year, quarter: period.quarter }, recipients: recipients.length, scopes: parts.size, messages, rowsRead, charts };
}

interface ChartPhoto {
  fileId: number;
  skills: boolean;
}

/**
 * Per recipient (`userId:scopeKey`) who has no chart of this week yet: the stored picture of their
 * scope in their language. A scope whose chart fails is logged and left without a photo.
 */
async function prepareCharts(
  db: Db,
  input: { recipients: DigestRecipient[]; period: ReportingPeriod; now: Date; week: string; options: WeeklyChartOptions; tally: WeeklyDigestRun["charts"] },
): Promise<Map<string, ChartPhoto>> {
  const { recipients, period, now, week, options, tally } = input;
  const result = new Map<string, ChartPhoto>();
  if (recipients.length === 0) return result;
  const userIds = [...new Set(recipients.map((r) => r.userId))];
  const languageRows = await db.select({ id: users.telegramId, language: users.language }).from(users).where(inArray(users.telegramId, userIds));
  const languageOf = new Map(languageRows.map((r) => [r.id, r.language]));
  const keys = recipients.map((r) => chartDedupKey(week, r.userId, scopeKey(r.scope)));
  const had = new Set((await db.select({ key: outbox.dedupKey }).from(outbox).where(inArray(outbox.dedupKey, keys))).map((r) => r.key));
  // Place → the recipients still to get its chart, with their language.
  const due = new Map<string, { scope: Place; people: { userId: number; language: Language }[] }>();
  for (const r of recipients) {
    const key = scopeKey(r.scope);
    const language = languageOf.get(r.userId);
    if (!language || had.has(chartDedupKey(week, r.userId, key))) continue;
    const entry = due.get(key) ?? due.set(key, { scope: r.scope, people: [] }).get(key)!;
    entry.people.push({ userId: r.userId, language });
  }
  const draw = options.draw ?? drawWithCharts;
  for (const [key, { scope, people }] of due) {
    const languages = [...new Set(people.map((p) => p.language))];
    try {
      const drawn = await draw(db, {
        scope: { national: scope.kind === "national", regions: scope.kind === "region" ? [scope.regionCode] : [], organizationIds: [] },
        ...(scope.kind === "region" ? { regionCode: scope.regionCode } : {}),
        period,
        now,
        languages,
      });
      tally.rowsRead += drawn.rows;
      const files = new Map<Language, number>();
      for (const language of languages) {
        const png = drawn.pngs.get(language);
        if (!png) throw new Error(`no ${language} chart`);
        files.set(language, await storeDeliveryFile(db, { filename: `digest-${key.replace(":", "-")}-${week}-${language}.png`, mimeType: "image/png", content: png }));
        tally.drawn += 1;
      }
      for (const p of people) result.set(`${p.userId}:${key}`, { fileId: files.get(p.language)!, skills: drawn.skills });
    } catch (error) {
      tally.failed += 1;
      (options.log ?? ((message, e) => console.error(message, e)))(`weekly digest: the chart of ${key} could not be drawn; the text goes without it`, error);
    }
  }
  return result;
}

function statusButton(period: ReportingPeriod): string {
  return cb.statusTop.pack(period.id);
}

/**
 * The scheduled task: prepares and enqueues the week's digests with their charts (idempotent per
 * user, scope, week and part; the chart is one more part).
 */
export async function runWeeklyDigest(
  db: Db,
  now: Date,
  translate: Translate,
  options: WeeklyDigestOptions = { charts: {} },
): Promise<{ recipients: number; enqueued: number; charts: WeeklyDigestRun["charts"] }> {
  const run = await prepareWeeklyDigest(db, now, translate, options);
  return { recipients: run.recipients, enqueued: await enqueueMessages(db, run.messages), charts: run.charts };
}
