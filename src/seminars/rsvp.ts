import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { seminarParticipants, seminars } from "../db/schema/index.js";
import type { Seminar } from "./seminars.js";

export type RsvpAnswer = "coming" | "not_coming";

export type RsvpResult =
  | { kind: "saved"; answer: RsvpAnswer; seminar: Seminar }
  | { kind: "not-invited" }
  | { kind: "cancelled" }
  | { kind: "started" }
  | { kind: "full"; capacity: number };

/**
 * Records (or changes) a person's answer until the event starts. "I'll come" against a full event
 * is refused; the seminar row is locked (`FOR UPDATE`) while counting, so two people answering at
 * the same moment for the last place cannot both get it.
 */
export async function respondToSeminar(db: Db, input: { seminarId: number; userId: number; answer: RsvpAnswer; now: Date }): Promise<RsvpResult> {
  return db.transaction(async (tx) => {
    const [seminar] = await tx.select().from(seminars).where(eq(seminars.id, input.seminarId)).for("update");
    const [participant] = seminar
      ? await tx
          .select()
          .from(seminarParticipants)
          .where(and(eq(seminarParticipants.seminarId, input.seminarId), eq(seminarParticipants.userId, input.userId)))
      : [];
    if (!seminar || !participant) return { kind: "not-invited" as const };
    if (seminar.status === "cancelled") return { kind: "cancelled" as const };
    if (seminar.status !== "published" || !seminar.startsAt || seminar.startsAt.getTime() <= input.now.getTime()) return { kind: "started" as const };
    if (input.answer === "coming" && participant.response !== "coming" && seminar.capacity !== null) {
      const [{ coming } = { coming: 0 }] = await tx
        .select({ coming: sql<number>`count(*)::int` })
        .from(seminarParticipants)
        .where(and(eq(seminarParticipants.seminarId, seminar.id), eq(seminarParticipants.response, "coming"), ne(seminarParticipants.userId, input.userId)));
      if (Number(coming) >= seminar.capacity) return { kind: "full" as const, capacity: seminar.capacity };
    }
    await tx
      .update(seminarParticipants)
      .set({ response: input.answer, respondedAt: input.now })
      .where(and(eq(seminarParticipants.seminarId, seminar.id), eq(seminarParticipants.userId, input.userId)));
    return { kind: "saved" as const, answer: input.answer, seminar };
  });
}
