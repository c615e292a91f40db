import { mayViewRegion, type Scope } from "../../registration/permissions.js";
import type { DocumentKind } from "./analytics-document.js";

/** Regional coordinators and methodologists (their regions), national coordinators and administrators. */
export function mayDraftAnalytics(scope: Scope): boolean {
  return scope.national || scope.regions.length > 0;
}

/** The regions an analytics draft may cover: null region = the national draft. */
export function mayDraftFor(scope: Scope, regionCode: string | null): boolean {
  return regionCode === null ? scope.national : mayViewRegion(scope, regionCode);
}

/**
 * The documents offered for a scope and period (the chat, the dashboard and the CLI): the quarterly
 * information always; a region's January–November analytical report with the fourth quarter; the
 * Ministry's summary for the country.
 */
export function documentsFor(period: { quarter: number }, regionCode: string | null): DocumentKind[] {
  if (regionCode === null) return ["quarterly", "ministry"];
  return period.quarter === 4 ? ["quarterly", "final"] : ["quarterly"];
}
