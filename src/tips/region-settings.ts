import { eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { regionTipSettings } from "../db/schema/index.js";
import { writeAudit } from "../registration/audit.js";

/**
 * At the end of the pilot a methodologist may let control-group parents of their region receive
 * the activities too (during the pilot they must not: the comparison depends on it). Audited.
 */
export async function setControlLifted(db: Db, input: { regionCode: string; lifted: boolean; by: number; now: Date }): Promise<void> {
  const controlLiftedAt = input.lifted ? input.now : null;
  await db
    .insert(regionTipSettings)
    .values({ regionCode: input.regionCode, controlLiftedAt, updatedBy: input.by, updatedAt: input.now })
    .onConflictDoUpdate({ target: regionTipSettings.regionCode, set: { controlLiftedAt, updatedBy: input.by, updatedAt: input.now } });
  await writeAudit(db, {
    actorId: input.by,
    action: input.lifted ? "tips.control_lifted" : "tips.control_restored",
    details: { region: input.regionCode },
  });
}

export async function isControlLifted(db: Db, regionCode: string): Promise<boolean> {
  const [row] = await db.select({ at: regionTipSettings.controlLiftedAt }).from(regionTipSettings).where(eq(regionTipSettings.regionCode, regionCode));
  return Boolean(row?.at);
}
