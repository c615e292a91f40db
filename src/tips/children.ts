import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { kindergartenGroups, memberships, organizations, parentChildren } from "../db/schema/index.js";

/** A parent's membership in a kindergarten, with the groups they said their children are in. */
export interface ParentKindergarten {
  membershipId: number;
  organizationId: number;
  organizationName: string;
  children: { id: number; groupId: number; groupName: string; arm: "experimental" | "control" }[];
}

export async function listParentKindergartens(db: Db, userId: number): Promise<ParentKindergarten[]> {
  const rows = await db
    .select({ membershipId: memberships.id, organizationId: organizations.id, organizationName: organizations.name })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.role, "parent")))
    .orderBy(asc(memberships.id));
  if (rows.length === 0) return [];
  const children = await db
    .select({ id: parentChildren.id, membershipId: parentChildren.membershipId, groupId: kindergartenGroups.id, groupName: kindergartenGroups.name, arm: kindergartenGroups.arm })
    .from(parentChildren)
    .innerJoin(kindergartenGroups, eq(kindergartenGroups.id, parentChildren.groupId))
    .where(and(inArray(parentChildren.membershipId, rows.map((r) => r.membershipId)), isNull(kindergartenGroups.archivedAt)))
    .orderBy(asc(parentChildren.id));
  return rows.map((r) => ({ ...r, children: children.filter((c) => c.membershipId === r.membershipId).map(({ membershipId: _m, ...c }) => c) }));
}

export type ChildGroupProblem = "not_parent" | "group_unavailable";

/**
 * Records that a parent has a child in `groupId`. The group must be an active group of the
 * kindergarten the membership belongs to, and the membership the user's own parent membership.
 */
export async function addChildGroup(
  db: Db,
  input: { userId: number; membershipId: number; groupId: number },
): Promise<{ ok: true; added: boolean } | { ok: false; problem: ChildGroupProblem }> {
  const [membership] = await db
    .select({ organizationId: memberships.organizationId })
    .from(memberships)
    .where(and(eq(memberships.id, input.membershipId), eq(memberships.userId, input.userId), eq(memberships.role, "parent")));
  if (!membership?.organizationId) return { ok: false, problem: "not_parent" };
  const [group] = await db
    .select({ id: kindergartenGroups.id })
    .from(kindergartenGroups)
    .where(and(eq(kindergartenGroups.id, input.groupId), eq(kindergartenGroups.organizationId, membership.organizationId), isNull(kindergartenGroups.archivedAt)));
  if (!group) return { ok: false, problem: "group_unavailable" };
  const inserted = await db
    .insert(parentChildren)
    .values({ membershipId: input.membershipId, userId: input.userId, groupId: input.groupId })
    .onConflictDoNothing()
    .returning({ id: parentChildren.id });
  return { ok: true, added: inserted.length > 0 };
}

/** Removes one of the user's own child entries; false when it is not theirs (or gone). */
export async function removeChildGroup(db: Db, input: { userId: number; childId: number }): Promise<boolean> {
  const removed = await db
    .delete(parentChildren)
    .where(and(eq(parentChildren.id, input.childId), eq(parentChildren.userId, input.userId)))
    .returning({ id: parentChildren.id });
  return removed.length > 0;
}
