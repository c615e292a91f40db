import { mayViewRegion, type ViewScope } from "../registration/permissions.js";

/** Regional coordinators and methodologists (their regions), national coordinators and administrators. */
export function mayDraftAnalytics(scope: ViewScope): boolean {
  return scope.national || scope.regions.length > 0;
}

/** The regions an analytics draft may cover: null region = the national draft. */
export function mayDraftFor(scope: ViewScope, regionCode: string | null): boolean {
  return regionCode === null ? scope.national : mayViewRegion(scope, regionCode);
}
