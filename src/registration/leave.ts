import { eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { memberships, users } from "../db/schema/index.js";
import { writeAudit } from "./audit.js";

/**
 * Removes every membership and the user's personal data (the user row: name, username, consent,
 * language). The audit log keeps the fact and the roles held, not the name.
 */
export async function leaveBot(db: Db, telegramId: number): Promise<{ removedRoles: string[] }> {
  return db.transaction(async (tx) => {
    const removed = await tx.delete(memberships).where(eq(memberships.userId, telegramId)).returning();
    await tx.delete(users).where(eq(users.telegramId, telegramId));
    await writeAudit(tx, {
      actorId: telegramId,
      action: "member.left",
      subjectId: telegramId,
      details: { memberships: removed.map((m) => ({ role: m.role, scope: m.scopeKey })) },
    });
    return { removedRoles: removed.map((m) => m.role) };
  });
}
