import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { kindergartenGroups, organizations, regions } from "../db/schema/index.js";
import type { Scope } from "../registration/permissions.js";
import { organizationsInScope } from "./scope-filter.js";

export interface ScopeGroup {
  regionKk: string;
  regionRu: string;
  registryNo: number;
  organization: string;
  name: string;
  ageBand: string;
  children: number;
  arm: "experimental" | "control";
  confirmed: boolean;
}

/** The active (not archived) groups of the scope's kindergartens. */
export async function loadScopeGroups(db: Db, scope: Scope, regionCode?: string): Promise<ScopeGroup[]> {
  const rows = await db
    .select({
      regionKk: regions.nameKk,
      regionRu: regions.nameRu,
      registryNo: organizations.registryNo,
      organization: organizations.name,
      name: kindergartenGroups.name,
      ageBand: kindergartenGroups.ageBand,
      children: kindergartenGroups.childrenCount,
      arm: kindergartenGroups.arm,
      confirmedAt: kindergartenGroups.armConfirmedAt,
    })
    .from(kindergartenGroups)
    .innerJoin(organizations, eq(organizations.id, kindergartenGroups.organizationId))
    .innerJoin(regions, eq(regions.code, organizations.regionCode))
    .where(and(organizationsInScope(scope, regionCode), isNull(kindergartenGroups.archivedAt)))
    .orderBy(asc(organizations.regionCode), asc(organizations.registryNo), asc(kindergartenGroups.id));
  return rows.map(({ confirmedAt, ...r }) => ({ ...r, confirmed: confirmedAt !== null }));
}
