import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { seminars } from "../db/schema/index.js";

export type Seminar = typeof seminars.$inferSelect;
export type SeminarKind = NonNullable<Seminar["kind"]>;
export const seminarKinds = ["seminar", "webinar", "consultation"] as const satisfies readonly SeminarKind[];

/**
 * The wizard's steps, in order. Text steps take a message; the others take a button.
 * `edit-time` and `edit-place` are edits of a published event.
 */
export const wizardSteps = [
  "scope",
  "kind",
  "title-kk",
  "title-ru",
  "description-kk",
  "description-ru",
  "day",
  "time",
  "duration",
  "place-kind",
  "online-url",
  "address",
  "audience",
  "organizations",
  "parents",
  "capacity",
  "preview",
] as const;
export type WizardStep = (typeof wizardSteps)[number] | "edit-time" | "edit-place";

export async function getSeminar(db: Db, id: number): Promise<Seminar | undefined> {
  const [row] = await db.select().from(seminars).where(eq(seminars.id, id));
  return row;
}

/** The event this person is typing into now (a draft being filled in, or an edit of a published one). */
export async function activeSeminarStep(db: Db, organizerId: number): Promise<Seminar | undefined> {
  const [row] = await db
    .select()
    .from(seminars)
    .where(and(eq(seminars.organizerId, organizerId), isNotNull(seminars.step)))
    .orderBy(desc(seminars.id))
    .limit(1);
  return row;
}

/** Starts a new draft (an unfinished one of this organiser is dropped: one wizard at a time). */
export async function startDraft(db: Db, input: { organizerId: number; scopes: string[] }): Promise<Seminar> {
  return db.transaction(async (tx) => {
    await tx.delete(seminars).where(and(eq(seminars.organizerId, input.organizerId), eq(seminars.status, "draft")));
    await tx.update(seminars).set({ step: null }).where(and(eq(seminars.organizerId, input.organizerId), isNotNull(seminars.step)));
    const single = input.scopes.length === 1 ? input.scopes[0]! : null;
    const [row] = await tx
      .insert(seminars)
      .values({ organizerId: input.organizerId, scopeKey: single ?? input.scopes[0]!, step: single ? "kind" : "scope" })
      .returning();
    return row!;
  });
}

export type DraftPatch = Partial<
  Pick<
    Seminar,
    | "scopeKey"
    | "kind"
    | "titleKk"
    | "titleRu"
    | "descriptionKk"
    | "descriptionRu"
    | "draftDay"
    | "startsAt"
    | "durationMinutes"
    | "onlineUrl"
    | "address"
    | "organizationIds"
    | "includeParents"
    | "capacity"
  >
>;

/**
 * Saves one answer and moves the draft to `next`, if it is still at `expected` (compare-and-set:
 * a stale button or a repeated update changes nothing). Returns the updated row, or null.
 */
export async function saveDraftStep(db: Db, input: { seminarId: number; organizerId: number; expected: WizardStep; next: WizardStep | null; patch: DraftPatch }): Promise<Seminar | null> {
  const [row] = await db
    .update(seminars)
    .set({ ...input.patch, step: input.next })
    .where(and(eq(seminars.id, input.seminarId), eq(seminars.organizerId, input.organizerId), eq(seminars.step, input.expected)))
    .returning();
  return row ?? null;
}

/** Toggles one kindergarten in the draft's chosen list. */
export async function toggleDraftOrganization(db: Db, input: { seminarId: number; organizerId: number; organizationId: number }): Promise<Seminar | null> {
  const [row] = await db
    .update(seminars)
    .set({
      organizationIds: sql`case when coalesce(${seminars.organizationIds}, '[]'::jsonb) @> ${JSON.stringify([input.organizationId])}::jsonb
        then coalesce((select jsonb_agg(e) from jsonb_array_elements(${seminars.organizationIds}) e where e <> ${String(input.organizationId)}::jsonb), '[]'::jsonb)
        else coalesce(${seminars.organizationIds}, '[]'::jsonb) || ${JSON.stringify([input.organizationId])}::jsonb end`,
    })
    .where(and(eq(seminars.id, input.seminarId), eq(seminars.organizerId, input.organizerId), eq(seminars.step, "organizations")))
    .returning();
  return row ?? null;
}

/** Leaves the wizard: a draft is deleted, an edit of a published event is abandoned. */
/**
 * Ends whatever the organiser was typing into: a draft is deleted, a change of a published event
 * is left (the event stays as it was). Says which, so /cancel can tell them.
 */
export async function abandonWizard(db: Db, organizerId: number): Promise<"draft" | "edit" | null> {
  const dropped = await db.delete(seminars).where(and(eq(seminars.organizerId, organizerId), eq(seminars.status, "draft"))).returning({ id: seminars.id });
  const left = await db.update(seminars).set({ step: null }).where(and(eq(seminars.organizerId, organizerId), isNotNull(seminars.step))).returning({ id: seminars.id });
  if (dropped.length > 0) return "draft";
  return left.length > 0 ? "edit" : null;
}

/** What is still missing before a draft can be published (locale keys); empty → complete. */
export function missingForPublishing(s: Seminar): string[] {
  const missing: string[] = [];
  if (!s.kind) missing.push("seminar-field-kind");
  if (!s.titleKk) missing.push("seminar-field-title-kk");
  if (!s.titleRu) missing.push("seminar-field-title-ru");
  if (!s.descriptionKk) missing.push("seminar-field-description-kk");
  if (!s.descriptionRu) missing.push("seminar-field-description-ru");
  if (!s.startsAt) missing.push("seminar-field-starts");
  if (!s.durationMinutes) missing.push("seminar-field-duration");
  if (!s.onlineUrl && !s.address) missing.push("seminar-field-place");
  if (s.organizationIds && s.organizationIds.length === 0) missing.push("seminar-field-audience");
  return missing;
}

export async function listOrganizerSeminars(db: Db, organizerId: number, limit = 20): Promise<Seminar[]> {
  return db
    .select()
    .from(seminars)
    .where(and(eq(seminars.organizerId, organizerId), sql`${seminars.status} <> 'draft'`))
    .orderBy(desc(seminars.startsAt), desc(seminars.id))
    .limit(limit);
}
