import type { Db } from "../../src/db/client.js";
import { createInvitation, getParentLink, type InvitationTarget } from "../../src/registration/invitations.js";
import { findOrganizationByRegistryNo } from "../../src/registration/registry.js";
import type { TestBot } from "./test-bot.js";
import { newUser } from "./test-bot.js";
import type { TestUser } from "./updates.js";

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
