import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { activities, regionTipSettings } from "../db/schema/index.js";
import { writeAudit } from "../registration/audit.js";
import type { Language } from "../registration/roles.js";
import { activityText, type Activity } from "./library-edit.js";

/**
 * A region's own order of the weekly activities: "a methodologist may set the order of
 * the activities for their region (or keep the national one)". Stored as a list of activity ids in
 * region_tip_settings.activity_order (null: the national `position` order). The list rules:
 *  - the listed activities come first, in the list's order (an id listed twice counts at its first place);
 *  - activities missing from the list follow in the national order, so one added to the library
 *    later is never lost;
 *  - retired activities may stay in the list (restored, they come back at their place) but are
 *    skipped when planning and not shown as places.
 * planWeek (plan-week.ts) builds the same order in SQL; a spec checks that both agree.
 */

export interface OrderableActivity {
  id: number;
  position: number;
  retiredAt: Date | null;
}

/** The whole order (retired activities included, at their place): the listed ones, then the rest in the national order. */
export function effectiveOrder<T extends OrderableActivity>(all: readonly T[], stored: readonly number[] | null): T[] {
  const national = [...all].sort((a, b) => a.position - b.position || a.id - b.id);
  if (!stored) return national;
  const byId = new Map(national.map((a) => [a.id, a]));
  const listed: T[] = [];
  const seen = new Set<number>();
  for (const id of stored) {
    const activity = byId.get(id);
    if (!activity || seen.has(id)) continue;
    seen.add(id);
    listed.push(activity);
  }
  return [...listed, ...national.filter((a) => !seen.has(a.id))];
}

/**
 * A short fingerprint of the places as shown (the active activities in order): a button pressed on
 * a list shown before the order changed, an activity was retired or one was added carries another one.
 */
