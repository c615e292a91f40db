import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { invitations, memberships, organizations, regions, users } from "../db/schema/index.js";
import { DAY_MS } from "../shared/clock.js";
import { writeAudit } from "./audit.js";
import type { MembershipView } from "./actor.js";
import { scopeKey, type Role, type Place } from "./roles.js";
import { newInvitationToken, newJoinCode } from "./tokens.js";

export type Invitation = typeof invitations.$inferSelect;

export type InvitationTarget =
  | { role: "head" | "parent"; organizationId: number }
  | { role: "methodologist"; regionCode: string }
  | { role: "coordinator"; regionCode: string | null }
  | { role: "regional_admin"; regionCode: string };

/** Creates a personal, single-use invitation that expires after `ttlDays`. */
export async function createInvitation(
  db: Db,
  input: { target: InvitationTarget; createdBy: number | null; ttlDays: number; now: Date },
): Promise<Invitation> {
  const t = input.target;
  const [row] = await db
    .insert(invitations)
    .values({
      token: newInvitationToken(),
      role: t.role,
      organizationId: "organizationId" in t ? t.organizationId : null,
      regionCode: "regionCode" in t ? t.regionCode : null,
      multiUse: false,
      expiresAt: new Date(input.now.getTime() + input.ttlDays * DAY_MS),
      createdBy: input.createdBy,
    })
    .returning();
  await writeAudit(db, {
    actorId: input.createdBy,
    action: "invitation.created",
    details: { invitationId: row!.id, role: t.role, organizationId: row!.organizationId, regionCode: row!.regionCode },
  });
  return row!;
}

function activeParentLinkWhere(organizationId: number) {
  return and(
    eq(invitations.organizationId, organizationId),
    eq(invitations.role, "parent"),
    eq(invitations.multiUse, true),
    isNull(invitations.revokedAt),
  );
}

/** The kindergarten's current parent link, created on first use. */
export async function getParentLink(db: Db, organizationId: number): Promise<Invitation> {
  const [existing] = await db.select().from(invitations).where(activeParentLinkWhere(organizationId)).limit(1);
  if (existing) return existing;
  return db.transaction(async (tx) => {
    // Serialise creation per organisation so two heads asking at once get the same link.
    await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId)).for("update");
    const [again] = await tx.select().from(invitations).where(activeParentLinkWhere(organizationId)).limit(1);
    if (again) return again;
    const [row] = await tx
      .insert(invitations)
      .values({ token: newInvitationToken(), joinCode: newJoinCode(), role: "parent", organizationId, multiUse: true })
      .returning();
    return row!;
  });
}

/** Revokes the current parent link and join code and issues new ones. */
export async function rotateParentLink(db: Db, organizationId: number, actorId: number | null, now: Date): Promise<Invitation> {
  const fresh = await db.transaction(async (tx) => {
    await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId)).for("update");
    await tx.update(invitations).set({ revokedAt: now }).where(activeParentLinkWhere(organizationId));
    const [row] = await tx
      .insert(invitations)
      .values({ token: newInvitationToken(), joinCode: newJoinCode(), role: "parent", organizationId, multiUse: true })
      .returning();
    return row!;
  });
  await writeAudit(db, { actorId, action: "parent_link.rotated", details: { organizationId } });
  return fresh;
}

/** `own`: the person who created a personal invitation cannot use it themselves. */
export type InvitationProblem = "unknown" | "expired" | "used" | "revoked" | "own";

/**
 * Why an invitation cannot be used. `personal` is true only for a personal invitation that exists:
 * its holder deserves the reason; for anything else (unknown token, parent links and join codes) the
 * bot gives one reply, so that guessing learns nothing about which codes exist or existed.
 */
export type InvitationRefusal = { ok: false; problem: InvitationProblem; personal: boolean };

export interface InvitationOffer {
  invitation: Invitation;
  organization: { id: number; name: string; registryNo: number } | null;
  region: { code: string; nameKk: string; nameRu: string } | null;
}

