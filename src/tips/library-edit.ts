import { asc, count, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { activities, activityDrafts } from "../db/schema/index.js";
import { directionValues } from "../reports/form/v1.js";
import type { Language } from "../registration/roles.js";
import { findLink } from "../shared/links.js";
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
 * variant for the youngest ("-" to leave one out). Refused (the person is asked again): a text that
 * does not fit the library's rules, and any link (parents get it under the ministry's name).
 */
export function parseActivityText(raw: string): { ok: true; text: ActivityText } | { ok: false; problem: "format" } | { ok: false; problem: "link"; link: string } {
  const link = findLink(raw);
  if (link) return { ok: false, problem: "link", link };
  const parts = raw.split(/^\s*-{3,}\s*$/m).map((p) => p.trim());
  if (parts.length < 3 || parts.length > 5) return { ok: false, problem: "format" };
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
  return parsed.success ? { ok: true, text: parsed.data } : { ok: false, problem: "format" };
}

export async function getDraft(db: Db, userId: number): Promise<ActivityDraft | undefined> {
  const [row] = await db.select().from(activityDrafts).where(eq(activityDrafts.userId, userId));
  return row;
}

/**
 * Starts (or restarts) a draft: a new activity in `direction`, or an edit of one language of
 * `activityId` as it stands at revision `baseRevision`.
 */
export async function startDraft(
  db: Db,
  input: { userId: number; activityId: number | null; baseRevision: number | null; direction: (typeof directionValues)[number] | null; awaiting: Language; now: Date },
): Promise<void> {
  const values = {
    activityId: input.activityId,
    baseRevision: input.baseRevision,
    direction: input.direction,
    kk: null,
    ru: null,
    awaiting: input.awaiting,
    rejectingId: null,
    updatedAt: input.now,
  };
  await db.insert(activityDrafts).values({ userId: input.userId, ...values }).onConflictDoUpdate({ target: activityDrafts.userId, set: values });
}

/** A national editor is about to type why a proposal is rejected: the next text message is the reason. */
export async function startRejection(db: Db, input: { userId: number; proposalId: number; now: Date }): Promise<void> {
  const values = { activityId: null, baseRevision: null, direction: null, kk: null, ru: null, awaiting: "reason", rejectingId: input.proposalId, updatedAt: input.now };
  await db.insert(activityDrafts).values({ userId: input.userId, ...values }).onConflictDoUpdate({ target: activityDrafts.userId, set: values });
}

/** Stores one language's text; for a new activity, asks next for the language still missing. */
export async function putDraftText(db: Db, input: { userId: number; text: ActivityText; now: Date }): Promise<ActivityDraft | null> {
  const draft = await getDraft(db, input.userId);
  if (draft?.awaiting !== "kk" && draft?.awaiting !== "ru") return null;
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
