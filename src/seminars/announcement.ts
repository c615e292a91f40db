import type { MessageButtons, MessageParams } from "../delivery/message.js";
import { TIME_ZONE, formatDate } from "../shared/time.js";
import type { Seminar } from "./seminars.js";
import { seminarCallbacks } from "./seminar-callbacks.js";

const timeFormat = new Intl.DateTimeFormat("ru-RU", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** '25.11.2026, 10:00' in Kazakhstan time (both languages write it so). */
export function formatWhen(instant: Date): string {
  return `${formatDate(instant)}, ${timeFormat.format(instant)}`;
}

export function placeParams(s: Pick<Seminar, "onlineUrl" | "address">): { placeKind: string; place: string } {
  return s.onlineUrl ? { placeKind: "online", place: s.onlineUrl } : { placeKind: "address", place: s.address ?? "" };
}

/**
 * The parameters of the announcement and of every later message about the event: titles and
 * descriptions per language (each recipient reads theirs), time, place, capacity (0 = no limit).
 */
export function seminarParams(s: Seminar): MessageParams {
  return {
    seminarId: s.id,
    kind: s.kind ?? "seminar",
    title: { kk: s.titleKk ?? "", ru: s.titleRu ?? "" },
    description: { kk: s.descriptionKk ?? "", ru: s.descriptionRu ?? "" },
    when: s.startsAt ? formatWhen(s.startsAt) : "—",
    duration: s.durationMinutes ?? 0,
    ...placeParams(s),
    capacity: s.capacity ?? 0,
  };
}

export const ANNOUNCEMENT_TEMPLATE = "seminar-announcement";

export function rsvpButtons(seminarId: number): MessageButtons {
  return [
    { textKey: "seminar-button-coming", callbackData: seminarCallbacks.rsvp.pack(seminarId, "y") },
    { textKey: "seminar-button-not-coming", callbackData: seminarCallbacks.rsvp.pack(seminarId, "n") },
  ];
}
