import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { enqueueForRecipients } from "../delivery/enqueue-select.js";
import { storeDeliveryFile } from "../delivery/files.js";
import { seminarParams } from "./announcement.js";
import { seminarCalendarFile } from "./ics.js";
import { SEMINAR_KIND, participantsQuery } from "./participants.js";
import type { Seminar } from "./seminars.js";

/**
 * The .ics calendar file as a document to everyone told about the event, after the announcement,
 * a change of time or place, or a cancellation (`reason` keeps each one once per person). Later
 * files go only to those who may have the event in their calendar: not to those who answered
 * "not coming". Stored once, uploaded once by the sender, then reused by its Telegram file_id.
 */
export async function enqueueCalendarFile(db: Db, seminar: Seminar, reason: string, content: Buffer = seminarCalendarFile(seminar)): Promise<number> {
  const fileId = await storeDeliveryFile(db, { filename: `seminar-${seminar.id}.ics`, mimeType: "text/calendar", content });
  const announce = reason === "announce";
  return enqueueForRecipients(
    db,
    {
      kind: SEMINAR_KIND,
      templateKey: seminar.status === "cancelled" ? "seminar-calendar-caption-cancelled" : announce ? "seminar-calendar-caption" : "seminar-calendar-caption-changed",
      params: seminarParams(seminar),
      attachment: { type: "document", fileId },
      // The first one rides with the announcement (bulk); a later one with its notice.
      priority: announce ? "bulk" : "normal",
      dedupPrefix: `seminar:${seminar.id}:ics-${reason}:`,
    },
    participantsQuery(seminar.id, announce ? sql`` : sql`AND response IS DISTINCT FROM 'not_coming'`),
  );
}
