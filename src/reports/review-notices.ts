import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { memberships, organizations, reportingPeriods } from "../db/schema/index.js";
import { enqueueMessages } from "../delivery/outbox.js";
import type { Report } from "./report-draft.js";
import { cb } from "../shared/callback-data.js";

/**
 * Tells the kindergarten's heads that their report was accepted or returned, through the outbox
 * (rendered at send time in each head's language; a returned notice carries the "open report" button).
 */
export async function enqueueReviewNotice(db: Db, input: { report: Report; decision: "accepted" | "returned"; version: number; fieldCount?: number }): Promise<number> {
  const [context] = await db
    .select({ name: organizations.name, year: reportingPeriods.year, quarter: reportingPeriods.quarter })
    .from(organizations)
    .innerJoin(reportingPeriods, eq(reportingPeriods.id, input.report.periodId))
    .where(eq(organizations.id, input.report.organizationId));
  if (!context) return 0;
  const heads = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, input.report.organizationId), eq(memberships.role, "head")));
  return enqueueMessages(
    db,
    heads.map((h) => ({
      chatId: h.userId,
      kind: "report-review",
      templateKey: input.decision === "accepted" ? "review-notice-accepted" : "review-notice-returned",
      params: { organization: context.name, year: String(context.year), quarter: String(context.quarter), count: input.fieldCount ?? 0 },
      buttons: input.decision === "returned" ? [{ textKey: "report-button-open-report", callbackData: cb.reportOpen.pack("open") }] : undefined,
      priority: "normal" as const,
      dedupKey: `report-review:${input.report.id}:v${input.version}:${input.decision}:${h.userId}`,
      organizationId: input.report.organizationId,
    })),
  );
}
