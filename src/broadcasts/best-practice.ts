import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { broadcasts, organizations, quarterlyReports, regions, reportingPeriods, reportVersions } from "../db/schema/index.js";
import { enqueueForRecipients } from "../delivery/enqueue-select.js";
import { enqueueMessages } from "../delivery/outbox.js";
import type { MessageParams } from "../delivery/message.js";
import { audienceQuery } from "../outreach/audience.js";
import { broadcastKind, type Broadcast } from "./broadcasts.js";
import { broadcastCallbacks } from "./broadcast-callbacks.js";

export const BEST_PRACTICE_KIND = "best-practice";
export const PAGE_SIZE = 8;

export interface SharableReport {
  reportId: number;
  organizationId: number;
  organizationName: string;
  regionCode: string;
  regionKk: string;
  regionRu: string;
  year: number;
  quarter: number;
  text: string;
  photos: string[];
}

/**
 * Accepted reports with a best-practice answer, in the given regions ("all" for the country),
 * newest first, a page at a time.
 */
export async function listSharableReports(db: Db, regionCodes: "all" | string[], page: number): Promise<{ items: SharableReport[]; total: number }> {
  if (regionCodes !== "all" && regionCodes.length === 0) return { items: [], total: 0 };
  const where = and(
    eq(quarterlyReports.status, "accepted"),
    sql`coalesce(${quarterlyReports.answers}->>'best_practice', '') <> ''`,
    regionCodes === "all" ? undefined : inArray(organizations.regionCode, regionCodes),
  );
  const [{ total } = { total: 0 }] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(quarterlyReports)
    .innerJoin(organizations, eq(organizations.id, quarterlyReports.organizationId))
    .where(where);
  const rows = await db
    .select({
      reportId: quarterlyReports.id,
      organizationId: organizations.id,
      organizationName: organizations.name,
      regionCode: organizations.regionCode,
      regionKk: regions.nameKk,
      regionRu: regions.nameRu,
      year: reportingPeriods.year,
      quarter: reportingPeriods.quarter,
      answers: quarterlyReports.answers,
    })
    .from(quarterlyReports)
    .innerJoin(organizations, eq(organizations.id, quarterlyReports.organizationId))
    .innerJoin(regions, eq(regions.code, organizations.regionCode))
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, quarterlyReports.periodId))
    .where(where)
    .orderBy(desc(quarterlyReports.acceptedAt), desc(quarterlyReports.id))
    .limit(PAGE_SIZE)
    .offset(page * PAGE_SIZE);
  return {
    total: Number(total),
    items: rows.map(({ answers, ...r }) => ({
      ...r,
      text: String(answers.best_practice ?? ""),
      photos: Array.isArray(answers.best_practice_photos) ? answers.best_practice_photos.map(String) : [],
    })),
  };
}

/** One accepted report with a best-practice answer, or undefined. */
export async function getSharableReport(db: Db, reportId: number): Promise<SharableReport | undefined> {
  return (await listSharableReportsById(db, reportId)).items[0];
}

async function listSharableReportsById(db: Db, reportId: number) {
  const rows = await db
    .select({
      reportId: quarterlyReports.id,
      organizationId: organizations.id,
      organizationName: organizations.name,
      regionCode: organizations.regionCode,
      regionKk: regions.nameKk,
      regionRu: regions.nameRu,
      year: reportingPeriods.year,
      quarter: reportingPeriods.quarter,
      answers: quarterlyReports.answers,
      status: quarterlyReports.status,
    })
    .from(quarterlyReports)
    .innerJoin(organizations, eq(organizations.id, quarterlyReports.organizationId))
    .innerJoin(regions, eq(regions.code, organizations.regionCode))
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, quarterlyReports.periodId))
    .where(and(eq(quarterlyReports.id, reportId), eq(quarterlyReports.status, "accepted")));
  return {
    items: rows
      .filter((r) => String(r.answers.best_practice ?? "") !== "")
      .map(({ answers, status: _status, ...r }) => ({
        ...r,
        text: String(answers.best_practice ?? ""),
        photos: Array.isArray(answers.best_practice_photos) ? answers.best_practice_photos.map(String) : [],
      })),
  };
}

/** The head who submitted the report's latest version: the author asked to agree. */
async function reportAuthor(db: Db, reportId: number): Promise<number | null> {
  const [row] = await db
    .select({ userId: reportVersions.submittedBy })
    .from(reportVersions)
    .where(eq(reportVersions.reportId, reportId))
    .orderBy(desc(reportVersions.version))
    .limit(1);
  return row?.userId ?? null;
}

export function bestPracticeParams(r: SharableReport): MessageParams {
  return { organization: r.organizationName, region: { kk: r.regionKk, ru: r.regionRu }, year: String(r.year), quarter: r.quarter, text: r.text, photos: r.photos.length };
}

export type AskResult = { kind: "asked"; broadcast: Broadcast } | { kind: "no-author" } | { kind: "not-found" } | { kind: "already-asked" };

/**
 * A methodologist (or coordinator) proposes sharing a report's best practice with `scopeKey`'s heads:
 * the head who submitted it is asked first, through the outbox, with "agree" / "decline".
 */
