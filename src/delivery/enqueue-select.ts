import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { attachmentSchema, buttonsSchema, paramsSchema, priorities, type Attachment, type MessageButtons, type MessageParams, type Priority } from "./message.js";

/** Rows of `db.execute` come back as an array (postgres.js) or as `{ rows }` (PGlite). */
export function executedRows<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

export interface BulkMessage {
  kind: string;
  templateKey: string;
  params: MessageParams;
  buttons?: MessageButtons;
  /** A photo or document with the rendered text as caption (≤ 1,024 characters). */
  attachment?: Attachment;
  priority: Priority;
  /** Each row's dedup key is this prefix followed by the recipient's id: enqueued once per recipient. */
  dedupPrefix: string;
}

/**
 * One message to many recipients in one set-based statement (INSERT … SELECT), not a round trip per
 * row: `recipients` is a query returning `chat_id` and `organization_id` (may be null). The same
 * rendered-at-send-time template goes to each; a recipient already holding the dedup key is skipped.
 * Returns how many rows were added.
 */
export async function enqueueForRecipients(db: Db, message: BulkMessage, recipients: SQL): Promise<number> {
  if (!/^[a-z][a-z0-9-]*$/.test(message.kind)) throw new Error(`kind is kebab-case: ${message.kind}`);
  if (!priorities.includes(message.priority)) throw new Error(`unknown priority ${message.priority}`);
  const params = paramsSchema.parse(message.params);
  const buttons = message.buttons ? buttonsSchema.parse(message.buttons) : null;
  const attachment = message.attachment ? attachmentSchema.parse(message.attachment) : null;
  const result = await db.execute(sql`
    WITH r AS (${recipients}),
    ins AS (
      INSERT INTO outbox (chat_id, organization_id, kind, priority, template_key, params, buttons, attachment, dedup_key)
      SELECT r.chat_id, r.organization_id, ${message.kind}, ${message.priority}::delivery_priority, ${message.templateKey},
             ${JSON.stringify(params)}::jsonb, ${buttons ? JSON.stringify(buttons) : null}::jsonb,
             ${attachment ? JSON.stringify(attachment) : null}::jsonb, ${message.dedupPrefix} || r.chat_id::text
      FROM r
      ON CONFLICT (dedup_key) DO NOTHING
      RETURNING 1
    )
    SELECT count(*)::int AS n FROM ins`);
  return Number(executedRows<{ n: number }>(result)[0]?.n ?? 0);
}
