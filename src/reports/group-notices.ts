import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { memberships, organizations } from "../db/schema/index.js";
import { enqueueMessages } from "../delivery/outbox.js";
import type { KindergartenGroup } from "./groups.js";

export const GROUP_ARM_NOTICE_KIND = "group-arm-changed";

/**
 * Tells the kindergarten's heads, through the outbox, that the methodologist moved one of their
 * groups to the other arm of the comparison: which group, from what to what.
 */
export async function enqueueArmChangeNotice(db: Db, change: { before: KindergartenGroup; after: KindergartenGroup }): Promise<number> {
  const { before, after } = change;
  if (before.arm === after.arm) return 0;
  const [organization] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, after.organizationId));
  if (!organization) return 0;
  const heads = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, after.organizationId), eq(memberships.role, "head")));
  const at = (after.armConfirmedAt ?? new Date()).getTime();
  return enqueueMessages(
    db,
    heads.map((h) => ({
      chatId: h.userId,
      kind: GROUP_ARM_NOTICE_KIND,
      templateKey: "ux-groups-arm-changed-notice",
      params: { organization: organization.name, name: after.name, before: before.arm, after: after.arm },
      dedupKey: `${GROUP_ARM_NOTICE_KIND}:${after.id}:${at}:${h.userId}`,
      organizationId: after.organizationId,
    })),
  );
}
