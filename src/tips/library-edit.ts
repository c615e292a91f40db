import { asc, count, eq, sql } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import type { Db } from "../db/client.js";
import { activities, activityDrafts } from "../db/schema/index.js";
import { directionValues } from "../reports/form/v1.js";
import type { Language } from "../registration/roles.js";
import { activityTextSchema, type ActivityText } from "./library/schema.js";

export type Activity = typeof activities.$inferSelect;
export type ActivityDraft = typeof activityDrafts.$inferSelect;

export async function listActivities(db: Db, page: { offset: number; limit: number }): Promise<{ rows: Activity[]; total: number }> {
  const rows = await db.select().from(activities).orderBy(asc(activities.position), asc(activities.id)).offset(page.offset).limit(page.limit);
  const [{ total }] = (await db.select({ total: count() }).from(activities)) as [{ total: number }];
  return { rows, total };
}

export async function getActivity(db: Db, id: number): Promise<Activity | undefined> {
  const [row] = await db.select().from(activities).where(eq(activities.id, id));
  return row;
}

export function activityText(content: unknown, language: Language): ActivityText {
  return activityTextSchema.parse((content as Record<Language, unknown>)[language]);
}

/**
 * An activity's text for one language as a person types it in the chat: parts separated by lines of
 * three dashes — title, activity, words (comma-separated), then optionally a safety note and a
 * variant for the youngest ("-" to leave one out). Returns null when it does not fit the library's
 * rules, so the person is asked again.
 */
export function parseActivityText(raw: string): ActivityText | null {
  const parts = raw.split(/^\s*-{3,}\s*$/m).map((p) => p.trim());
  if (parts.length < 3 || parts.length > 5) return null;
  const [title, activity, words, safety, youngest] = parts;
  const optional = (value: string | undefined) => (value && value !== "-" ? value : undefined);
  const candidate = {
    title,
    activity,
    words: (words ?? "").split(/[,;\n]/).map((w) => w.trim()).filter(Boolean),
    ...(optional(safety) ? { safety: optional(safety) } : {}),
    ...(optional(youngest) ? { youngest: optional(youngest) } : {}),
  };
  const parsed = activityTextSchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

export async function getDraft(db: Db, userId: number): Promise<ActivityDraft | undefined> {
  const [row] = await db.select().from(activityDrafts).where(eq(activityDrafts.userId, userId));
  return row;
}

/** Starts (or restarts) a draft: a new activity in `direction`, or an edit of one language of `activityId`. */
export async function startDraft(
  db: Db,
  input: { userId: number; activityId: number | null; direction: (typeof directionValues)[number] | null; awaiting: Language; now: Date },
): Promise<void> {
  const values = { activityId: input.activityId, direction: input.direction, kk: null, ru: null, awaiting: input.awaiting, updatedAt: input.now };
  await db.insert(activityDrafts).values({ userId: input.userId, ...values }).onConflictDoUpdate({ target: activityDrafts.userId, set: values });
}

/** Stores one language's text; for a new activity, asks next for the language still missing. */
export async function putDraftText(db: Db, input: { userId: number; text: ActivityText; now: Date }): Promise<ActivityDraft | null> {
  const draft = await getDraft(db, input.userId);
  if (!draft?.awaiting) return null;
  const language = draft.awaiting as Language;
  const other: Language = language === "kk" ? "ru" : "kk";
  const next = draft.activityId === null && !draft[other] ? other : null;
  const [row] = await db
    .update(activityDrafts)
    .set({ [language]: input.text, awaiting: next, updatedAt: input.now })
    .where(eq(activityDrafts.userId, input.userId))
    .returning();
  return row ?? null;
}

/** The draft stays (its buttons still save or discard it), but the next message is not its text. */
export async function stopAwaitingText(db: Db, userId: number): Promise<void> {
  await db.update(activityDrafts).set({ awaiting: null }).where(eq(activityDrafts.userId, userId));
}

export async function discardDraft(db: Db, userId: number): Promise<void> {
  await db.delete(activityDrafts).where(eq(activityDrafts.userId, userId));
}

/** The content the draft would save: both languages for a new activity, the edited one merged for an edit. */
export async function draftContent(db: Db, draft: ActivityDraft): Promise<{ kk: ActivityText; ru: ActivityText } | null> {
  const base = draft.activityId !== null ? await getActivity(db, draft.activityId) : undefined;
  const kk = (draft.kk as ActivityText | null) ?? (base ? activityText(base.content, "kk") : null);
  const ru = (draft.ru as ActivityText | null) ?? (base ? activityText(base.content, "ru") : null);
  if (!kk || !ru) return null;
  // The same optional parts in both languages, as in the shipped library.
  if (Boolean(kk.safety) !== Boolean(ru.safety) || Boolean(kk.youngest) !== Boolean(ru.youngest)) return null;
  return { kk, ru };
}

export type SaveDraftProblem = "no_draft" | "incomplete" | "mismatched_parts";

/** Saves the draft as a new activity (end of the national order) or over the edited one; marks it edited in the chat. */
export async function saveDraft(db: Db, input: { userId: number; now: Date }): Promise<{ ok: true; activityId: number } | { ok: false; problem: SaveDraftProblem }> {
  const draft = await getDraft(db, input.userId);
  if (!draft) return { ok: false, problem: "no_draft" };
  if (draft.activityId === null && (!draft.kk || !draft.ru || !draft.direction)) return { ok: false, problem: "incomplete" };
  const content = await draftContent(db, draft);
  if (!content) return { ok: false, problem: "mismatched_parts" };
  return db.transaction(async (tx) => {
    let activityId: number;
    if (draft.activityId !== null) {
      await tx
        .update(activities)
        .set({ content, source: "chat", updatedBy: input.userId, updatedAt: input.now })
        .where(eq(activities.id, draft.activityId));
      activityId = draft.activityId;
    } else {
      const [{ max }] = (await tx.select({ max: sql<number>`coalesce(max(${activities.position}), 0)::int` }).from(activities)) as [{ max: number }];
      const [row] = await tx
        .insert(activities)
        .values({
          slug: `chat-${randomBytes(5).toString("hex")}`,
          direction: draft.direction!,
          season: "any",
          minutes: 15,
          content,
          position: max + 1,
          source: "chat",
          updatedBy: input.userId,
        })
        .returning({ id: activities.id });
      activityId = row!.id;
    }
    await tx.delete(activityDrafts).where(eq(activityDrafts.userId, input.userId));
    return { ok: true as const, activityId };
  });
}

/** Retired activities are planned for nobody any more; restoring puts them back in their place. */
export async function setActivityRetired(db: Db, input: { id: number; retired: boolean; by: number; now: Date }): Promise<boolean> {
  const rows = await db
    .update(activities)
    .set({ retiredAt: input.retired ? input.now : null, source: "chat", updatedBy: input.by, updatedAt: input.now })
    .where(eq(activities.id, input.id))
    .returning({ id: activities.id });
  return rows.length > 0;
}
