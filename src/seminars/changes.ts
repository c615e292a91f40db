import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { seminars } from "../db/schema/index.js";
import { enqueueForRecipients } from "../delivery/enqueue-select.js";
import { cancelPendingMessages, refreshPendingParams } from "../delivery/outbox.js";
import { formatWhen, placeParams, seminarParams } from "./announcement.js";
import { enqueueCalendarFile } from "./calendar-notice.js";
import { SEMINAR_KIND, participantsQuery } from "./participants.js";
import { SEMINAR_REMINDER_KIND, requeueUnsentNudges } from "./reminders.js";
import type { Seminar } from "./seminars.js";

export type ChangeResult = { kind: "changed"; seminar: Seminar; told: number } | { kind: "not-allowed" } | { kind: "not-published" } | { kind: "started" } | { kind: "unchanged" };

async function lockPublished(tx: Db, seminarId: number, organizerId: number | "admin", now: Date) {
  const [s] = await tx.select().from(seminars).where(eq(seminars.id, seminarId)).for("update");
  if (!s || (organizerId !== "admin" && s.organizerId !== organizerId)) return { error: { kind: "not-allowed" as const } };
  if (s.status !== "published") return { error: { kind: "not-published" as const } };
  if (!s.startsAt || s.startsAt.getTime() <= now.getTime()) return { error: { kind: "started" as const } };
  return { seminar: s };
}

/**
 * A new time (or place) reaches everyone already told, saying what changed; reminders already
 * queued for the old time are dropped (those a sender has claimed, by its guard just before the
 * request) and the new time's come from the scheduler, the one nudge included. The revision
 * in the dedup key lets every later change be told once too.
 */
export async function changeSeminar(
  db: Db,
  input: { seminarId: number; actor: number | "admin"; now: Date; startsAt?: Date; place?: { onlineUrl: string | null; address: string | null } },
): Promise<ChangeResult> {
  return db.transaction(async (tx) => {
    const locked = await lockPublished(tx, input.seminarId, input.actor, input.now);
    if (locked.error) return locked.error;
    const before = locked.seminar!;
    const timeChanged = input.startsAt !== undefined && input.startsAt.getTime() !== before.startsAt!.getTime();
    const placeChanged = input.place !== undefined && (input.place.onlineUrl !== before.onlineUrl || input.place.address !== before.address);
    if (!timeChanged && !placeChanged) return { kind: "unchanged" as const };
    const [after] = await tx
      .update(seminars)
      .set({
        ...(timeChanged ? { startsAt: input.startsAt } : {}),
        ...(placeChanged ? { onlineUrl: input.place!.onlineUrl, address: input.place!.address } : {}),
        revision: sql`${seminars.revision} + 1`,
        step: null,
      })
      .where(eq(seminars.id, before.id))
      .returning();
    if (timeChanged) {
      await cancelPendingMessages(tx, { kind: SEMINAR_REMINDER_KIND, dedupPrefix: `seminar:${before.id}:` }, input.now);
      await requeueUnsentNudges(tx, before.id);
    } else {
      // Reminders already queued keep their time but go with the new address or link.
      await refreshPendingParams(tx, { kind: SEMINAR_REMINDER_KIND, dedupPrefix: `seminar:${before.id}:` }, placeParams(after!), input.now);
    }
    const oldPlace = placeParams(before);
    const told = await enqueueForRecipients(
      tx,
      {
        kind: SEMINAR_KIND,
        templateKey: timeChanged ? "seminar-notice-time-changed" : "seminar-notice-place-changed",
        params: { ...seminarParams(after!), oldWhen: formatWhen(before.startsAt!), oldPlace: oldPlace.place, oldPlaceKind: oldPlace.placeKind },
        priority: "normal",
        dedupPrefix: `seminar:${before.id}:rev${after!.revision}:`,
      },
      participantsQuery(before.id),
    );
    await enqueueCalendarFile(tx, after!, `rev${after!.revision}`);
    return { kind: "changed" as const, seminar: after!, told };
  });
}

/**
 * Cancels the event: everyone told hears it once; reminders still queued are dropped; a calendar
 * file with STATUS:CANCELLED and the next SEQUENCE lets phones take the entry off their calendars.
 */
export async function cancelSeminar(db: Db, input: { seminarId: number; actor: number | "admin"; now: Date }): Promise<ChangeResult> {
  return db.transaction(async (tx) => {
    const locked = await lockPublished(tx, input.seminarId, input.actor, input.now);
    if (locked.error) return locked.error;
    const [after] = await tx
      .update(seminars)
      .set({ status: "cancelled", cancelledAt: input.now, step: null, revision: sql`${seminars.revision} + 1` })
      .where(and(eq(seminars.id, input.seminarId), eq(seminars.status, "published")))
      .returning();
    await cancelPendingMessages(tx, { kind: SEMINAR_REMINDER_KIND, dedupPrefix: `seminar:${input.seminarId}:` }, input.now);
    const told = await enqueueForRecipients(
      tx,
      { kind: SEMINAR_KIND, templateKey: "seminar-notice-cancelled", params: seminarParams(after!), priority: "normal", dedupPrefix: `seminar:${input.seminarId}:cancelled:` },
      participantsQuery(input.seminarId),
    );
    await enqueueCalendarFile(tx, after!, "cancelled");
    return { kind: "changed" as const, seminar: after!, told };
  });
}
