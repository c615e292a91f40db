import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { memberships, organizations, regions } from "../db/schema/index.js";
import type { Role } from "./roles.js";

export interface MembershipView {
  id: number;
  role: Role;
  /** `org:12`, `region:aktobe` or `national`; with the role, unique per user. */
  scopeKey: string;
  organization: { id: number; registryNo: number; name: string; regionCode: string } | null;
  /** The membership's region: its own for methodologists/coordinators, the organisation's for heads/parents. */
  region: { code: string; nameKk: string; nameRu: string } | null;
}

/** Who is acting: a Telegram user, their memberships, and whether ADMIN_IDS lists them. */
export interface Actor {
  telegramId: number;
  isAdmin: boolean;
  memberships: MembershipView[];
}

/** The columns of a membership view; joined by `loadMemberships` and by the per-update read of the user. */
export const membershipColumns = {
  id: memberships.id,
  role: memberships.role,
  scopeKey: memberships.scopeKey,
  orgId: organizations.id,
  orgRegistryNo: organizations.registryNo,
  orgName: organizations.name,
  orgRegion: organizations.regionCode,
  regionCode: regions.code,
  regionKk: regions.nameKk,
  regionRu: regions.nameRu,
};

type MembershipRow = { [K in keyof typeof membershipColumns]: (typeof membershipColumns)[K]["_"]["data"] | null };

/** A head's or parent's region is their organisation's. */
export const membershipRegionJoin = eq(regions.code, sql`coalesce(${memberships.regionCode}, ${organizations.regionCode})`);

export function membershipView(r: MembershipRow): MembershipView {
  return {
    id: r.id!,
    role: r.role!,
    scopeKey: r.scopeKey!,
    organization:
      r.orgId !== null ? { id: r.orgId, registryNo: r.orgRegistryNo!, name: r.orgName!, regionCode: r.orgRegion! } : null,
    region: r.regionCode ? { code: r.regionCode, nameKk: r.regionKk!, nameRu: r.regionRu! } : null,
  };
}

export async function loadMemberships(db: Db, userId: number): Promise<MembershipView[]> {
  const rows = await db
    .select(membershipColumns)
    .from(memberships)
    .leftJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(regions, membershipRegionJoin)
    .where(eq(memberships.userId, userId))
    .orderBy(memberships.id);
  return rows.map(membershipView);
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.memberships.some((m) => m.role === role);
}

export function isMember(actor: Actor): boolean {
  return actor.isAdmin || actor.memberships.length > 0;
}
