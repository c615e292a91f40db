import { createEvent } from "ics";
import type { Seminar } from "./seminars.js";

type DateTimeArray = [number, number, number, number, number];

/** The instant as UTC parts: we hand `ics` UTC ourselves (its "local" means the process's zone). */
function utcParts(instant: Date): DateTimeArray {
  return [instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate(), instant.getUTCHours(), instant.getUTCMinutes()];
}

const MAX_LINE_OCTETS = 75;

/**
 * RFC 5545 §3.1: content lines longer than 75 octets are folded with CRLF and one space. The `ics`
 * package counts characters, so a Kazakh or Russian title (two bytes a letter) gives lines of up
 * to 150 octets. Refold by UTF-8 octets, never splitting a character.
 */
export function foldIcsLines(ics: string): string {
  const unfolded = ics.replace(/\r\n[ \t]/g, "");
  return unfolded
    .split("\r\n")
    .map((line) => {
      const parts: string[] = [];
      let current = "";
      let octets = 0;
      // A continuation line's leading space counts towards its 75.
      let limit = MAX_LINE_OCTETS;
      for (const char of line) {
        const size = Buffer.byteLength(char, "utf8");
        if (octets + size > limit) {
          parts.push(current);
          current = "";
          octets = 0;
          limit = MAX_LINE_OCTETS - 1;
        }
        current += char;
        octets += size;
      }
      parts.push(current);
      return parts.join("\r\n ");
    })
    .join("\r\n");
}

/**
 * A calendar file for the event: both titles, the description in both languages, the link or
 * address; a stable UID with the revision as SEQUENCE, so a phone updates the entry on a change,
 * and marks it cancelled (STATUS:CANCELLED, the next SEQUENCE) when the event is cancelled.
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
  return Buffer.from(foldIcsLines(value), "utf8");
}
