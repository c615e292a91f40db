import { eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { regions, reportingPeriods } from "../db/schema/index.js";
import { enqueueMessages } from "../delivery/outbox.js";
import { levelAbove, levelMembers, type ApprovalLevel } from "./approval-levels.js";

/**
 * Tells a level of the chain what happened to a region's quarter, through the outbox (rendered at send
 * time in each person's language): an approval reaches the level above, a return the level below.
 */
export async function enqueueApprovalNotice(
  db: Db,
  input:
    | { kind: "approved"; level: ApprovalLevel; regionCode: string; periodId: number; now: Date }
    | { kind: "returned"; level: ApprovalLevel; from: ApprovalLevel; comment: string; regionCode: string; periodId: number; now: Date },
): Promise<number> {
  const recipientsLevel = input.kind === "approved" ? levelAbove(input.level) : input.level;
  if (!recipientsLevel) return 0;
  const [region] = await db.select().from(regions).where(eq(regions.code, input.regionCode));
  const [period] = await db.select().from(reportingPeriods).where(eq(reportingPeriods.id, input.periodId));
  if (!region || !period) return 0;
  const recipients = await levelMembers(db, recipientsLevel, input.regionCode);
  const params = {
    region: { kk: region.nameKk, ru: region.nameRu },
    year: String(period.year),
    quarter: String(period.quarter),
    level: input.level,
    ...(input.kind === "returned" ? { from: input.from, comment: input.comment } : {}),
  };
  return enqueueMessages(
    db,
    recipients.map((chatId) => ({
      chatId,
      kind: "approval-chain",
      templateKey: input.kind === "approved" ? "approval-notice-approved" : "approval-notice-returned",
      params,
      priority: "normal" as const,
      dedupKey: `approval:${input.kind}:${input.regionCode}:${input.periodId}:${input.level}:${input.now.getTime()}:${chatId}`,
    })),
  );
}
