import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { rowsOf } from "../db/rows-of.js";
import { tipCallbacks } from "./tip-callbacks.js";

/**
 * Parents who joined before the bot asked for their child's group are asked once, through the
 * outbox, when their kindergarten has groups to choose from. Returns how many were asked.
 */
export async function askParentsForChildGroup(db: Db, now: Date): Promise<number> {
  const result = await db.execute(sql`
    WITH to_ask AS (
      SELECT DISTINCT m.user_id
      FROM memberships m
      WHERE m.role = 'parent'
        AND NOT EXISTS (SELECT 1 FROM parent_children pc WHERE pc.user_id = m.user_id)
        AND NOT EXISTS (SELECT 1 FROM tip_settings s WHERE s.user_id = m.user_id AND s.asked_child_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM kindergarten_groups g WHERE g.organization_id = m.organization_id AND g.archived_at IS NULL)
    ),
    marked AS (
      INSERT INTO tip_settings (user_id, asked_child_at, updated_at)
      SELECT user_id, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz FROM to_ask
      ON CONFLICT (user_id) DO UPDATE SET asked_child_at = excluded.asked_child_at
      RETURNING user_id
    ),
    queued AS (
      INSERT INTO outbox (chat_id, kind, priority, template_key, params, buttons, dedup_key)
      SELECT user_id, 'tip-ask-child', 'normal', 'tips-ask-child', '{}'::jsonb,
        jsonb_build_array(jsonb_build_object('textKey', 'child-button-add', 'callbackData', ${tipCallbacks.childStart.packSql()})),
        'tip-ask-child:' || user_id
      FROM marked
      ON CONFLICT DO NOTHING
      RETURNING 1
    )
    SELECT count(*)::int AS asked FROM queued`);
  return Number(rowsOf<{ asked: number }>(result)[0]?.asked ?? 0);
}
