import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { seminarParticipants, seminars } from "../db/schema/index.js";
import { enqueueForRecipients } from "../delivery/enqueue-select.js";
import { ANNOUNCEMENT_TEMPLATE, rsvpButtons, seminarParams } from "./announcement.js";
import { audienceQuery, countAudience } from "../outreach/audience.js";
import { enqueueCalendarFile } from "./calendar-notice.js";
import { seminarCalendarFile } from "./ics.js";
import { missingForPublishing, type Seminar } from "./seminars.js";
import { SEMINAR_KIND, participantsQuery } from "./participants.js";

export function audienceOf(s: Seminar) {
  return { scopeKey: s.scopeKey, organizationIds: s.organizationIds ?? null, roles: s.includeParents ? (["head", "parent"] as const) : (["head"] as const) };
}

export async function countSeminarAudience(db: Db, s: Seminar): Promise<number> {
  const a = audienceOf(s);
  return countAudience(db, { ...a, roles: [...a.roles] });
}

export type PublishResult =
  | { kind: "published"; seminar: Seminar; invited: number }
  | { kind: "incomplete"; missing: string[] }
  | { kind: "starts-in-past" }
  | { kind: "no-audience" }
  | { kind: "link-not-accepted" }
  | { kind: "stale" };

function calendarFileOf(s: Seminar): Buffer | null {
  try {
    return seminarCalendarFile(s);
  } catch {
    return null;
  }
}

/**
 * Publishes a complete draft: the audience becomes the RSVP table (one set-based INSERT … SELECT)
 * and each person gets the announcement with "I'll come" / "I can't" and the calendar file,
 * through the outbox (dedup per event and person) at bulk priority: a national event with parents
 * is a million rows, and reminders, notices and urgent messages must not wait behind it.
 * All or nothing, and only once.
 */
export async function publishSeminar(db: Db, input: { seminarId: number; organizerId: number; now: Date }): Promise<PublishResult> {
  return db.transaction(async (tx) => {
    const [draft] = await tx
      .select()
      .from(seminars)
      .where(and(eq(seminars.id, input.seminarId), eq(seminars.organizerId, input.organizerId), eq(seminars.status, "draft")))
      .for("update");
    if (!draft) return { kind: "stale" as const };
    const missing = missingForPublishing(draft);
    if (missing.length > 0) return { kind: "incomplete" as const, missing };
    if (draft.startsAt!.getTime() <= input.now.getTime()) return { kind: "starts-in-past" as const };
    // The calendar file is built before anything is written: a link or text it cannot carry is
    // answered as such and the draft stays as it was, instead of failing half-way through.
    const calendar = calendarFileOf({ ...draft, status: "published" });
    if (!calendar) return { kind: "link-not-accepted" as const };
    const a = audienceOf(draft);
    await tx.execute(sql`
      INSERT INTO seminar_participants (seminar_id, user_id, organization_id, region_code, as_parent)
      SELECT ${draft.id}, a.chat_id, a.organization_id, a.region_code, a.as_parent FROM (${audienceQuery({ ...a, roles: [...a.roles] })}) a
      ON CONFLICT DO NOTHING`);
    const [{ invited } = { invited: 0 }] = await tx
      .select({ invited: sql<number>`count(*)::int` })
      .from(seminarParticipants)
      .where(eq(seminarParticipants.seminarId, draft.id));
    if (Number(invited) === 0) return { kind: "no-audience" as const };
    const [published] = await tx
      .update(seminars)
      .set({ status: "published", step: null, publishedAt: input.now })
      .where(eq(seminars.id, draft.id))
      .returning();
    await enqueueForRecipients(
      tx,
      { kind: SEMINAR_KIND, templateKey: ANNOUNCEMENT_TEMPLATE, params: seminarParams(published!), buttons: rsvpButtons(draft.id), priority: "bulk", dedupPrefix: `seminar:${draft.id}:announce:` },
      participantsQuery(draft.id),
    );
    await enqueueCalendarFile(tx, published!, "announce", calendar);
    return { kind: "published" as const, seminar: published!, invited: Number(invited) };
  });
}
