import { and, asc, eq, inArray, isNull, or } from "drizzle-orm";
import { cb } from "../bot/callback-data.js";
import type { Db } from "../db/client.js";
import { digestPreferences, memberships, regions } from "../db/schema/index.js";
import { enqueueMessages } from "../delivery/outbox.js";
import type { OutboxMessage } from "../delivery/message.js";
import type { Translate } from "../delivery/render.js";
import { addDays, almatyDay, daysBetween } from "../reminders/local-date.js";
import { findReportingPeriod } from "../reports/drafts.js";
import type { ReportingPeriod } from "../reports/periods.js";
import type { Scope } from "../registration/roles.js";
import { buildDigest, type Digest } from "./build-digest.js";
import { attentionLines, MESSAGE_LIMIT, periodTitle, regionLines, summaryLines, unitName } from "./render.js";
import { scopeKey } from "./scope.js";
import type { DigestText } from "./section.js";
import type { ReportTotals } from "./sections/reports.js";

export const WEEKLY_DIGEST_KIND = "weekly-digest";
/** Room left in each part for its "(2/3)" mark; parts stay well under Telegram's 4,096. */
const PART_LIMIT = MESSAGE_LIMIT - 96;

export interface DigestRecipient {
  userId: number;
  scope: Scope;
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

/** The Monday of the week of `day` (YYYY-MM-DD): the week a digest belongs to. */
export function weekOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** The digest as lines of one language: header, sections, attention, the overdue list, how to go further. */
export function weeklyDigestLines(digest: Digest, text: DigestText, scopeName: string, today: string): string[] {
  const lines = [text.t("digest-weekly-title", { scope: scopeName }), periodTitle(digest.period, text), ""];
  lines.push(...summaryLines(digest, text), "", ...attentionLines(digest.total, text), "");
  const reports = digest.total.totals.reports as ReportTotals;
  if (reports.overdue === 0) lines.push(text.t("digest-weekly-no-overdue"));
  else if (digest.scope.kind === "national") {
    const withOverdue = digest.units.filter((u) => (u.totals.reports as ReportTotals).overdue > 0);
    lines.push(text.t("digest-weekly-overdue-regions", { count: reports.overdue }), text.t("status-legend-regions"), ...regionLines(withOverdue, text));
  } else {
    const days = Math.max(0, daysBetween(digest.period.dueOn, today));
    lines.push(text.t("digest-weekly-overdue-kindergartens", { count: reports.overdue, days }));
    for (const u of digest.units.filter((u) => u.attention.overdue > 0)) lines.push(`• ${u.registryNo}. ${unitName(u, text)}`);
  }
  lines.push("", text.t("digest-weekly-drill-down"), text.t("digest-weekly-switch-off"));
  return lines;
}

/**
 * Packs the lines of both languages into parts that fit one message each: line i of Kazakh and of
 * Russian say the same, so the parts of both languages break at the same lines and each outbox row
 * renders at send time in whichever language the recipient has then.
 */
export function packParts(kk: string[], ru: string[], limit = PART_LIMIT): { kk: string; ru: string }[] {
  const parts: { kk: string[]; ru: string[] }[] = [];
  let current = { kk: [] as string[], ru: [] as string[] };
  let size = { kk: 0, ru: 0 };
  const cut = (line: string) => (line.length > limit ? `${line.slice(0, limit - 1)}…` : line);
  kk.forEach((kkLine, i) => {
    const k = cut(kkLine);
    const r = cut(ru[i] ?? "");
    if (current.kk.length > 0 && (size.kk + k.length + 1 > limit || size.ru + r.length + 1 > limit)) {
      parts.push(current);
      current = { kk: [], ru: [] };
      size = { kk: 0, ru: 0 };
    }
    current.kk.push(k);
    current.ru.push(r);
    size.kk += k.length + 1;
    size.ru += r.length + 1;
  });
  if (current.kk.length > 0) parts.push(current);
  const trim = (lines: string[]) => lines.join("\n").replace(/^\n+|\n+$/g, "");
  const texts = parts.map((p) => ({ kk: trim(p.kk), ru: trim(p.ru) })).filter((p) => p.kk !== "" || p.ru !== "");
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
}

/**
 * Prepares this week's digest for every recipient: one digest per scope (shared by its
 * recipients), rendered in both languages, split into parts. Pure preparation: nothing is written.
 */
export async function prepareWeeklyDigest(db: Db, now: Date, translate: Translate): Promise<WeeklyDigestRun> {
  const period = await findReportingPeriod(db, now);
  if (!period) return { period: null, recipients: 0, scopes: 0, messages: [], rowsRead: {} };
  const recipients = await listDigestRecipients(db);
  const regionRows = await db.select().from(regions);
  const today = almatyDay(now);
  const week = weekOf(today);
  const parts = new Map<string, { kk: string; ru: string }[]>();
  const rowsRead: Record<string, number> = {};
  for (const { scope } of recipients) {
    const key = scopeKey(scope);
    if (parts.has(key)) continue;
    const digest = await buildDigest(db, scope, period, now);
    for (const [k, n] of Object.entries(digest.rowsRead)) rowsRead[k] = (rowsRead[k] ?? 0) + n;
    const region = scope.kind === "region" ? regionRows.find((r) => r.code === scope.regionCode) : undefined;
    const linesIn = (language: "kk" | "ru") => {
      const text: DigestText = { language, t: (k, params) => translate(language, k, params) };
      const name = region ? (language === "kk" ? region.nameKk : region.nameRu) : translate(language, "digest-weekly-country");
      return weeklyDigestLines(digest, text, name, today);
    };
    parts.set(key, packParts(linesIn("kk"), linesIn("ru")));
  }
  const messages: OutboxMessage[] = [];
  for (const { userId, scope } of recipients) {
    const key = scopeKey(scope);
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
  return { period: { year: period.year, quarter: period.quarter }, recipients: recipients.length, scopes: parts.size, messages, rowsRead };
}

function statusButton(period: ReportingPeriod): string {
  return cb.statusTop.pack(period.id);
}

/** The scheduled task: prepares and enqueues the week's digests (idempotent per user, scope, week and part). */
export async function runWeeklyDigest(db: Db, now: Date, translate: Translate): Promise<{ recipients: number; enqueued: number }> {
  const run = await prepareWeeklyDigest(db, now, translate);
  return { recipients: run.recipients, enqueued: await enqueueMessages(db, run.messages) };
}
