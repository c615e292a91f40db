import { and, count, desc, eq, gt, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { invitations, organizations, regions } from "../db/schema/index.js";
import type { Actor } from "./actor.js";
import { writeAudit } from "./audit.js";
import { canInviteInto, invitableRegions, invitableRoles } from "./permissions.js";
import type { Role } from "./roles.js";

export const INVITATIONS_PAGE_SIZE = 5;

export interface OpenInvitation {
  id: number;
  role: Role;
  organizationName: string | null;
  region: { code: string; nameKk: string; nameRu: string } | null;
  expiresAt: Date;
  createdAt: Date;
  mine: boolean;
}

/** The invitation's region: its own (methodologists, coordinators) or its kindergarten's. */
const effectiveRegion = sql<string | null>`coalesce(${invitations.regionCode}, ${organizations.regionCode})`;

/**
 * Which personal invitations the actor may list and revoke: administrators all; anyone the ones they
 * created; and the ones they could create now (the same role in a region within their reach).
 */
function manageableWhere(actor: Actor): SQL | undefined {
  if (actor.isAdmin) return undefined;
  const clauses: SQL[] = [eq(invitations.createdBy, actor.telegramId)];
  for (const role of invitableRoles(actor).filter((r) => r !== "parent")) {
    const reach = invitableRegions(actor, role);
    if (reach === "all") clauses.push(eq(invitations.role, role));
    else if (reach.length > 0) clauses.push(and(eq(invitations.role, role), inArray(effectiveRegion, reach))!);
  }
  return or(...clauses);
}

export function mayManageInvitations(actor: Actor): boolean {
  return actor.isAdmin || invitableRoles(actor).some((r) => r !== "parent");
}

function openWhere(now: Date): SQL {
  return and(eq(invitations.multiUse, false), isNull(invitations.usedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now))!;
}

/** Personal invitations still waiting to be used that the actor manages, newest first, a page at a time. */
export async function listOpenInvitations(db: Db, actor: Actor, now: Date, page: number): Promise<{ items: OpenInvitation[]; total: number }> {
  const where = and(openWhere(now), manageableWhere(actor));
  const [{ n } = { n: 0 }] = await db
    .select({ n: count() })
    .from(invitations)
    .leftJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(where);
  const rows = await db
    .select({ invitation: invitations, organizationName: organizations.name, region: regions })
    .from(invitations)
    .leftJoin(organizations, eq(organizations.id, invitations.organizationId))
    .leftJoin(regions, eq(regions.code, effectiveRegion))
    .where(where)
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(INVITATIONS_PAGE_SIZE)
    .offset(page * INVITATIONS_PAGE_SIZE);
  return {
    total: n,
    items: rows.map((r) => ({
      id: r.invitation.id,
      role: r.invitation.role,
      organizationName: r.organizationName,
      region: r.region,
      expiresAt: r.invitation.expiresAt!,
      createdAt: r.invitation.createdAt,
      mine: r.invitation.createdBy === actor.telegramId,
    })),
  };
}

export type RevokeResult = "revoked" | "not-allowed" | "closed";

/** Revokes a personal invitation nobody has used yet (compare-and-set), if the actor manages it. */
export async function revokeInvitation(db: Db, actor: Actor, invitationId: number, now: Date): Promise<RevokeResult> {
  const [row] = await db
    .select({ invitation: invitations, region: effectiveRegion })
    .from(invitations)
    .leftJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(and(eq(invitations.id, invitationId), eq(invitations.multiUse, false)));
  if (!row) return "not-allowed";
  const inv = row.invitation;
  const allowed = actor.isAdmin || inv.createdBy === actor.telegramId || (inv.role !== "parent" && canInviteInto(actor, inv.role, row.region));
  if (!allowed) return "not-allowed";
  const done = await db
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.id, invitationId), isNull(invitations.usedAt), isNull(invitations.revokedAt)))
    .returning({ id: invitations.id });
  if (done.length === 0) return "closed";
  await writeAudit(db, { actorId: actor.telegramId, action: "invitation.revoked", details: { invitationId, role: inv.role } });
  return "revoked";
}

/** Sets (or clears) when the kindergarten's current parent link and join code stop working. */
export async function setParentLinkExpiry(db: Db, organizationId: number, expiresAt: Date | null, actorId: number | null): Promise<void> {
  await db
    .update(invitations)
    .set({ expiresAt })
    .where(and(eq(invitations.organizationId, organizationId), eq(invitations.role, "parent"), eq(invitations.multiUse, true), isNull(invitations.revokedAt)));
  await writeAudit(db, { actorId, action: "parent_link.expiry_set", details: { organizationId, expiresAt: expiresAt?.toISOString() ?? null } });
}
