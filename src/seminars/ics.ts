import { createEvent } from "ics";
import type { Seminar } from "./seminars.js";

type DateTimeArray = [number, number, number, number, number];

/** The instant as UTC parts: we hand `ics` UTC ourselves (its "local" means the process's zone). */
function utcParts(instant: Date): DateTimeArray {
  return [instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate(), instant.getUTCHours(), instant.getUTCMinutes()];
}

/**
 * A calendar file for the event: both titles, the description in both languages, the link or
 * address; a stable UID with the revision as SEQUENCE, so a phone updates the entry on a change.
 */
export function seminarCalendarFile(s: Seminar): Buffer {
  const { error, value } = createEvent({
    uid: `seminar-${s.id}@erte-pilot`,
    sequence: s.revision,
    start: utcParts(s.startsAt!),
    startInputType: "utc",
    startOutputType: "utc",
    duration: { minutes: s.durationMinutes ?? 60 },
    title: `${s.titleKk} / ${s.titleRu}`,
    description: `${s.descriptionKk}\n\n${s.descriptionRu}${s.onlineUrl ? `\n\n${s.onlineUrl}` : ""}`,
    ...(s.onlineUrl ? { url: s.onlineUrl, location: s.onlineUrl } : { location: s.address ?? "" }),
    status: s.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    productId: "erte-pilot-bot",
  });
  if (error || !value) throw new Error(`calendar file: ${String(error)}`);
  return Buffer.from(value, "utf8");
}
