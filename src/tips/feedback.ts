import { and, desc, eq, isNotNull, isNull, lt, lte, or, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client.js";
import { tipDeliveries } from "../db/schema/index.js";
import { addDays } from "../shared/local-date.js";
import { weekStartOf } from "../shared/local-date.js";

export const tipFeedbacks = ["done", "too_hard", "not_for_us"] as const;
export type TipFeedback = (typeof tipFeedbacks)[number];
export const tipFeedbackSchema = z.enum(tipFeedbacks);

/** How long after "We did it" the next photo or line is taken as what the child said. */
export const COMMENT_WINDOW_MS = 2 * 60 * 60 * 1000;
export const COMMENT_MAX = 500;

/**
 * Whether answers to an activity planned for the week of `weekStart` are closed: they stay open
 * during that week and the next (for one sent on Sunday evening).
 */
export const tipWeekOver = (weekStart: string, now: Date): boolean => weekStartOf(now) > addDays(weekStart, 7);

/** `askComment`: "We did it" and nothing (photo or line) saved yet — the only case the bot asks for one. */
export type FeedbackOutcome = { ok: true; changed: boolean; askComment: boolean } | { ok: false; problem: "not_found" | "week_over" };

/**
 * A parent's answer to their own activity. It can change during the week the activity was planned
 * for (and the week after, for a tip sent on Sunday evening); not someone else's, not afterwards.
 */
export async function recordTipFeedback(
  db: Db,
  input: { deliveryId: number; userId: number; feedback: TipFeedback; now: Date },
): Promise<FeedbackOutcome> {
  const [delivery] = await db
    .select()
    .from(tipDeliveries)
    .where(and(eq(tipDeliveries.id, input.deliveryId), eq(tipDeliveries.userId, input.userId)));
  if (!delivery || delivery.plannedAt > input.now) return { ok: false, problem: "not_found" };
  if (tipWeekOver(delivery.weekStart, input.now)) return { ok: false, problem: "week_over" };
  const changed = delivery.feedback !== input.feedback;
  const askComment = input.feedback === "done" && !delivery.comment && !delivery.photoFileId;
  await db
    .update(tipDeliveries)
    .set({ feedback: input.feedback, feedbackAt: input.now, commentAskedAt: askComment ? input.now : null })
    .where(eq(tipDeliveries.id, delivery.id));
  return { ok: true, changed, askComment };
}

/** The delivery waiting for a photo or a line after "We did it", if any. */
export async function deliveryAwaitingComment(db: Db, userId: number, now: Date): Promise<number | null> {
  const [row] = await db
    .select({ id: tipDeliveries.id })
    .from(tipDeliveries)
    .where(
      and(
        eq(tipDeliveries.userId, userId),
        sql`${tipDeliveries.commentAskedAt} > ${new Date(now.getTime() - COMMENT_WINDOW_MS).toISOString()}::timestamptz`,
        isNull(tipDeliveries.comment),
        isNull(tipDeliveries.photoFileId),
      ),
    )
    .orderBy(desc(tipDeliveries.commentAskedAt))
    .limit(1);
  return row?.id ?? null;
}

/** The parent moved on without a comment: their next message is not taken for one. */
export async function stopAwaitingTipComment(db: Db, userId: number): Promise<void> {
  await db.update(tipDeliveries).set({ commentAskedAt: null }).where(and(eq(tipDeliveries.userId, userId), isNotNull(tipDeliveries.commentAskedAt)));
}

export async function saveTipComment(
  db: Db,
  input: { deliveryId: number; userId: number; text?: string; photoFileId?: string },
): Promise<void> {
  await db
    .update(tipDeliveries)
    .set({ comment: input.text?.slice(0, COMMENT_MAX) ?? null, photoFileId: input.photoFileId ?? null, commentAskedAt: null })
    .where(and(eq(tipDeliveries.id, input.deliveryId), eq(tipDeliveries.userId, input.userId)));
}

/** The latest activity a parent has been sent (planned time passed), for /tip. */
export async function latestTipFor(db: Db, userId: number, now: Date) {
  const [row] = await db
    .select()
    .from(tipDeliveries)
    .where(and(eq(tipDeliveries.userId, userId), lte(tipDeliveries.plannedAt, now), isNull(tipDeliveries.undeliveredAt)))
    .orderBy(desc(tipDeliveries.plannedAt))
    .limit(1);
  return row ?? null;
}

/**
 * What a parent wrote or photographed after "We did it" is theirs, not the pilot's: it goes when they
 * leave. The answer itself (done / too hard / not for us) stays, because the digests count it
 * (tip_dose is kept by a trigger on `feedback`, which this update leaves alone).
 */
export async function eraseTipWordsOf(db: Db, userId: number): Promise<number> {
  const rows = await db
    .update(tipDeliveries)
    .set({ comment: null, photoFileId: null, commentAskedAt: null })
    .where(and(eq(tipDeliveries.userId, userId), or(isNotNull(tipDeliveries.comment), isNotNull(tipDeliveries.photoFileId), isNotNull(tipDeliveries.commentAskedAt))))
    .returning({ id: tipDeliveries.id });
  return rows.length;
}

/**
 * Retention: comments and photos of activities planned before `before` go (README, "Personal
 * data"); the answers stay for the figures.
 */
export async function pruneTipWords(db: Db, before: Date): Promise<number> {
  const rows = await db
    .update(tipDeliveries)
    .set({ comment: null, photoFileId: null })
    .where(and(lt(tipDeliveries.plannedAt, before), or(isNotNull(tipDeliveries.comment), isNotNull(tipDeliveries.photoFileId))))
    .returning({ id: tipDeliveries.id });
  return rows.length;
}
