import { and, eq, inArray, sql } from "drizzle-orm";
import { organizationMemberCounts, organizations } from "../../../db/schema/index.js";
import { alignedCounts } from "../format.js";
import { organizationsInScope } from "../../../figures/scope-filter.js";
import { defineSection, rowsOf, type AttentionFlag, type DigestQuery } from "../section.js";

export interface AudienceFacts {
  heads: number;
  headsUnreachable: number;
  parents: number;
  parentsUnreachable: number;
}

export interface AudienceTotals extends AudienceFacts {
  withoutHead: number;
  withUnreachableHead: number;
}

const none = (): AudienceFacts => ({ heads: 0, headsUnreachable: 0, parents: 0, parentsUnreachable: 0 });

/** Per kindergarten of the scope: heads (h), unreachable heads (hu), parents (p), unreachable parents (pu). */
const counted = ({ scope }: DigestQuery) => sql`
  ${organizations} left join (
    select c.organization_id,
      coalesce(sum(c.members) filter (where c.role = 'head'), 0) as h, coalesce(sum(c.unreachable) filter (where c.role = 'head'), 0) as hu,
      coalesce(sum(c.members) filter (where c.role = 'parent'), 0) as p, coalesce(sum(c.unreachable) filter (where c.role = 'parent'), 0) as pu
    from ${organizationMemberCounts} c group by c.organization_id
  ) m on m.organization_id = ${organizations.id}
  where ${organizationsInScope(scope)}`;

/**
 * Heads and parents who joined each kindergarten, and how many of them the bot cannot reach
 * (`users.unreachable_at`, set when Telegram refused a message). One query on
 * organization_member_counts (a row per kindergarten and role, kept exact by triggers on
 * memberships and users) instead of a million memberships joined to their users.
 */
export const audienceSection = defineSection<AudienceFacts, AudienceTotals>({
  key: "audience",
  async load({ db, scope }) {
    const rows = await db
      .select({
        id: organizationMemberCounts.organizationId,
        role: organizationMemberCounts.role,
        members: organizationMemberCounts.members,
        unreachable: organizationMemberCounts.unreachable,
      })
      .from(organizationMemberCounts)
      .innerJoin(organizations, eq(organizations.id, organizationMemberCounts.organizationId))
      .where(and(inArray(organizationMemberCounts.role, ["head", "parent"]), organizationsInScope(scope)));
    const result = new Map<number, AudienceFacts>();
    for (const row of rows) {
      const facts = result.get(row.id) ?? result.set(row.id, none()).get(row.id)!;
      if (row.role === "head") {
        facts.heads = row.members;
        facts.headsUnreachable = row.unreachable;
      } else {
        facts.parents = row.members;
        facts.parentsUnreachable = row.unreachable;
      }
    }
    return result;
  },
  async loadByRegion(query) {
    const result = await query.db.execute(sql`
      select ${organizations.regionCode} as region,
        coalesce(sum(m.h), 0)::int as heads, coalesce(sum(m.hu), 0)::int as heads_unreachable,
        coalesce(sum(m.p), 0)::int as parents, coalesce(sum(m.pu), 0)::int as parents_unreachable,
        count(*) filter (where coalesce(m.h, 0) = 0)::int as without_head,
        count(*) filter (where coalesce(m.hu, 0) > 0)::int as with_unreachable_head
      from ${counted(query)}
      group by 1`);
    const totals = new Map<string, AudienceTotals>();
    for (const r of rowsOf<Record<string, number | string>>(result)) {
      const n = (k: string) => Number(r[k]);
      totals.set(String(r.region), {
        heads: n("heads"), headsUnreachable: n("heads_unreachable"), parents: n("parents"), parentsUnreachable: n("parents_unreachable"),
        withoutHead: n("without_head"), withUnreachableHead: n("with_unreachable_head"),
      });
    }
    return totals;
  },
  merge(total, other) {
    for (const key of Object.keys(total) as (keyof AudienceTotals)[]) total[key] += other[key];
  },
  attentionSql({ scope }) {
    // Only heads matter here: one counts row per kindergarten (primary key organization, role).
    return sql`
      select ${organizations.id} as organization_id, case when coalesce(h.members, 0) = 0 then 'no-head' else 'heads-unreachable' end as flag
      from ${organizations} left join ${organizationMemberCounts} h on h.organization_id = ${organizations.id} and h.role = 'head'
      where ${organizationsInScope(scope)} and (coalesce(h.members, 0) = 0 or h.unreachable > 0)`;
  },
  empty: () => ({ ...none(), withoutHead: 0, withUnreachableHead: 0 }),
  add(total, facts) {
    const f = facts ?? none();
    total.heads += f.heads;
    total.headsUnreachable += f.headsUnreachable;
    total.parents += f.parents;
    total.parentsUnreachable += f.parentsUnreachable;
    if (f.heads === 0) total.withoutHead += 1;
    if (f.headsUnreachable > 0) total.withUnreachableHead += 1;
  },
  attention(facts) {
    const flags: AttentionFlag[] = [];
    if (!facts || facts.heads === 0) flags.push("no-head");
    else if (facts.headsUnreachable > 0) flags.push("heads-unreachable");
    return flags;
  },
  render(total, { t }, level) {
    const [heads, headsUnreachable, parents, reachable] = alignedCounts([
      total.heads,
      total.headsUnreachable,
      total.parents,
      total.parents - total.parentsUnreachable,
    ]);
    const lines = [t("status-people-title"), t("status-people-heads", { n: heads!, count: total.heads })];
    if (total.headsUnreachable > 0) lines.push(t("status-people-heads-unreachable", { n: headsUnreachable!, count: total.headsUnreachable }));
    if (level !== "organization" && total.withoutHead > 0) lines.push(t("status-people-without-head", { count: total.withoutHead }));
    lines.push(
      t("status-people-parents", { n: parents!, count: total.parents }),
      t("status-people-parents-reachable", { n: reachable!, count: total.parents - total.parentsUnreachable }),
    );
    return lines;
  },
});
