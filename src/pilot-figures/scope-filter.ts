import { and, eq, inArray, or, type SQL } from "drizzle-orm";
import { organizations } from "../db/schema/index.js";
import type { ViewScope } from "../registration/permissions.js";

/**
 * The organisations a scope may see (pilot participants only), optionally narrowed to one region.
 * An empty scope yields a condition that matches nothing, never everything.
 */
export function organizationsInScope(scope: ViewScope, regionCode?: string): SQL {
  const parts: SQL[] = [eq(organizations.inPilot, true)];
  if (regionCode) parts.push(eq(organizations.regionCode, regionCode));
  if (!scope.national) {
    const reach: SQL[] = [];
    if (scope.regions.length > 0) reach.push(inArray(organizations.regionCode, scope.regions));
    if (scope.organizationIds.length > 0) reach.push(inArray(organizations.id, scope.organizationIds));
    parts.push(reach.length > 0 ? or(...reach)! : eq(organizations.id, -1));
  }
  return and(...parts)!;
}
