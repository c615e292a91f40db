import type { Db } from "../db/client.js";
import { auditLog } from "../db/schema/index.js";

export type AuditAction =
  | "invitation.created"
  | "invitation_batch.created"
  | "parent_link.rotated"
  | "parent_link.expiry_set"
  | "invitation.revoked"
  | "member.joined"
  | "member.left"
  | "organization.added"
  | "organization.updated"
  | "registry.imported"
  | "language.changed"
  | "group.added"
  | "group.archived"
  | "group.arm_set"
  | "period.set"
  | "tips.control_lifted"
  | "tips.control_restored"
  | "tips.order_set"
  | "tips.order_reset"
  | "activity.added"
  | "activity.edited"
  | "activity.proposed"
  | "activity.approved"
  | "activity.rejected"
  | "activity.retired"
  | "activity.unretired"
  | "activity.revision_restored"
  | "approval.approved"
  | "approval.unapproved"
  | "approval.returned"
  | "approval.due_set";

export interface AuditEntry {
  actorId: number | null;
  action: AuditAction;
  subjectId?: number | null;
  details?: Record<string, unknown>;
}

/** Many entries at once (a registry import), in chunks that keep each statement small. */
export async function writeAudits(db: Db, entries: AuditEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 1000) {
    await db.insert(auditLog).values(
      entries.slice(i, i + 1000).map((e) => ({ actorId: e.actorId, action: e.action, subjectId: e.subjectId ?? null, details: e.details ?? {} })),
    );
  }
}

export async function writeAudit(
  db: Db,
  entry: { actorId: number | null; action: AuditAction; subjectId?: number | null; details?: Record<string, unknown> },
): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    subjectId: entry.subjectId ?? null,
    details: entry.details ?? {},
  });
}
