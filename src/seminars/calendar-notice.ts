import type { Db } from "../db/client.js";
import { enqueueForRecipients } from "../delivery/enqueue-select.js";
import { storeDeliveryFile } from "../delivery/files.js";
import { seminarParams } from "./announcement.js";
import { seminarCalendarFile } from "./ics.js";
import { SEMINAR_KIND, participantsQuery } from "./publish.js";
import type { Seminar } from "./seminars.js";

/**
 * The .ics calendar file as a document to everyone told about the event, after the announcement
 * or a change of time (`reason` keeps each one once per person). Stored once, uploaded once by the
 * sender, then reused by its Telegram file_id.
 */
export async function enqueueCalendarFile(db: Db, seminar: Seminar, reason: string, content: Buffer = seminarCalendarFile(seminar)): Promise<number> {
  const fileId = await storeDeliveryFile(db, { filename: `seminar-${seminar.id}.ics`, mimeType: "text/calendar", content });
  return enqueueForRecipients(
    db,
    {
      kind: SEMINAR_KIND,
      templateKey: "seminar-calendar-caption",
      params: seminarParams(seminar),
      attachment: { type: "document", fileId },
      // The first one rides with the announcement (bulk); one after a change of time with the notice.
      priority: reason === "announce" ? "bulk" : "normal",
      dedupPrefix: `seminar:${seminar.id}:ics-${reason}:`,
    },
    participantsQuery(seminar.id),
  );
}
