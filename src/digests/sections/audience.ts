import { and, eq, inArray } from "drizzle-orm";
import { organizationMemberCounts, organizations } from "../../db/schema/index.js";
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
      .where(and(inArray(organizationMemberCounts.role, ["head", "parent"]), organizationsOf(scope)));
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