export function orderVersion(activeIds: readonly number[]): string {
  let hash = 0x811c9dc5; // FNV-1a, 32 bits
  for (const ch of activeIds.join(",")) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export interface RegionOrder {
  regionCode: string;
  /** The region keeps its own order (false: the national one). */
  custom: boolean;
  /** The active activities in the region's order: place 1 is `places[0]`. */
  places: Activity[];
  /** The whole order, retired activities included (what a change stores). */
  all: Activity[];
  version: string;
  /** The list as stored (null: the national order). */
  stored: number[] | null;
}

async function storedOrder(db: Db, regionCode: string): Promise<number[] | null> {
  const [row] = await db.select({ order: regionTipSettings.activityOrder }).from(regionTipSettings).where(eq(regionTipSettings.regionCode, regionCode));
  return Array.isArray(row?.order) ? row.order : null;
}

export async function getRegionOrder(db: Db, regionCode: string): Promise<RegionOrder> {
  const stored = await storedOrder(db, regionCode);
  const rows = await db.select().from(activities).orderBy(asc(activities.position), asc(activities.id));
  const all = effectiveOrder(rows, stored);
  const places = all.filter((a) => !a.retiredAt);
  return { regionCode, custom: stored !== null, places, all, version: orderVersion(places.map((a) => a.id)), stored };
}

export type SetOrderProblem = "unknown_activity" | "duplicate" | "not_whole_numbers";

/**
 * Sets the region's order to `order` (activity ids; missing ones follow in the national order), or
 * back to the national order with `order: null`. Ids must be of existing activities (retired ones
 * are accepted and skipped when planning), each once. Audited. Bad input changes nothing.
 */
export async function setRegionOrder(
  db: Db,
  input: { regionCode: string; order: readonly number[] | null; by: number; now: Date },
): Promise<{ ok: true } | { ok: false; problem: SetOrderProblem }> {
  const order = input.order === null ? null : [...input.order];
  if (order) {
    if (!order.every((id) => Number.isInteger(id) && id > 0 && id <= 2_147_483_647)) return { ok: false, problem: "not_whole_numbers" };
    if (new Set(order).size !== order.length) return { ok: false, problem: "duplicate" };
    const known = order.length === 0 ? [] : await db.select({ id: activities.id }).from(activities).where(inArray(activities.id, order));
    if (known.length !== order.length) return { ok: false, problem: "unknown_activity" };
  }
  await db.transaction(async (tx) => {
    await tx
      .insert(regionTipSettings)
      .values({ regionCode: input.regionCode, activityOrder: order, updatedBy: input.by, updatedAt: input.now })
      .onConflictDoUpdate({ target: regionTipSettings.regionCode, set: { activityOrder: order, updatedBy: input.by, updatedAt: input.now } });
    await writeAudit(tx, {
      actorId: input.by,
      action: order ? "tips.order_set" : "tips.order_reset",
      details: order ? { region: input.regionCode, order } : { region: input.regionCode },
    });
  });
  return { ok: true };
}

export type MoveProblem = "stale" | "unknown_activity" | "bad_place";

/**
 * Moves one active activity to `place` (1 = sent first) among the region's active activities, as
 * the person saw the list (`version`): a list changed since then is refused as stale and nothing
 * moves. Stores the whole resulting order, so the region keeps its own order from then on.
 */
export async function moveInRegionOrder(
  db: Db,
  input: { regionCode: string; activityId: number; place: number; version: string; by: number; now: Date },
): Promise<{ ok: true; place: number; order: RegionOrder } | { ok: false; problem: MoveProblem }> {
  const current = await getRegionOrder(db, input.regionCode);
  const from = current.places.findIndex((a) => a.id === input.activityId);
  if (from < 0) return { ok: false, problem: "unknown_activity" };
  if (current.version !== input.version) return { ok: false, problem: "stale" };
  if (!Number.isInteger(input.place) || input.place < 1 || input.place > current.places.length) return { ok: false, problem: "bad_place" };
  const to = input.place - 1;
  if (from !== to) {
    const moving = current.places[from]!;
    const rest = current.all.filter((a) => a.id !== moving.id);
    // Put it just before the active activity that will follow it, or after the last active one.
    const activeRest = rest.filter((a) => !a.retiredAt);
    const anchor = activeRest[to];
    const at = anchor ? rest.indexOf(anchor) : rest.indexOf(activeRest[activeRest.length - 1]!) + 1;
    rest.splice(at, 0, moving);
    const order = rest.map((a) => a.id);
    // Compare-and-set: a change saved by someone else since we read makes this one stale.
    const before = current.stored === null ? null : JSON.stringify(current.stored);
    const saved = await db.transaction(async (tx) => {
      const rows = await tx
        .insert(regionTipSettings)
        .values({ regionCode: input.regionCode, activityOrder: order, updatedBy: input.by, updatedAt: input.now })
        .onConflictDoUpdate({
          target: regionTipSettings.regionCode,
          set: { activityOrder: order, updatedBy: input.by, updatedAt: input.now },
          setWhere: before === null ? sql`${regionTipSettings.activityOrder} IS NULL` : sql`${regionTipSettings.activityOrder} = ${before}::jsonb`,
        })
        .returning({ region: regionTipSettings.regionCode });
      if (rows.length === 0) return false;
      await writeAudit(tx, {
        actorId: input.by,
        action: "tips.order_set",
        details: { region: input.regionCode, activity: moving.id, from: from + 1, to: input.place },
      });
      return true;
    });
    if (!saved) return { ok: false, problem: "stale" };
  }
  return { ok: true, place: input.place, order: await getRegionOrder(db, input.regionCode) };
}

/** What a person sees of a region's order: the places with titles in their language (plain data, for conversations too). */
export interface RegionOrderView {
  regionCode: string;
  custom: boolean;
  version: string;
  items: { id: number; title: string }[];
}

export async function regionOrderView(db: Db, regionCode: string, language: Language): Promise<RegionOrderView> {
  const order = await getRegionOrder(db, regionCode);
  return {
    regionCode,
    custom: order.custom,
    version: order.version,
    items: order.places.map((a) => ({ id: a.id, title: activityText(a.content, language).title })),
  };
}