/** Finds an invitation by deep-link token or join code and says whether `userId` can still use it. */
export async function findUsableInvitation(
  db: Db,
  key: { token: string } | { joinCode: string },
  now: Date,
  userId?: number,
): Promise<{ ok: true; offer: InvitationOffer } | InvitationRefusal> {
  const [row] = await db
    .select({ invitation: invitations, organization: organizations, region: regions })
    .from(invitations)
    .leftJoin(organizations, eq(organizations.id, invitations.organizationId))
    .leftJoin(regions, eq(regions.code, sql`coalesce(${invitations.regionCode}, ${organizations.regionCode})`))
    .where("token" in key ? eq(invitations.token, key.token) : eq(invitations.joinCode, key.joinCode))
    .limit(1);
  if (!row) return { ok: false, problem: "unknown", personal: false };
  const inv = row.invitation;
  const personal = !inv.multiUse;
  if (inv.revokedAt) return { ok: false, problem: "revoked", personal };
  if (!inv.multiUse && inv.usedAt) return { ok: false, problem: "used", personal };
  if (inv.expiresAt && inv.expiresAt.getTime() <= now.getTime()) return { ok: false, problem: "expired", personal };
  // A methodologist cannot make themselves a head (and then review their own report) with their own link.
  if (userId !== undefined && inv.createdBy !== null && inv.createdBy === userId) return { ok: false, problem: "own", personal };
  const region = row.region;
  return {
    ok: true,
    offer: {
      invitation: inv,
      organization: row.organization
        ? { id: row.organization.id, name: row.organization.name, registryNo: row.organization.registryNo }
        : null,
      region: region ?? null,
    },
  };
}

export function invitationScope(inv: Invitation): Place {
  if (inv.organizationId !== null) return { kind: "organization", organizationId: inv.organizationId };
  if (inv.regionCode !== null) return { kind: "region", regionCode: inv.regionCode };
  return { kind: "national" };
}

export type AcceptResult =
  | { ok: true; role: Role; scopeKey: string; alreadyMember: boolean; membership: MembershipView }
  | InvitationRefusal;

/** Thrown inside the transaction to roll the new membership back when the invitation was claimed meanwhile. */
class InvitationClaimedMeanwhile extends Error {}

/**
 * Binds the user to the invitation's role and scope. A single-use invitation is claimed with a
 * compare-and-set, so two people pressing "confirm" at once cannot both use it. Parents give consent
 * here: only now are their name and username stored.
 */
export async function acceptInvitation(
  db: Db,
  input: { token: string; user: { telegramId: number; firstName?: string; username?: string }; now: Date },
): Promise<AcceptResult> {
  try {
    return await db.transaction(async (tx) => {
      const found = await findUsableInvitation(tx, { token: input.token }, input.now, input.user.telegramId);
      if (!found.ok) return found;
      const { invitation: inv, organization, region } = found.offer;
      const key = scopeKey(invitationScope(inv));
      const [inserted] = await tx
        .insert(memberships)
        .values({
          userId: input.user.telegramId,
          role: inv.role,
          organizationId: inv.organizationId,
          regionCode: inv.regionCode,
          scopeKey: key,
          invitationId: inv.id,
        })
        .onConflictDoNothing()
        .returning({ id: memberships.id });
      const view = (id: number): MembershipView => ({
        id,
        role: inv.role,
        scopeKey: key,
        organization: organization && region ? { ...organization, regionCode: region.code } : null,
        region,
      });
      // Already a member in this role and scope: nothing changes, the invitation stays unused.
      if (!inserted) return { ok: true, role: inv.role, scopeKey: key, alreadyMember: true, membership: view(0) };
      if (!inv.multiUse) {
        const claimed = await tx
          .update(invitations)
          .set({ usedAt: input.now, usedBy: input.user.telegramId })
          .where(and(eq(invitations.id, inv.id), isNull(invitations.usedAt), isNull(invitations.revokedAt)))
          .returning({ id: invitations.id });
        if (claimed.length === 0) throw new InvitationClaimedMeanwhile();
      }
      await tx
        .update(users)
        .set({
          firstName: input.user.firstName ?? null,
          username: input.user.username ?? null,
          consentAt: sql`coalesce(${users.consentAt}, ${input.now.toISOString()}::timestamptz)`,
        })
        .where(eq(users.telegramId, input.user.telegramId));
      await writeAudit(tx, {
        actorId: input.user.telegramId,
        action: "member.joined",
        subjectId: input.user.telegramId,
        details: { role: inv.role, scope: key, invitationId: inv.id, invitedBy: inv.createdBy },
      });
      return { ok: true, role: inv.role, scopeKey: key, alreadyMember: false, membership: view(inserted.id) };
    });
  } catch (error) {
    if (error instanceof InvitationClaimedMeanwhile) return { ok: false, problem: "used", personal: true };
    throw error;
  }
}

export function deepLink(botUsername: string, token: string): string {
  return `https://t.me/${botUsername}?start=${token}`;
}
