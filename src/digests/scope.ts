import { and, eq, type SQL } from "drizzle-orm";
import { organizations } from "../db/schema/index.js";
import type { Scope } from "../registration/roles.js";

/**
 * The kindergartens a digest scope covers, as a condition on `organizations`: the pilot's
 * kindergartens of the country or a region, or the one kindergarten.
 */
export function organizationsOf(scope: Scope): SQL {
  switch (scope.kind) {
    case "national":
      return eq(organizations.inPilot, true);
    case "region":
      return and(eq(organizations.inPilot, true), eq(organizations.regionCode, scope.regionCode))!;
    case "organization":
      return eq(organizations.id, scope.organizationId);
  }
}

export function scopeKey(scope: Scope): string {
  return scope.kind === "national" ? "national" : scope.kind === "region" ? `region:${scope.regionCode}` : `org:${scope.organizationId}`;
}
