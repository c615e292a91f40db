import { and, eq } from "drizzle-orm";
import { seminarParticipants, seminars } from "../db/schema/index.js";
import type { PersonalData } from "../registration/personal-data.js";
import { eraseSeminarCommentsOf, pruneSeminarComments } from "./attendance.js";

/**
 * Events: drafts go; published events stay for the figures with the organiser pseudonymised;
 * answers and ratings stay, their comment (own words) goes.
 */
export const seminarsPersonalData: PersonalData = {
  feature: "seminars",
  async erase(tx, { telegramId, pseudonym }) {
    await tx.delete(seminars).where(and(eq(seminars.organizerId, telegramId), eq(seminars.status, "draft")));
    await tx.update(seminars).set({ organizerId: pseudonym, step: null }).where(eq(seminars.organizerId, telegramId));
    await eraseSeminarCommentsOf(tx, telegramId);
    await tx.update(seminarParticipants).set({ userId: pseudonym }).where(eq(seminarParticipants.userId, telegramId));
  },
  prune: async (db, before) => ({ seminarComments: await pruneSeminarComments(db, before) }),
};
