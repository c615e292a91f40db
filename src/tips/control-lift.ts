import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { regionTipSettings, reportingPeriods } from "../db/schema/index.js";
import { writeAudit } from "../registration/audit.js";
import { almatyDay } from "../shared/local-date.js";

/**
 * The pilot's end date: the due day of its last reporting period ('YYYY-MM-DD'), or null while no
 * period is set (then the pilot is not over either).
 */
export async function pilotEndDate(db: Db): Promise<string | null> {
  const [last] = await db
    .select({ dueOn: reportingPeriods.dueOn })
    .from(reportingPeriods)
    .orderBy(desc(reportingPeriods.year), desc(reportingPeriods.quarter))
    .limit(1);
  return last?.dueOn ?? null;
}

/** Whether the pilot is still on at `now` (Asia/Almaty calendar): before its end date, or no end date yet. */
export async function pilotRunning(db: Db, now: Date): Promise<{ running: boolean; pilotEnd: string | null }> {
  const pilotEnd = await pilotEndDate(db);
  return { running: pilotEnd === null || almatyDay(now) < pilotEnd, pilotEnd };
}

/**
 * The version of a region's control-restriction setting a confirmation was shown for: its last
 * change (base 36 of the milliseconds), "0" before any. A confirmation pressed after someone else
 * changed the setting is stale.
 */
export async function controlSettingVersion(db: Db, regionCode: string): Promise<string> {
  const [row] = await db.select({ at: regionTipSettings.updatedAt }).from(regionTipSettings).where(eq(regionTipSettings.regionCode, regionCode));
  return row && row.at.getTime() > 0 ? row.at.getTime().toString(36) : "0";
}

export type LiftOutcome =
  | { ok: true }
  | { ok: false; problem: "stale" }
  | { ok: false; problem: "before_pilot_end"; pilotEnd: string | null }
  | { ok: false; problem: "override_not_allowed" };

/**
 * Lifts the control-group restriction of a region, as confirmed: control-group parents of the
 * whole region get activities from the next weekly plan, and the comparison loses the region's
 * control groups. Refused before the pilot's end date unless `override` (a national administrator's
 * explicit second confirmation: `mayOverride`); refused as stale when the setting changed since the
 * confirmation was shown (`version`, compare-and-set under a row lock). Audited: who, when, the
 * region, whether before the end by override, and the end date then.
 */
export async function liftControlConfirmed(
  db: Db,
  input: { regionCode: string; by: number; now: Date; version: string; override: boolean; mayOverride: boolean },
): Promise<LiftOutcome> {
  if (input.override && !input.mayOverride) return { ok: false, problem: "override_not_allowed" };
  const { running, pilotEnd } = await pilotRunning(db, input.now);
  if (running && !input.override) return { ok: false, problem: "before_pilot_end", pilotEnd };
  return db.transaction(async (tx) => {
    // The region's row exists before the lock is taken, so two confirmations serialise on it.
    await tx.insert(regionTipSettings).values({ regionCode: input.regionCode, updatedAt: new Date(0) }).onConflictDoNothing();
    const [row] = await tx
      .select({ at: regionTipSettings.updatedAt, lifted: regionTipSettings.controlLiftedAt })
      .from(regionTipSettings)
      .where(eq(regionTipSettings.regionCode, input.regionCode))
      .for("update");
    const version = row && row.at.getTime() > 0 ? row.at.getTime().toString(36) : "0";
    if (!row || version !== input.version || row.lifted) return { ok: false, problem: "stale" } as const;
    await tx
      .update(regionTipSettings)
      .set({ controlLiftedAt: input.now, updatedBy: input.by, updatedAt: sql`greatest(${input.now.toISOString()}::timestamptz, ${regionTipSettings.updatedAt} + interval '1 millisecond')` })
      .where(eq(regionTipSettings.regionCode, input.regionCode));
    await writeAudit(tx, {
      actorId: input.by,
      action: "tips.control_lifted",
      details: { region: input.regionCode, at: input.now.toISOString(), override: running, pilotEnd },
    });
    return { ok: true } as const;
  });
}
