import { and, eq, gt, inArray, like, lte, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { outbox, seminarParticipants, seminars } from "../db/schema/index.js";
import { enqueueForRecipients } from "../delivery/enqueue-select.js";
import type { DeliveryGuard } from "../delivery/sender.js";
import { formatWhen, seminarParams } from "./announcement.js";
import { participantsQuery } from "./participants.js";
import type { TaskDefinition } from "../scheduler/scheduler.js";
import { seminarCallbacks } from "./seminar-callbacks.js";

export const SEMINAR_REMINDER_KIND = "seminar-reminder";
const HOUR = 60 * 60 * 1000;
/** Non-responders are nudged once, not before this long after the announcement. */
export const NUDGE_AFTER_PUBLISHING_MS = 3 * HOUR;

export interface SeminarReminderRun {
  dayBefore: number;
  hourBefore: number;
  nudges: number;
}

/**
 * Every few minutes: the 24-hour reminder (from 24 h to 1 h before the start) and the 1-hour one
 * (the last hour, unless the announcement itself came within it) to those who said they would
 * come, with the link; one nudge to those who have not answered (in the 24-hour window, at least
 * 3 h after publishing). Each is keyed by event,
 * start time and person, so a repeated run or a missed run caught up tells nobody twice, and a
 * new start time gets its own reminders.
 */
export async function runSeminarReminders(db: Db, now: Date): Promise<SeminarReminderRun> {
  const run: SeminarReminderRun = { dayBefore: 0, hourBefore: 0, nudges: 0 };
  const upcoming = await db
    .select()
    .from(seminars)
    .where(and(eq(seminars.status, "published"), gt(seminars.startsAt, now), lte(seminars.startsAt, new Date(now.getTime() + 24 * HOUR))));
  for (const s of upcoming) {
    const startsMs = s.startsAt!.getTime();
    const params = seminarParams(s);
    const lastHour = startsMs - now.getTime() <= HOUR;
    const prefix = `seminar:${s.id}:${startsMs}:`;
    if (lastHour) {
      // Published within the last hour before the start: the announcement itself was the reminder,
      // and "starts in an hour" would be untrue.
      if (s.publishedAt && s.publishedAt.getTime() > startsMs - HOUR) continue;
      run.hourBefore += await enqueueForRecipients(
        db,
        { kind: SEMINAR_REMINDER_KIND, templateKey: "seminar-reminder-hour", params, priority: "normal", dedupPrefix: `${prefix}r1:` },
        participantsQuery(s.id, sql`AND response = 'coming'`),
      );
      continue;
    }
    // Published inside the last 24 hours: the announcement itself was the reminder.
    if (s.publishedAt && s.publishedAt.getTime() <= startsMs - 24 * HOUR) {
      run.dayBefore += await enqueueForRecipients(
        db,
        { kind: SEMINAR_REMINDER_KIND, templateKey: "seminar-reminder-day", params, priority: "normal", dedupPrefix: `${prefix}r24:` },
        participantsQuery(s.id, sql`AND response = 'coming'`),
      );
    }
    if (s.publishedAt && s.publishedAt.getTime() <= now.getTime() - NUDGE_AFTER_PUBLISHING_MS) {
      run.nudges += await enqueueForRecipients(
        db,
        {
          kind: SEMINAR_REMINDER_KIND,
          templateKey: "seminar-reminder-nudge",
          params,
          buttons: [
            { textKey: "seminar-button-coming", callbackData: seminarCallbacks.rsvp.pack(s.id, "y") },
            { textKey: "seminar-button-not-coming", callbackData: seminarCallbacks.rsvp.pack(s.id, "n") },
          ],
          priority: "normal",
          // Once per event and person, whatever the start time.
          dedupPrefix: nudgePrefix(s.id),
        },
        participantsQuery(s.id, sql`AND response IS NULL`),
      );
    }
  }
  return run;
}

/** The nudge's dedup key: once per event and person, whatever the start time. */
function nudgePrefix(seminarId: number): string {
  return `seminar:${seminarId}:nudge:`;
}

/**
 * After a change of time: the nudges not sent yet (queued, cancelled with the old time, or claimed
 * by a sender whose guard will drop them) give up their dedup key, so the next run queues each
 * silent invitee's nudge again, with the new time. A nudge already sent keeps its key.
 */
export async function requeueUnsentNudges(db: Db, seminarId: number): Promise<number> {
  const rows = await db
    .update(outbox)
    .set({ dedupKey: null })
    .where(and(eq(outbox.kind, SEMINAR_REMINDER_KIND), like(outbox.dedupKey, `${nudgePrefix(seminarId)}%`), inArray(outbox.status, ["pending", "sending", "cancelled"])))
    .returning({ id: outbox.id });
  return rows.length;
}

/**
 * The last check before a reminder goes out (it may have waited for quiet hours to end), made when
 * it is claimed and again just before its request: not if the event was cancelled, closed or
 * moved, or the person no longer comes (or has answered, for a nudge).
 */
export const seminarReminderGuard: DeliveryGuard = {
  kind: SEMINAR_REMINDER_KIND,
  async unwanted(db, rows) {
    const ids = [...new Set(rows.map((r) => Number(r.params.seminarId)).filter(Number.isInteger))];
    if (ids.length === 0) return rows.map((r) => r.id);
    const events = new Map((await db.select().from(seminars).where(inArray(seminars.id, ids))).map((s) => [s.id, s]));
    const answers = await db
      .select({ seminarId: seminarParticipants.seminarId, userId: seminarParticipants.userId, response: seminarParticipants.response })
      .from(seminarParticipants)
      .where(and(inArray(seminarParticipants.seminarId, ids), inArray(seminarParticipants.userId, rows.map((r) => r.chatId))));
    const answerOf = new Map(answers.map((a) => [`${a.seminarId}:${a.userId}`, a.response]));
    return rows
      .filter((r) => {
        const s = events.get(Number(r.params.seminarId));
        if (!s || s.status !== "published" || !s.startsAt) return true;
        const response = answerOf.get(`${s.id}:${r.chatId}`);
        // A nudge says the time it was queued with: once the time moved it is no longer true.
        if (r.templateKey === "seminar-reminder-nudge") return (response !== null && response !== undefined) || r.params.when !== formatWhen(s.startsAt);
        return response !== "coming" || !(r.dedupKey ?? "").startsWith(`seminar:${s.id}:${s.startsAt.getTime()}:`);
      })
      .map((r) => r.id);
  },
};

/**
 * Seminar reminders (24 h and 1 h before, one nudge): every 5 minutes. Each message is keyed by
 * event, start time and person, so a repeated or caught-up run tells nobody twice.
 */
export const seminarRemindersTask: TaskDefinition = {
  name: "seminar-reminders",
  cron: "*/5 * * * *",
  catchUpWithinMs: HOUR,
  run: ({ db, now }) => runSeminarReminders(db, now),
};
