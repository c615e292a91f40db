import { sql } from "drizzle-orm";

/** The outbox kind of messages about an event (announcement, calendar file, changes, attendance). */
export const SEMINAR_KIND = "seminar";

/** Recipients of messages about an event: everyone told at publishing. */
export function participantsQuery(seminarId: number, where = sql``) {
  return sql`SELECT user_id AS chat_id, organization_id FROM seminar_participants WHERE seminar_id = ${seminarId} ${where}`;
}
