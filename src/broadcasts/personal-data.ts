import { and, eq } from "drizzle-orm";
import { broadcasts } from "../db/schema/index.js";
import type { PersonalData } from "../registration/personal-data.js";
import { withdrawBestPracticeAsksOf } from "./best-practice.js";

/**
 * Announcements: drafts go; sent ones stay for the figures with the author pseudonymised. One still
 * waiting for a second person's approval does not go out after its author left; a request to share
 * their best practice that they never answered is withdrawn.
 */
export const broadcastsPersonalData: PersonalData = {
  feature: "broadcasts",
  async erase(tx, { telegramId, pseudonym }) {
    await tx.delete(broadcasts).where(and(eq(broadcasts.authorId, telegramId), eq(broadcasts.status, "draft")));
    await tx.update(broadcasts).set({ status: "declined" }).where(and(eq(broadcasts.authorId, telegramId), eq(broadcasts.status, "awaiting_approval")));
    await tx.update(broadcasts).set({ authorId: pseudonym, step: null }).where(eq(broadcasts.authorId, telegramId));
    await tx.update(broadcasts).set({ decidedBy: pseudonym }).where(eq(broadcasts.decidedBy, telegramId));
    await withdrawBestPracticeAsksOf(tx, telegramId);
    await tx.update(broadcasts).set({ consentUserId: pseudonym }).where(eq(broadcasts.consentUserId, telegramId));
  },
};
