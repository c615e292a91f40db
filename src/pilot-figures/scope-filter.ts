import { and, eq, inArray, or, type SQL } from "drizzle-orm";
import { organizations } from "../db/schema/index.js";
import { activeOrganization } from "../registration/active-organizations.js";
import type { ViewScope } from "../registration/permissions.js";
import type { Scope } from "../registration/roles.js";

/** One scope (a membership's, a digest's) as what it lets one see. */
export function viewOf(scope: Scope): ViewScope {
  switch (scope.kind) {
    case "national":
      return { national: true, regions: [], organizationIds: [] };
    case "region":
      return { national: false, regions: [scope.regionCode], organizationIds: [] };
    case "organization":
      return { national: false, regions: [], organizationIds: [scope.organizationId] };
  }
}

/**
 * The one filter of the kindergartens a scope covers (pilot participants only), for every output
 * (/status, digests, charts, exports, the analytical report), optionally narrowed to one region.
 * An empty scope yields a condition that matches nothing, never everything.
 */
export function organizationsInScope(scope: ViewScope | Scope, regionCode?: string): SQL {
  const view = "kind" in scope ? viewOf(scope) : scope;
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
