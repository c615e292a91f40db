import { and, count, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { memberships, organizationMemberCounts, organizations, users } from "../../db/schema/index.js";
import { alignedCounts } from "../format.js";
import { organizationsOf } from "../scope.js";
import { defineSection, type AttentionFlag } from "../section.js";

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

/**
 * Heads and parents who joined each kindergarten, and how many of them the bot cannot reach
 * (`users.unreachable_at`, set when Telegram refused a message). Two queries: the counts come from
 * organization_member_counts (kept by a trigger on memberships; one row per kindergarten and role
 * instead of a million memberships); the unreachable start from the few users marked so (partial
 * index users_unreachable).
 */
export const audienceSection = defineSection<AudienceFacts, AudienceTotals>({
  key: "audience",
  async load({ db, scope }) {
    const roles = inArray(memberships.role, ["head", "parent"]);
    const their = db
      .select({ organizationId: memberships.organizationId, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.userId, users.telegramId), roles))
      .as("their");
    const [joined, unreachable] = await Promise.all([
      db
        .select({ id: organizationMemberCounts.organizationId, role: organizationMemberCounts.role, n: organizationMemberCounts.members })
        .from(organizationMemberCounts)
        .innerJoin(organizations, eq(organizations.id, organizationMemberCounts.organizationId))
        .where(and(inArray(organizationMemberCounts.role, ["head", "parent"]), organizationsOf(scope))),
      // From each unreachable user (partial index users_unreachable) to their memberships (index on
      // user_id): a nested loop over the few, never a scan of a million memberships.
      db
        .select({ id: their.organizationId, role: their.role, n: count() })
        .from(users)
        .innerJoinLateral(their, sql`true`)
        .innerJoin(organizations, eq(organizations.id, their.organizationId))
        .where(and(isNotNull(users.unreachableAt), organizationsOf(scope)))
        .groupBy(their.organizationId, their.role),
    ]);
    const result = new Map<number, AudienceFacts>();
    const of = (id: number) => result.get(id) ?? result.set(id, none()).get(id)!;
    for (const row of joined) {
      if (row.role === "head") of(row.id!).heads = Number(row.n);
      else of(row.id!).parents = Number(row.n);
    }
    for (const row of unreachable) {
      if (row.role === "head") of(row.id!).headsUnreachable = Number(row.n);
      else of(row.id!).parentsUnreachable = Number(row.n);
    }
    return result;
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
