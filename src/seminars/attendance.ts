import { and, eq, inArray, isNotNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { seminarParticipants, seminars } from "../db/schema/index.js";
import { enqueueForRecipients } from "../delivery/enqueue-select.js";
import { seminarParams } from "./announcement.js";
import { SEMINAR_KIND, participantsQuery } from "./participants.js";
import type { Seminar } from "./seminars.js";
import { seminarCallbacks } from "./seminar-callbacks.js";

export const COMMENT_MAX = 1000;

export type CloseResult = { kind: "closed"; seminar: Seminar; asked: number } | { kind: "not-allowed" } | { kind: "not-started" } | { kind: "not-published" };

/**
 * The organiser closes an event once it has started: those who said they would come are asked
 * whether they took part, then for a rating 1–5 and an optional comment.
 */
export async function closeSeminar(db: Db, input: { seminarId: number; actor: number | "admin"; now: Date }): Promise<CloseResult> {
  return db.transaction(async (tx) => {
    const [s] = await tx.select().from(seminars).where(eq(seminars.id, input.seminarId)).for("update");
    if (!s || (input.actor !== "admin" && s.organizerId !== input.actor)) return { kind: "not-allowed" as const };
    if (s.status !== "published") return { kind: "not-published" as const };
    if (!s.startsAt || s.startsAt.getTime() > input.now.getTime()) return { kind: "not-started" as const };
    const [closed] = await tx.update(seminars).set({ status: "closed", closedAt: input.now, step: null }).where(eq(seminars.id, s.id)).returning();
    const asked = await enqueueForRecipients(
      tx,
      {
        kind: SEMINAR_KIND,
        templateKey: "seminar-attendance-ask",
        params: seminarParams(closed!),
        buttons: [
          { textKey: "seminar-button-attended", callbackData: seminarCallbacks.attended.pack(s.id, "y") },
          { textKey: "seminar-button-missed", callbackData: seminarCallbacks.attended.pack(s.id, "n") },
        ],
        priority: "normal",
        dedupPrefix: `seminar:${s.id}:attendance:`,
      },
      participantsQuery(s.id, sql`AND response = 'coming'`),
    );
    return { kind: "closed" as const, seminar: closed!, asked };
  });
}

export type FeedbackResult = { kind: "saved" } | { kind: "not-invited" } | { kind: "not-closed" } | { kind: "not-coming" };

/**
 * Only those asked may answer: people who said they would come (closeSeminar asks no one else).
 * Someone who answered "not coming", or never answered, cannot claim attendance or rate the event,
 * whatever button they forge.
 */
async function participantOfClosed(db: Db, seminarId: number, userId: number) {
  const [row] = await db
    .select({ status: seminars.status, response: seminarParticipants.response })
    .from(seminarParticipants)
    .innerJoin(seminars, eq(seminars.id, seminarParticipants.seminarId))
    .where(and(eq(seminarParticipants.seminarId, seminarId), eq(seminarParticipants.userId, userId)));
  if (!row) return { kind: "not-invited" as const };
  if (row.status !== "closed") return { kind: "not-closed" as const };
  if (row.response !== "coming") return { kind: "not-coming" as const };
  return null;
}

const whereParticipant = (seminarId: number, userId: number) =>
  and(eq(seminarParticipants.seminarId, seminarId), eq(seminarParticipants.userId, userId));

/**
 * "I took part" / "I did not". A "took part" from someone who has already rated the event (a second
 * press on the same question) keeps the rating and says so, instead of asking for it again.
 */
export async function recordAttendance(
  db: Db,
  input: { seminarId: number; userId: number; attended: boolean },
): Promise<FeedbackResult | { kind: "already-rated" }> {
  const refused = await participantOfClosed(db, input.seminarId, input.userId);
  if (refused) return refused;
  if (input.attended) {
    const [row] = await db.select({ rating: seminarParticipants.rating }).from(seminarParticipants).where(whereParticipant(input.seminarId, input.userId));
    if (row?.rating != null) return { kind: "already-rated" };
  }
  await db
    .update(seminarParticipants)
    .set({ attended: input.attended, ...(input.attended ? {} : { rating: null, awaitingComment: false }) })
    .where(whereParticipant(input.seminarId, input.userId));
  return { kind: "saved" };
}

/** A rating (1–5) from someone who took part; the bot then waits for an optional comment. */
export async function rateSeminar(db: Db, input: { seminarId: number; userId: number; rating: number }): Promise<FeedbackResult> {
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) return { kind: "not-invited" };
  const refused = await participantOfClosed(db, input.seminarId, input.userId);
  if (refused) return refused;
  await db.transaction(async (tx) => {
    await tx.update(seminarParticipants).set({ awaitingComment: false }).where(and(eq(seminarParticipants.userId, input.userId), eq(seminarParticipants.awaitingComment, true)));
    await tx
      .update(seminarParticipants)
      .set({ attended: true, rating: input.rating, awaitingComment: true })
      .where(whereParticipant(input.seminarId, input.userId));
  });
  return { kind: "saved" };
}

/** The person moved on without commenting: their next message is not taken as a comment. */
export async function stopAwaitingComment(db: Db, userId: number): Promise<void> {
  await db.update(seminarParticipants).set({ awaitingComment: false }).where(and(eq(seminarParticipants.userId, userId), eq(seminarParticipants.awaitingComment, true)));
}

export async function saveComment(db: Db, input: { seminarId: number; userId: number; comment: string | null }): Promise<boolean> {
  const rows = await db
    .update(seminarParticipants)
    .set({ comment: input.comment, awaitingComment: false })
    .where(and(whereParticipant(input.seminarId, input.userId), eq(seminarParticipants.awaitingComment, true)))
    .returning({ id: seminarParticipants.userId });
  return rows.length > 0;
}

/**
 * A participant's comment on an event is their own words: it goes when they leave or when the
 * retention period ends; whether they came and their rating stay (the counts' triggers add and take
 * away whole rows, so a row whose figures did not change adds nothing).
 */
export async function eraseSeminarCommentsOf(db: Db, userId: number): Promise<void> {
  await db
    .update(seminarParticipants)
    .set({ comment: null, awaitingComment: false })
    .where(and(eq(seminarParticipants.userId, userId), or(isNotNull(seminarParticipants.comment), eq(seminarParticipants.awaitingComment, true))));
}

/** Retention: comments on events that started before `before` go. */
export async function pruneSeminarComments(db: Db, before: Date): Promise<number> {
  const rows = await db
    .update(seminarParticipants)
    .set({ comment: null })
    .where(
      and(
        isNotNull(seminarParticipants.comment),
        inArray(seminarParticipants.seminarId, db.select({ id: seminars.id }).from(seminars).where(lt(seminars.startsAt, before))),
      ),
    )
    .returning({ id: seminarParticipants.userId });
  return rows.length;
}
