import type { Db } from "../../src/db/client.js";
import { memberships } from "../../src/db/schema/index.js";
import { createInvitation, getParentLink, type InvitationTarget } from "../../src/registration/invitations.js";
import { findOrganizationByRegistryNo } from "../../src/registration/registry.js";
import { addUser } from "../../testing/delivery.js";
import type { TestBot } from "../../testing/test-bot.js";
import { newUser } from "../../testing/test-bot.js";
import type { TestUser } from "../../testing/updates.js";

export async function orgByRegistryNo(db: Db, registryNo: number) {
  const org = await findOrganizationByRegistryNo(db, registryNo);
  if (!org) throw new Error(`no organisation ${registryNo}`);
  return org;
}

export async function inviteToken(db: Db, target: InvitationTarget, now = new Date("2026-11-22T06:00:00Z"), ttlDays = 14) {
  return (await createInvitation(db, { target, createdBy: null, ttlDays, now })).token;
}

/** A user who went through the real join flow for `target` in `language`. */
export async function joinedUser(t: TestBot, db: Db, target: InvitationTarget, language: "kk" | "ru" = "ru", user: TestUser = newUser()) {
  const token = target.role === "parent" ? (await getParentLink(db, target.organizationId)).token : await inviteToken(db, target, t.now);
  await t.meet(user, language);
  const offer = await t.send(user, `/start ${token}`);
  const done = await t.press(user, offer.buttons[0]!.data);
  if (!/Готово|Дайын/.test(done.text)) throw new Error(`join failed: ${done.text}`);
  return user;
}

/**
 * A user in `language` holding one role, written straight into the database (no join flow): a
 * kindergarten's (`organizationId`), a region's (`regionCode`), or a national one (neither).
 */
export async function addMember(
  db: Db,
  userId: number,
  role: (typeof memberships.$inferInsert)["role"],
  scope: { organizationId?: number; regionCode?: string | null },
  language: "kk" | "ru" = "ru",
): Promise<void> {
  const organizationId = scope.organizationId ?? null;
  const regionCode = scope.regionCode ?? null;
  await addUser(db, userId, language);
  await db.insert(memberships).values({ userId, role, organizationId, regionCode, scopeKey: organizationId ? `org:${organizationId}` : regionCode ? `region:${regionCode}` : "national" });
}
