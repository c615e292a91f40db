import { randomInt } from "node:crypto";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { invitationBatches, deliveryChats, auditLog, conversationStates, invitations, joinAttempts, memberships, outbox, users } from "../db/schema/index.js";
import { personalDataRegistry } from "./personal-data-registry.js";
import { writeAudit } from "./audit.js";

/**
 * A stand-in for an erased person's Telegram id in what is kept for the record. Random for each
 * erasure and stored nowhere else, so it cannot be traced back (unlike a hash of the id, which anyone
 * holding the id could recompute). Negative, so it never equals a real Telegram user id; one value
 * per erasure keeps "the same head submitted versions 1 and 2" readable without saying who.
 */
export function newPseudonym(): number {
  return -randomInt(1, 2 ** 47);
}

/**
 * `/leave` of everything: erases the person. Deleted: the user row (name, username, consent,
 * language), memberships, conversation state, failed join attempts, pending messages to them
 * (cancelled), and what each feature of `personalDataRegistry` erases — report sessions, their own
 * words and files: comments and photos after weekly activities, comments on events, unanswered
 * requests to share their best practice (README, "Personal data", has the table of what stays and
 * why). Kept for the record, with the id replaced by a pseudonym: report versions they submitted,
 * reviews they made, invitations they issued or used, groups they added, audit entries, and the
 * delivery ledger of what was sent to them (without its parameters).
 */
export async function erasePerson(db: Db, telegramId: number, now: Date): Promise<{ removedRoles: string[]; pseudonym: number }> {
  const pseudonym = newPseudonym();
  return db.transaction(async (tx) => {
    const removed = await tx.delete(memberships).where(eq(memberships.userId, telegramId)).returning();
    for (const feature of personalDataRegistry) await feature.erase(tx, { telegramId, pseudonym, now });
    // Personal invitations they issued and nobody used yet stop working: the inviter is gone.
    await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(and(eq(invitations.createdBy, telegramId), eq(invitations.multiUse, false), isNull(invitations.usedAt), isNull(invitations.revokedAt)));
    await tx.update(invitations).set({ createdBy: pseudonym }).where(eq(invitations.createdBy, telegramId));
    await tx.update(invitationBatches).set({ createdBy: pseudonym }).where(eq(invitationBatches.createdBy, telegramId));
    await tx.update(invitations).set({ usedBy: pseudonym }).where(eq(invitations.usedBy, telegramId));
    await tx.delete(joinAttempts).where(eq(joinAttempts.telegramId, telegramId));
    await tx.update(auditLog).set({ actorId: pseudonym }).where(eq(auditLog.actorId, telegramId));
    await tx.update(auditLog).set({ subjectId: pseudonym }).where(eq(auditLog.subjectId, telegramId));
    await tx
      .update(auditLog)
      .set({ details: sql`jsonb_set(${auditLog.details}, '{invitedBy}', to_jsonb(${pseudonym}::bigint))` })
      .where(sql`${auditLog.details}->>'invitedBy' = ${String(telegramId)}`);
    // Nothing more is sent to them: pending rows (and leased ones not yet sent) are cancelled.
    await tx
      .update(outbox)
      .set({ status: "cancelled", lastError: "recipient left", leaseUntil: null, updatedAt: now })
      .where(and(eq(outbox.chatId, telegramId), inArray(outbox.status, ["pending", "sending"])));
    await tx.update(outbox).set({ chatId: pseudonym, dedupKey: null, params: {}, buttons: null, attachment: null }).where(eq(outbox.chatId, telegramId));
    await tx.delete(deliveryChats).where(eq(deliveryChats.chatId, telegramId)); // the sender's per-chat pace
    await tx.delete(conversationStates).where(eq(conversationStates.key, `user:${telegramId}`));
    await tx.delete(users).where(eq(users.telegramId, telegramId));
    await writeAudit(tx, {
      actorId: pseudonym,
      action: "member.left",
      subjectId: pseudonym,
      details: { erased: true, memberships: removed.map((m) => ({ role: m.role, scope: m.scopeKey })) },
    });
    return { removedRoles: removed.map((m) => m.role), pseudonym };
  });
}

export type LeaveOneResult = { kind: "left"; role: string; scopeKey: string } | { kind: "erased" } | { kind: "not-found" };

/**
 * Leaves one membership (a parent of two kindergartens leaves one). A head's place in that
 * kindergarten's report ends with it. Leaving the last membership erases the person: nothing they
 * gave is needed any more.
 */
export async function leaveMembership(db: Db, telegramId: number, membershipId: number, now: Date): Promise<LeaveOneResult> {
  const left = await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(memberships)
      .where(and(eq(memberships.id, membershipId), eq(memberships.userId, telegramId)))
      .returning();
    if (!removed) return null;
    for (const feature of personalDataRegistry) await feature.leave?.(tx, telegramId, removed);
    await writeAudit(tx, { actorId: telegramId, action: "member.left", subjectId: telegramId, details: { memberships: [{ role: removed.role, scope: removed.scopeKey }] } });
    const [rest] = await tx.select({ id: memberships.id }).from(memberships).where(eq(memberships.userId, telegramId)).limit(1);
    return { removed, last: !rest };
  });
  if (!left) return { kind: "not-found" };
  if (left.last) {
    await erasePerson(db, telegramId, now);
    return { kind: "erased" };
  }
  return { kind: "left", role: left.removed.role, scopeKey: left.removed.scopeKey };
}