export async function askToShareBestPractice(db: Db, input: { reportId: number; sharerId: number; scopeKey: string }): Promise<AskResult> {
  const report = await getSharableReport(db, input.reportId);
  if (!report) return { kind: "not-found" };
  const authorId = await reportAuthor(db, input.reportId);
  if (!authorId) return { kind: "no-author" };
  return db.transaction(async (tx) => {
    const [pending] = await tx
      .select({ id: broadcasts.id })
      .from(broadcasts)
      .where(and(eq(broadcasts.reportId, input.reportId), eq(broadcasts.status, "awaiting_author"), eq(broadcasts.scopeKey, input.scopeKey)));
    if (pending) return { kind: "already-asked" as const };
    const [b] = await tx
      .insert(broadcasts)
      .values({ authorId: input.sharerId, scopeKey: input.scopeKey, audience: "heads", status: "awaiting_author", textKk: report.text, textRu: report.text, reportId: report.reportId, consentUserId: authorId })
      .returning();
    await enqueueMessages(tx, [
      {
        chatId: authorId,
        kind: BEST_PRACTICE_KIND,
        templateKey: "bestpractice-consent-ask",
        params: { ...bestPracticeParams(report), scope: input.scopeKey === "national" ? "national" : "region" },
        buttons: [
          { textKey: "bestpractice-button-agree", callbackData: broadcastCallbacks.shareAgree.pack(b!.id) },
          { textKey: "bestpractice-button-decline", callbackData: broadcastCallbacks.shareDecline.pack(b!.id) },
        ],
        organizationId: report.organizationId,
        dedupKey: `best-practice:${b!.id}:consent`,
      },
    ]);
    return { kind: "asked" as const, broadcast: b! };
  });
}

export type ConsentResult = { kind: "shared"; recipients: number } | { kind: "declined" } | { kind: "not-yours" } | { kind: "stale" };

/**
 * The head's answer. Agreeing sends the practice (text, then each photo) to the other heads of the
 * scope, crediting the kindergarten, as one broadcast with its delivery status; the sharer is told either way.
 */
export async function answerBestPracticeConsent(db: Db, input: { broadcastId: number; userId: number; agree: boolean; now: Date }): Promise<ConsentResult> {
  return db.transaction(async (tx) => {
    const [b] = await tx.select().from(broadcasts).where(eq(broadcasts.id, input.broadcastId)).for("update");
    if (!b || b.consentUserId !== input.userId || !b.reportId) return { kind: "not-yours" as const };
    if (b.status !== "awaiting_author") return { kind: "stale" as const };
    const report = (await listSharableReportsById(tx, b.reportId)).items[0];
    if (!input.agree || !report) {
      await tx.update(broadcasts).set({ status: "declined" }).where(eq(broadcasts.id, b.id));
      await enqueueMessages(tx, [
        { chatId: b.authorId, kind: BEST_PRACTICE_KIND, templateKey: "bestpractice-author-declined", params: { organization: report?.organizationName ?? "" }, dedupKey: `best-practice:${b.id}:declined` },
      ]);
      return { kind: "declined" as const };
    }
    // The practice goes to colleagues: not back to its author, nor to the heads of its own kindergarten.
    const recipients = sql`SELECT a.chat_id, a.organization_id FROM (${audienceQuery({ scopeKey: b.scopeKey, organizationIds: null, roles: ["head"] })}) a
      WHERE a.chat_id <> ${input.userId} AND a.organization_id IS DISTINCT FROM ${report.organizationId}`;
    const params = bestPracticeParams(report);
    const sent = await enqueueForRecipients(tx, { kind: broadcastKind(b.id), templateKey: "bestpractice-message", params, priority: "bulk", dedupPrefix: `broadcast:${b.id}:` }, recipients);
    for (const [i, photo] of report.photos.entries()) {
      await enqueueForRecipients(
        tx,
        {
          kind: broadcastKind(b.id),
          templateKey: "bestpractice-photo-caption",
          params: { organization: report.organizationName, index: i + 1, total: report.photos.length },
          attachment: { type: "photo", telegramFileId: photo },
          priority: "bulk",
          dedupPrefix: `broadcast:${b.id}:photo${i}:`,
        },
        recipients,
      );
    }
    await tx.update(broadcasts).set({ status: "sent", sentAt: input.now, recipients: sent }).where(eq(broadcasts.id, b.id));
    await enqueueMessages(tx, [
      {
        chatId: b.authorId,
        kind: BEST_PRACTICE_KIND,
        templateKey: "bestpractice-author-agreed",
        params: { organization: report.organizationName, count: sent },
        buttons: [{ textKey: "broadcast-button-status", callbackData: broadcastCallbacks.status.pack(b.id) }],
        dedupKey: `best-practice:${b.id}:agreed`,
      },
    ]);
    return { kind: "shared" as const, recipients: sent };
  });
}

/**
 * A head who leaves before answering a request to share their report's best practice has not
 * agreed: the request is declined and its copy of the text goes (the report itself is the
 * kindergarten's and stays). Practices already shared with their consent stay shared: they credit
 * the kindergarten, not the person.
 */
export async function withdrawBestPracticeAsksOf(db: Db, userId: number): Promise<void> {
  await db
    .update(broadcasts)
    .set({ status: "declined", textKk: null, textRu: null, attachmentType: null, attachmentFileId: null })
    .where(and(eq(broadcasts.consentUserId, userId), eq(broadcasts.status, "awaiting_author")));
}
