import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { executedRows } from "../delivery/enqueue-select.js";
import { scopeRegion } from "./organizers.js";

export interface AudienceFilter {
  /** `national` or `region:<code>` (or `org:<id>` for a head's own kindergarten). */
  scopeKey: string;
  /** Null → every kindergarten of the scope. */
  organizationIds: number[] | null;
  roles: ("head" | "parent" | "methodologist" | "coordinator")[];
}

/**
 * People of the given roles within a scope, one row per person (`chat_id`, `organization_id`,
 * `region_code`, `as_parent`): a head of two kindergartens, or a head who is also a parent, is
 * counted and told once (as a head, at the lowest organisation id). Methodologists and
 * coordinators are matched by region. A set-based query: it feeds INSERT … SELECT directly.
 */
export function audienceQuery(filter: AudienceFilter): SQL {
  const region = scopeRegion(filter.scopeKey);
  const org = filter.scopeKey.startsWith("org:") ? Number(filter.scopeKey.slice(4)) : null;
  const orgRoles = filter.roles.filter((r) => r === "head" || r === "parent");
  const regionRoles = filter.roles.filter((r) => r === "methodologist" || r === "coordinator");
  const ids = filter.organizationIds;
  const parts: SQL[] = [];
  if (orgRoles.length > 0) {
    parts.push(sql`
      SELECT m.user_id AS chat_id, m.organization_id, o.region_code, (m.role = 'parent') AS as_parent
      FROM memberships m JOIN organizations o ON o.id = m.organization_id
      WHERE m.role IN (${sql.join(orgRoles.map((r) => sql`${r}::role`), sql`, `)})
        ${region ? sql`AND o.region_code = ${region}` : sql``}
        ${org !== null ? sql`AND o.id = ${org}` : sql``}
        ${ids ? sql`AND o.id IN (${ids.length ? sql.join(ids.map((i) => sql`${i}`), sql`, `) : sql`NULL`})` : sql``}`);
  }
  if (regionRoles.length > 0 && org === null) {
    parts.push(sql`
      SELECT m.user_id AS chat_id, NULL::int AS organization_id, m.region_code, false AS as_parent
      FROM memberships m
      WHERE m.role IN (${sql.join(regionRoles.map((r) => sql`${r}::role`), sql`, `)})
        ${region ? sql`AND m.region_code = ${region}` : sql``}`);
  }
  if (parts.length === 0) return sql`SELECT NULL::bigint AS chat_id, NULL::int AS organization_id, NULL::text AS region_code, false AS as_parent WHERE false`;
  return sql`SELECT DISTINCT ON (a.chat_id) a.chat_id, a.organization_id, a.region_code, a.as_parent
    FROM (${sql.join(parts, sql` UNION ALL `)}) a
    ORDER BY a.chat_id, a.as_parent, a.organization_id NULLS LAST`;
}

export async function countAudience(db: Db, filter: AudienceFilter): Promise<number> {
  const result = await db.execute(sql`SELECT count(*)::int AS n FROM (${audienceQuery(filter)}) a`);
  return Number(executedRows<{ n: number }>(result)[0]?.n ?? 0);
}
