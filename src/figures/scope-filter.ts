import { and, eq, inArray, or, type SQL } from "drizzle-orm";
import { organizations } from "../db/schema/index.js";
import { activeOrganization } from "../registration/active-organizations.js";
import { scopeOfPlace, type Scope } from "../registration/permissions.js";
import type { Place } from "../registration/roles.js";

/**
 * The one filter of the kindergartens a scope covers (pilot participants only), for every output
 * (/status, digests, charts, exports, the analytical report), optionally narrowed to one region.
 * An empty scope yields a condition that matches nothing, never everything.
 */
export function organizationsInScope(scope: Scope | Place, regionCode?: string): SQL {
  const view = "kind" in scope ? scopeOfPlace(scope) : scope;
  const parts: SQL[] = [activeOrganization];
  if (regionCode) parts.push(eq(organizations.regionCode, regionCode));
  if (!view.national) {
    const reach: SQL[] = [];
    if (view.regions.length > 0) reach.push(inArray(organizations.regionCode, view.regions));
    if (view.organizationIds.length > 0) reach.push(inArray(organizations.id, view.organizationIds));
    parts.push(reach.length > 0 ? or(...reach)! : eq(organizations.id, -1));
  }
  return and(...parts)!;
}
