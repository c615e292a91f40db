import { and, count, eq, isNull, sum } from "drizzle-orm";
import { kindergartenGroups, organizations } from "../../../db/schema/index.js";
import { alignedCounts } from "../format.js";
import { organizationsInScope } from "../../../figures/scope-filter.js";
import { defineSection } from "../section.js";

export interface ArmFigures {
  groups: number;
  children: number;
}
export interface GroupFacts {
  experimental: ArmFigures;
  control: ArmFigures;
}

const none = (): GroupFacts => ({ experimental: { groups: 0, children: 0 }, control: { groups: 0, children: 0 } });

/** Groups taking part (not archived), by arm, with their children. */
export const groupsSection = defineSection<GroupFacts, GroupFacts>({
  key: "groups",
  chatOnly: true,
  async load({ db, scope }) {
    const rows = await db
      .select({ id: kindergartenGroups.organizationId, arm: kindergartenGroups.arm, groups: count(), children: sum(kindergartenGroups.childrenCount) })
      .from(kindergartenGroups)
      .innerJoin(organizations, eq(organizations.id, kindergartenGroups.organizationId))
      .where(and(isNull(kindergartenGroups.archivedAt), organizationsInScope(scope)))
      .groupBy(kindergartenGroups.organizationId, kindergartenGroups.arm);
    const result = new Map<number, GroupFacts>();
    for (const row of rows) {
      const facts = result.get(row.id) ?? result.set(row.id, none()).get(row.id)!;
      facts[row.arm] = { groups: Number(row.groups), children: Number(row.children ?? 0) };
    }
    return result;
  },
  async loadByRegion({ db, scope }) {
    const rows = await db
      .select({ region: organizations.regionCode, arm: kindergartenGroups.arm, groups: count(), children: sum(kindergartenGroups.childrenCount) })
      .from(kindergartenGroups)
      .innerJoin(organizations, eq(organizations.id, kindergartenGroups.organizationId))
      .where(and(isNull(kindergartenGroups.archivedAt), organizationsInScope(scope)))
      .groupBy(organizations.regionCode, kindergartenGroups.arm);
    const result = new Map<string, GroupFacts>();
    for (const row of rows) {
      const facts = result.get(row.region) ?? result.set(row.region, none()).get(row.region)!;
      facts[row.arm] = { groups: Number(row.groups), children: Number(row.children ?? 0) };
    }
    return result;
  },
  merge(total, other) {
    for (const arm of ["experimental", "control"] as const) {
      total[arm].groups += other[arm].groups;
      total[arm].children += other[arm].children;
    }
  },
  empty: none,
  add(total, facts) {
    if (!facts) return;
    for (const arm of ["experimental", "control"] as const) {
      total[arm].groups += facts[arm].groups;
      total[arm].children += facts[arm].children;
    }
  },
  render(total, { t }) {
    const [eg, cg] = alignedCounts([total.experimental.groups, total.control.groups]);
    const [ec, cc] = alignedCounts([total.experimental.children, total.control.children]);
    return [
      t("status-groups-title"),
      t("status-groups-experimental", { groups: eg!, children: ec!, groupCount: total.experimental.groups, childCount: total.experimental.children }),
      t("status-groups-control", { groups: cg!, children: cc!, groupCount: total.control.groups, childCount: total.control.children }),
    ];
  },
});
