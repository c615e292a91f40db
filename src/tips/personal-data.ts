import { eq } from "drizzle-orm";
import { activities, activityRevisions, regionTipSettings } from "../db/schema/index.js";
import type { PersonalData } from "../registration/personal-data.js";
import { eraseTipWordsOf, pruneTipWords } from "./feedback.js";

/**
 * Weekly activities: what the parent wrote or photographed after an activity goes (the answers stay
 * for the figures); the plan's rows lose the parent by the foreign key (user_id set null); children,
 * settings and drafts go with the user row; an editor of the library is pseudonymised.
 */
export const tipsPersonalData: PersonalData = {
  feature: "tips",
  async erase(tx, { telegramId, pseudonym }) {
    await eraseTipWordsOf(tx, telegramId);
    await tx.update(activities).set({ updatedBy: pseudonym }).where(eq(activities.updatedBy, telegramId));
    await tx.update(activityRevisions).set({ authorId: pseudonym }).where(eq(activityRevisions.authorId, telegramId));
    await tx.update(activityRevisions).set({ decidedBy: pseudonym }).where(eq(activityRevisions.decidedBy, telegramId));
    await tx.update(regionTipSettings).set({ updatedBy: pseudonym }).where(eq(regionTipSettings.updatedBy, telegramId));
  },
  prune: async (db, before) => ({ tipWords: await pruneTipWords(db, before) }),
};
