import { inArray } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { organizations, regions } from "../db/schema/index.js";
import type { Scope } from "../registration/permissions.js";
import type { Language } from "../registration/roles.js";
import { textsFor } from "../shared/locale-text.js";

/** How a scope is named in captions and titles: the country, its regions, or its kindergartens. */
export async function scopeLabel(db: Db, scope: Scope, language: Language, regionCode?: string): Promise<string> {
  const name = (r: { nameKk: string; nameRu: string }) => (language === "kk" ? r.nameKk : r.nameRu);
  if (regionCode) {
    const [region] = await db.select().from(regions).where(inArray(regions.code, [regionCode]));
    return region ? name(region) : regionCode;
  }
  if (scope.national) return textsFor(language)("chart-scope-national");
  const parts: string[] = [];
  if (scope.regions.length > 0) parts.push(...(await db.select().from(regions).where(inArray(regions.code, scope.regions))).map(name));
  const ownOrganizations = scope.organizationIds.length > 0 ? await db.select({ name: organizations.name, regionCode: organizations.regionCode }).from(organizations).where(inArray(organizations.id, scope.organizationIds)) : [];
  parts.push(...ownOrganizations.filter((o) => !scope.regions.includes(o.regionCode)).map((o) => o.name));
  return parts.join("; ");
}
