import { and, count, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { organizations, quarterlyReports, regionApprovals } from "../db/schema/index.js";
import type { Actor } from "../registration/actor.js";
import { writeAudit } from "../registration/audit.js";
import { approvalLevelsFor } from "../registration/permissions.js";
import { levelBelow, type ApprovalLevel } from "./approval-levels.js";
import { enqueueApprovalNotice } from "./approval-notices.js";

export type RegionApproval = typeof regionApprovals.$inferSelect;

/** A region's quarter in the chain; a region nobody has approved yet has no row and is "waiting". */
export async function getRegionApproval(db: Db, regionCode: string, periodId: number): Promise<RegionApproval | null> {
  const [row] = await db.select().from(regionApprovals).where(and(eq(regionApprovals.regionCode, regionCode), eq(regionApprovals.periodId, periodId)));
  return row ?? null;
}

/** Every region's row for a period (regions without one are waiting for the centre). */
export async function listRegionApprovals(db: Db, periodId: number): Promise<RegionApproval[]> {
  return db.select().from(regionApprovals).where(eq(regionApprovals.periodId, periodId));
}

/**
 * Inside a transaction that changes the chain or a report of the region: the region's row, created
 * if missing and locked (`for update` to change the chain, `for share` to change a report), so an
 * approval and a report change of the same region and period never interleave.
 */
export async function lockRegionApproval(db: Db, regionCode: string, periodId: number, mode: "update" | "share"): Promise<RegionApproval> {
  await db.insert(regionApprovals).values({ regionCode, periodId }).onConflictDoNothing();
  const [row] = await db
    .select()
    .from(regionApprovals)
    .where(and(eq(regionApprovals.regionCode, regionCode), eq(regionApprovals.periodId, periodId)))
    .for(mode);
  return row!;
}

/** Reports of the region and period that wait for the methodologist's decision. */
export async function reportsAwaitingReview(db: Db, regionCode: string, periodId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(quarterlyReports)
    .innerJoin(organizations, eq(organizations.id, quarterlyReports.organizationId))
    .where(and(eq(organizations.regionCode, regionCode), eq(quarterlyReports.periodId, periodId), eq(quarterlyReports.status, "submitted")));
  return row?.n ?? 0;
}

export type ChainRefusal =
  | "not-allowed" // the actor does not act at this level for this region
  | "already-approved" // this level (or one above) has approved already
  | "below-not-approved" // the level below has not approved yet
  | "reports-awaiting-review" // centre only: submitted reports still wait for review
  | "not-approved" // unapprove/return: there is nothing of this level (or below) to withdraw
  | "above-acted"; // unapprove: the level above has accepted already

export type ChainResult = { ok: true; approval: RegionApproval } | { ok: false; reason: ChainRefusal; count?: number };

interface ChainInput {
  actor: Actor;
  regionCode: string;
  periodId: number;
  level: ApprovalLevel;
  now: Date;
}

const byColumn = { centre: "centreBy", department: "departmentBy", institute: "instituteBy" } as const;
const atColumn = { centre: "centreAt", department: "departmentAt", institute: "instituteAt" } as const;

function rank(level: ApprovalLevel | null): number {
  return level === null ? 0 : ["centre", "department", "institute"].indexOf(level) + 1;
}

/**
 * Whether a level may take an action on the chain as it stands (`approved`: the highest level that
 * has approved): the one rule the transactions below and the chat's early refusals share.
 */
export function chainRefusal(approved: ApprovalLevel | null, action: "approve" | "unapprove" | "return", level: ApprovalLevel): ChainRefusal | null {
  if (action === "approve") {
    if (rank(approved) >= rank(level)) return "already-approved";
    if (rank(approved) < rank(levelBelow(level))) return "below-not-approved";
    return null;
  }
  if (action === "unapprove") {
    if (rank(approved) > rank(level)) return "above-acted";
    return approved === level ? null : "not-approved";
  }
  const below = levelBelow(level);
  if (!below) return "not-approved";
  if (rank(approved) > rank(below)) return "already-approved";
  return approved === below ? null : "not-approved";
}

/**
 * A level approves the region's quarter (the Institute's approval is its acceptance): only right after
 * the level below (the centre: once no report waits for review), compare-and-set in one transaction.
 * From then on the figures below are frozen (see report-freeze.ts). Audited; the level above is told.
 */
export async function approveRegion(db: Db, input: ChainInput): Promise<ChainResult> {
  if (!approvalLevelsFor(input.actor, input.regionCode).includes(input.level)) return { ok: false, reason: "not-allowed" };
  const result = await db.transaction(async (tx): Promise<ChainResult> => {
    const row = await lockRegionApproval(tx, input.regionCode, input.periodId, "update");
    const refusal = chainRefusal(row.level, "approve", input.level);
    if (refusal) return { ok: false, reason: refusal };
    if (input.level === "centre") {
      const waiting = await reportsAwaitingReview(tx, input.regionCode, input.periodId);
      if (waiting > 0) return { ok: false, reason: "reports-awaiting-review", count: waiting };
    }
    const [approval] = await tx
      .update(regionApprovals)
      .set({
        level: input.level,
        [byColumn[input.level]]: input.actor.telegramId,
        [atColumn[input.level]]: input.now,
        returnedFrom: null,
        returnComment: null,
        returnedBy: null,
        returnedAt: null,
        updatedAt: input.now,
      })
      .where(and(eq(regionApprovals.regionCode, input.regionCode), eq(regionApprovals.periodId, input.periodId)))
      .returning();
    await writeAudit(tx, { actorId: input.actor.telegramId, action: "approval.approved", subjectId: input.periodId, details: { region: input.regionCode, level: input.level } });
    return { ok: true, approval: approval! };
  });
  if (result.ok) await enqueueApprovalNotice(db, { kind: "approved", level: input.level, regionCode: input.regionCode, periodId: input.periodId, now: input.now });
  return result;
}

/**
 * The level that approved withdraws its approval, with a reason, while the level above has not
 * acted: the quarter goes back to waiting for this level. Audited.
 */
export async function unapproveRegion(db: Db, input: ChainInput & { reason: string }): Promise<ChainResult> {
  if (!approvalLevelsFor(input.actor, input.regionCode).includes(input.level)) return { ok: false, reason: "not-allowed" };
  return db.transaction(async (tx): Promise<ChainResult> => {
    const row = await lockRegionApproval(tx, input.regionCode, input.periodId, "update");
    const refusal = chainRefusal(row.level, "unapprove", input.level);
    if (refusal) return { ok: false, reason: refusal };
    const [approval] = await tx
      .update(regionApprovals)
      .set({ level: levelBelow(input.level), [byColumn[input.level]]: null, [atColumn[input.level]]: null, updatedAt: input.now })
      .where(and(eq(regionApprovals.regionCode, input.regionCode), eq(regionApprovals.periodId, input.periodId)))
      .returning();
    await writeAudit(tx, { actorId: input.actor.telegramId, action: "approval.unapproved", subjectId: input.periodId, details: { region: input.regionCode, level: input.level, reason: input.reason } });
    return { ok: true, approval: approval! };
  });
}

/**
 * A level sends the quarter back down with a comment: the level below's approval is withdrawn (it
 * has to approve again, or return further down), and its people are told in their language. Only
 * while the level below's approval waits for this level. Audited.
 */
export async function returnRegion(db: Db, input: ChainInput & { comment: string }): Promise<ChainResult> {
  if (!approvalLevelsFor(input.actor, input.regionCode).includes(input.level)) return { ok: false, reason: "not-allowed" };
  const below = levelBelow(input.level);
  if (!below) return { ok: false, reason: "not-approved" };
  const result = await db.transaction(async (tx): Promise<ChainResult> => {
    const row = await lockRegionApproval(tx, input.regionCode, input.periodId, "update");
    const refusal = chainRefusal(row.level, "return", input.level);
    if (refusal) return { ok: false, reason: refusal };
    const [approval] = await tx
      .update(regionApprovals)
      .set({
        level: levelBelow(below),
        [byColumn[below]]: null,
        [atColumn[below]]: null,
        returnedFrom: input.level,
        returnComment: input.comment,
        returnedBy: input.actor.telegramId,
        returnedAt: input.now,
        updatedAt: input.now,
      })
      .where(and(eq(regionApprovals.regionCode, input.regionCode), eq(regionApprovals.periodId, input.periodId)))
      .returning();
    await writeAudit(tx, { actorId: input.actor.telegramId, action: "approval.returned", subjectId: input.periodId, details: { region: input.regionCode, level: input.level, to: below, comment: input.comment } });
    return { ok: true, approval: approval! };
  });
  if (result.ok) await enqueueApprovalNotice(db, { kind: "returned", level: below, regionCode: input.regionCode, periodId: input.periodId, now: input.now, comment: input.comment, from: input.level });
  return result;
}
