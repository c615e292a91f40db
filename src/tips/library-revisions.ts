import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import type { Db } from "../db/client.js";
import { activities, activityDrafts, activityRevisions, memberships, users } from "../db/schema/index.js";
import { enqueueMessages } from "../delivery/outbox.js";
import type { Actor } from "../registration/actor.js";
import { writeAudit } from "../registration/audit.js";
import { mayEditActivityLibrary, mayProposeActivities } from "../registration/permissions.js";
import { findLink } from "../shared/links.js";
import { activityTextSchema, tipAgeBands, type ActivityText } from "./library/schema.js";
import { draftContent, getDraft } from "./library-edit.js";
import { tipCallbacks } from "./tip-callbacks.js";

/**
 * Who may change the national library of weekly activities, and how every change is kept.
 *
 * - National editors (administrators, national coordinators: permissions.ts) add, edit, retire,
 *   return and restore directly; each change of text or fields is a new numbered revision.
 * - A methodologist's new activity or change is a proposal: stored, shown to editors, invisible to
 *   parents. It becomes a revision only when a national editor who is not its author approves it;
 *   an editor may reject it with a reason. Both decisions are told to the author.
 * - The `activities` row always holds the current approved revision, the only text the weekly plan
 *   and /tip read. A change is written with compare-and-set on the row's revision number, so a
 *   change written against an older revision is refused instead of silently undoing a newer one.
 * - Every step is in the audit log. Links are refused in every text (findLink).
 *
 * The role check is here, not only in the chat: a forged or stale button reaches this code too.
 */

export type Revision = typeof activityRevisions.$inferSelect;

/** What a revision fixes of an activity: its fields and both languages' texts. */
export interface ActivitySnapshot {
  direction: string;
  season: string;
  ageBands: string[];
  step: number;
  minutes: number;
  content: { kk: ActivityText; ru: ActivityText };
}

export type LibraryProblem =
  | "not_allowed"
  | "no_draft"
  | "incomplete"
  | "unchanged"
  | "mismatched_parts"
  | "link"
  | "stale"
  | "outdated"
  | "own_proposal"
  | "not_found"
  | "reason_invalid";

/** What an activity or a revision row holds of a snapshot. */
export interface SnapshotRow {
  direction: string;
  season: string;
  ageBands: readonly string[];
  step: number;
  minutes: number;
  content: unknown;
}

export type LibraryResult<T = object> = ({ ok: true } & T) | { ok: false; problem: LibraryProblem; link?: string };

export function snapshotOf(row: SnapshotRow): ActivitySnapshot {
  const content = row.content as Record<string, unknown>;
  return {
    direction: row.direction,
    season: row.season,
    ageBands: [...row.ageBands],
    step: row.step,
    minutes: row.minutes,
    content: { kk: activityTextSchema.parse(content.kk), ru: activityTextSchema.parse(content.ru) },
  };
}

/** The first link in any part of either language, or null. */
export function linkInContent(content: { kk: ActivityText; ru: ActivityText }): string | null {
  for (const text of [content.kk, content.ru]) {
    for (const part of [text.title, text.activity, ...text.words, text.safety ?? "", text.youngest ?? ""]) {
      const link = findLink(part);
      if (link) return link;
    }
  }
  return null;
}

class Refused extends Error {
  constructor(readonly problem: LibraryProblem) {
    super(problem);
  }
}

async function refusedAs<T>(work: () => Promise<T>): Promise<T | { ok: false; problem: LibraryProblem }> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Refused) return { ok: false, problem: error.problem };
    throw error;
  }
}

/** A transaction (drizzle's transaction type is a database as far as these queries go). */
type Tx = Db;

/**
 * Makes `snapshot` the current revision: of the activity `activityId` when its current revision is
 * still `base` (else throws "outdated"), or of a new activity at the end of the national order.
 */
async function makeCurrent(
  tx: Tx,
  input: { activityId: number | null; base: number | null; snapshot: ActivitySnapshot; by: number; now: Date },
): Promise<{ activityId: number; number: number }> {
  const fields = {
    direction: input.snapshot.direction,
    season: input.snapshot.season,
    ageBands: input.snapshot.ageBands,
    step: input.snapshot.step,
    minutes: input.snapshot.minutes,
    content: input.snapshot.content,
    source: "chat" as const,
    updatedBy: input.by,
    updatedAt: input.now,
  };
  if (input.activityId !== null) {
    const [row] = await tx
      .update(activities)
      .set({ ...fields, revision: sql`${activities.revision} + 1` })
      .where(and(eq(activities.id, input.activityId), eq(activities.revision, input.base ?? -1)))
      .returning({ revision: activities.revision });
    if (!row) throw new Refused("outdated");
    return { activityId: input.activityId, number: row.revision };
  }
  const [{ max }] = (await tx.select({ max: sql<number>`coalesce(max(${activities.position}), 0)::int` }).from(activities)) as [{ max: number }];
  const [row] = await tx
    .insert(activities)
    .values({ slug: `chat-${randomBytes(5).toString("hex")}`, position: max + 1, revision: 1, ...fields })
    .returning({ id: activities.id });
  return { activityId: row!.id, number: 1 };
}

/**
 * Saves the person's draft: a national editor's becomes the current revision at once; a
 * methodologist's becomes a proposal for a national editor to approve. Refused: anyone else, a
 * draft with a link, an edit of an activity changed since the draft was started.
 */
export async function submitDraft(
  db: Db,
  input: { actor: Actor; now: Date },
): Promise<LibraryResult<{ mode: "saved" | "proposed"; activityId: number | null; revisionId: number }>> {
  const { actor, now } = input;
  const editor = mayEditActivityLibrary(actor);
  if (!editor && !mayProposeActivities(actor)) return { ok: false, problem: "not_allowed" };
  const draft = await getDraft(db, actor.telegramId);
  if (!draft || draft.awaiting === "reason") return { ok: false, problem: "no_draft" };
  if (draft.activityId === null && (!draft.kk || !draft.ru || !draft.direction)) return { ok: false, problem: "incomplete" };
  // An edit whose text was not typed yet has nothing to save.
  if (draft.activityId !== null && draft.awaiting !== null) return { ok: false, problem: "unchanged" };
  const content = await draftContent(db, draft);
  if (!content) return { ok: false, problem: "mismatched_parts" };
  const link = linkInContent(content);
  if (link) return { ok: false, problem: "link", link };
  const base = draft.activityId !== null ? await db.select().from(activities).where(eq(activities.id, draft.activityId)).then((r) => r[0]) : undefined;
  if (draft.activityId !== null && (!base || base.revision !== draft.baseRevision)) return { ok: false, problem: "outdated" };
  const snapshot: ActivitySnapshot = base
    ? { ...snapshotOf(base), content }
    : { direction: draft.direction!, season: "any", ageBands: [...tipAgeBands], step: 1, minutes: 15, content };
  if (base && changedFields(snapshotOf(base), snapshot).length === 0) return { ok: false, problem: "unchanged" };
  const title = content.ru.title;
  return refusedAs(() =>
    db.transaction(async (tx) => {
      let result: { mode: "saved" | "proposed"; activityId: number | null; revisionId: number };
      if (editor) {
        const current = await makeCurrent(tx, { activityId: base?.id ?? null, base: base?.revision ?? null, snapshot, by: actor.telegramId, now });
        const [revision] = await tx
          .insert(activityRevisions)
          .values({
            activityId: current.activityId,
            number: current.number,
            status: "approved",
            baseNumber: base?.revision ?? null,
            ...snapshot,
            authorId: actor.telegramId,
            createdAt: now,
            decidedBy: actor.telegramId,
            decidedAt: now,
          })
          .returning({ id: activityRevisions.id });
        await writeAudit(tx, {
          actorId: actor.telegramId,
          action: base ? "activity.edited" : "activity.added",
          subjectId: current.activityId,
          details: { revision: current.number, title, ...(base ? { changed: changedFields(snapshotOf(base), snapshot) } : {}) },
        });
        result = { mode: "saved", activityId: current.activityId, revisionId: revision!.id };
      } else {
        const [revision] = await tx
          .insert(activityRevisions)
          .values({ activityId: base?.id ?? null, status: "proposed", baseNumber: base?.revision ?? null, ...snapshot, authorId: actor.telegramId, createdAt: now })
          .returning({ id: activityRevisions.id });
        await writeAudit(tx, {
          actorId: actor.telegramId,
          action: "activity.proposed",
          subjectId: base?.id ?? null,
          details: { proposal: revision!.id, title, ...(base ? { base: base.revision, changed: changedFields(snapshotOf(base), snapshot) } : { new: true }) },
        });
        result = { mode: "proposed", activityId: base?.id ?? null, revisionId: revision!.id };
      }
      await tx.delete(activityDrafts).where(eq(activityDrafts.userId, actor.telegramId));
      return { ok: true as const, ...result };
    }),
  );
}

/** A proposal's decision: approve (it becomes the activity's current revision) or reject with a reason. */
export async function approveProposal(db: Db, input: { actor: Actor; proposalId: number; now: Date }): Promise<LibraryResult<{ activityId: number; number: number }>> {
  const { actor, now } = input;
  if (!mayEditActivityLibrary(actor)) return { ok: false, problem: "not_allowed" };
  const proposal = await getRevision(db, input.proposalId);
  if (!proposal) return { ok: false, problem: "not_found" };
  if (proposal.status !== "proposed") return { ok: false, problem: "stale" };
  // A second person: whoever wrote it cannot approve it, whatever roles they hold now.
  if (proposal.authorId === actor.telegramId) return { ok: false, problem: "own_proposal" };
  const snapshot = snapshotOf(proposal);
  const link = linkInContent(snapshot.content);
  if (link) return { ok: false, problem: "link", link };
  return refusedAs(() =>
    db.transaction(async (tx) => {
      const claimed = await tx
        .update(activityRevisions)
        .set({ status: "approved", decidedBy: actor.telegramId, decidedAt: now })
        .where(and(eq(activityRevisions.id, proposal.id), eq(activityRevisions.status, "proposed")))
        .returning({ id: activityRevisions.id });
      if (claimed.length === 0) throw new Refused("stale");
      const current = await makeCurrent(tx, { activityId: proposal.activityId, base: proposal.baseNumber, snapshot, by: actor.telegramId, now });
      await tx.update(activityRevisions).set({ activityId: current.activityId, number: current.number }).where(eq(activityRevisions.id, proposal.id));
      await writeAudit(tx, {
        actorId: actor.telegramId,
        action: "activity.approved",
        subjectId: current.activityId,
        details: { proposal: proposal.id, author: proposal.authorId, revision: current.number, title: snapshot.content.ru.title },
      });
      await enqueueDecisionNotice(tx, proposal, "approved", null);
      return { ok: true as const, activityId: current.activityId, number: current.number };
    }),
  );
}

export const REJECTION_REASON_MAX = 500;

export async function rejectProposal(db: Db, input: { actor: Actor; proposalId: number; reason: string; now: Date }): Promise<LibraryResult> {
  const { actor, now } = input;
  if (!mayEditActivityLibrary(actor)) return { ok: false, problem: "not_allowed" };
  const reason = input.reason.trim();
  if (reason.length < 3 || reason.length > REJECTION_REASON_MAX) return { ok: false, problem: "reason_invalid" };
  const proposal = await getRevision(db, input.proposalId);
  if (!proposal) return { ok: false, problem: "not_found" };
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(activityRevisions)
      .set({ status: "rejected", decidedBy: actor.telegramId, decidedAt: now, reason })
      .where(and(eq(activityRevisions.id, proposal.id), eq(activityRevisions.status, "proposed")))
      .returning({ id: activityRevisions.id });
    if (rows.length === 0) return { ok: false as const, problem: "stale" as const };
    await writeAudit(tx, {
      actorId: actor.telegramId,
      action: "activity.rejected",
      subjectId: proposal.activityId,
      details: { proposal: proposal.id, author: proposal.authorId, reason },
    });
    await enqueueDecisionNotice(tx, proposal, "rejected", reason);
    return { ok: true as const };
  });
}

/** Retired activities are planned for nobody; returning puts one back at its place. National editors only. */
export async function setActivityRetired(db: Db, input: { actor: Actor; activityId: number; retired: boolean; now: Date }): Promise<LibraryResult> {
  const { actor, now } = input;
  if (!mayEditActivityLibrary(actor)) return { ok: false, problem: "not_allowed" };
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(activities)
      .set({ retiredAt: input.retired ? now : null, updatedBy: actor.telegramId, updatedAt: now })
      .where(and(eq(activities.id, input.activityId), input.retired ? isNull(activities.retiredAt) : sql`${activities.retiredAt} IS NOT NULL`))
      .returning({ id: activities.id, revision: activities.revision });
    if (rows.length === 0) return { ok: false as const, problem: "stale" as const };
    await writeAudit(tx, {
      actorId: actor.telegramId,
      action: input.retired ? "activity.retired" : "activity.unretired",
      subjectId: input.activityId,
      details: { revision: rows[0]!.revision },
    });
    return { ok: true as const };
  });
}

/**
 * Brings back an earlier revision's text and fields as a new revision (history is never rewritten).
 * `current` is the revision the person saw as current: a restore pressed on an older screen is stale.
 */
export async function restoreRevision(
  db: Db,
  input: { actor: Actor; revisionId: number; current: number; now: Date },
): Promise<LibraryResult<{ number: number }>> {
  const { actor, now } = input;
  if (!mayEditActivityLibrary(actor)) return { ok: false, problem: "not_allowed" };
  const old = await getRevision(db, input.revisionId);
  if (!old || old.status !== "approved" || old.activityId === null || old.number === null) return { ok: false, problem: "not_found" };
  const activity = await db.select().from(activities).where(eq(activities.id, old.activityId)).then((r) => r[0]);
  if (!activity || activity.revision !== input.current || old.number === activity.revision) return { ok: false, problem: "stale" };
  const snapshot = snapshotOf(old);
  const link = linkInContent(snapshot.content);
  if (link) return { ok: false, problem: "link", link };
  return refusedAs(() =>
    db.transaction(async (tx) => {
      const current = await makeCurrent(tx, { activityId: activity.id, base: activity.revision, snapshot, by: actor.telegramId, now });
      await tx.insert(activityRevisions).values({
        activityId: activity.id,
        number: current.number,
        status: "approved",
        baseNumber: activity.revision,
        restoredFrom: old.number,
        ...snapshot,
        authorId: actor.telegramId,
        createdAt: now,
        decidedBy: actor.telegramId,
        decidedAt: now,
      });
      await writeAudit(tx, {
        actorId: actor.telegramId,
        action: "activity.revision_restored",
        subjectId: activity.id,
        details: { revision: current.number, restoredFrom: old.number, changed: changedFields(snapshotOf(activity), snapshot) },
      });
      return { ok: true as const, number: current.number };
    }),
  );
}

export async function getRevision(db: Db, id: number): Promise<Revision | undefined> {
  const [row] = await db.select().from(activityRevisions).where(eq(activityRevisions.id, id));
  return row;
}

/** The approved revision of `activityId` with `number`. */
export async function getRevisionByNumber(db: Db, activityId: number, number: number): Promise<Revision | undefined> {
  const [row] = await db
    .select()
    .from(activityRevisions)
    .where(and(eq(activityRevisions.activityId, activityId), eq(activityRevisions.number, number)));
  return row;
}

export interface RevisionListItem {
  revision: Revision;
  authorName: string | null;
}

/** An activity's history, newest first: approved revisions, open proposals and rejected ones, a page at a time. */
export async function listRevisions(db: Db, activityId: number, page: { offset: number; limit: number }): Promise<{ rows: RevisionListItem[]; total: number }> {
  const rows = await db
    .select({ revision: activityRevisions, authorName: users.firstName })
    .from(activityRevisions)
    .leftJoin(users, eq(users.telegramId, activityRevisions.authorId))
    .where(eq(activityRevisions.activityId, activityId))
    .orderBy(desc(activityRevisions.id))
    .offset(page.offset)
    .limit(page.limit);
  const [{ total }] = (await db.select({ total: count() }).from(activityRevisions).where(eq(activityRevisions.activityId, activityId))) as [{ total: number }];
  return { rows, total };
}

/** Proposals waiting for a national editor, oldest first. */
export async function listOpenProposals(db: Db, page: { offset: number; limit: number }): Promise<{ rows: RevisionListItem[]; total: number }> {
  const rows = await db
    .select({ revision: activityRevisions, authorName: users.firstName })
    .from(activityRevisions)
    .leftJoin(users, eq(users.telegramId, activityRevisions.authorId))
    .where(eq(activityRevisions.status, "proposed"))
    .orderBy(activityRevisions.id)
    .offset(page.offset)
    .limit(page.limit);
  const [{ total }] = (await db.select({ total: count() }).from(activityRevisions).where(eq(activityRevisions.status, "proposed"))) as [{ total: number }];
  return { rows, total };
}

/** What a proposal or revision is compared with: the revision before it (its base, or the one numbered before). */
export async function previousOf(db: Db, revision: Revision): Promise<Revision | undefined> {
  if (revision.activityId === null) return undefined;
  const number = revision.status === "approved" ? (revision.number ?? 1) - 1 : revision.baseNumber;
  if (number === null || number < 1) return undefined;
  return getRevisionByNumber(db, revision.activityId, number);
}

export const snapshotFields = ["direction", "season", "ageBands", "step", "minutes"] as const;
export const textParts = ["title", "activity", "words", "safety", "youngest"] as const;
export type TextPart = (typeof textParts)[number];
export type ChangedField = (typeof snapshotFields)[number] | `${"kk" | "ru"}.${TextPart}`;

/** The fields in which two snapshots differ, in a fixed order. */
export function changedFields(before: ActivitySnapshot, after: ActivitySnapshot): ChangedField[] {
  const changed: ChangedField[] = snapshotFields.filter((f) => String(before[f]) !== String(after[f]));
  for (const language of ["kk", "ru"] as const) {
    for (const part of textParts) {
      if (partText(before, language, part) !== partText(after, language, part)) changed.push(`${language}.${part}`);
    }
  }
  return changed;
}

export function partText(snapshot: ActivitySnapshot, language: "kk" | "ru", part: TextPart): string {
  const text = snapshot.content[language];
  return part === "words" ? text.words.join(", ") : (text[part] ?? "");
}

/** National editors who hear of a new proposal: national coordinators, and administrators who have written to the bot. */
async function nationalEditorIds(db: Db | Tx, adminIds: Iterable<number>): Promise<number[]> {
  const coordinators = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.role, "coordinator"), isNull(memberships.regionCode), isNull(memberships.organizationId)));
  const admins = [...adminIds];
  const known = admins.length === 0 ? [] : await db.select({ id: users.telegramId }).from(users).where(inArray(users.telegramId, admins));
  return [...new Set([...coordinators.map((c) => c.userId), ...known.map((a) => a.id)])];
}

/** Tells the national editors (but not the author) that a proposal waits for them. */
export async function enqueueProposalNotice(db: Db, input: { proposalId: number; adminIds: Iterable<number> }): Promise<number> {
  const proposal = await getRevision(db, input.proposalId);
  if (!proposal || proposal.status !== "proposed") return 0;
  const snapshot = snapshotOf(proposal);
  const editors = (await nationalEditorIds(db, input.adminIds)).filter((id) => id !== proposal.authorId);
  return enqueueMessages(
    db,
    editors.map((chatId) => ({
      chatId,
      kind: "activity-proposal",
      templateKey: proposal.activityId === null ? "library-notice-proposed-new" : "library-notice-proposed-change",
      params: { title: { kk: snapshot.content.kk.title, ru: snapshot.content.ru.title } },
      buttons: [{ textKey: "library-button-open-proposal", callbackData: tipCallbacks.libraryRevision.pack(proposal.id) }],
      priority: "normal" as const,
      dedupKey: `activity-proposal:${proposal.id}:${chatId}`,
    })),
  );
}

async function enqueueDecisionNotice(tx: Tx, proposal: Revision, decision: "approved" | "rejected", reason: string | null): Promise<void> {
  // An author who has left (a pseudonym) has no chat to tell.
  if (proposal.authorId === null || proposal.authorId < 0) return;
  const snapshot = snapshotOf(proposal);
  await enqueueMessages(tx, [
    {
      chatId: proposal.authorId,
      kind: "activity-decision",
      templateKey: decision === "approved" ? "library-notice-approved" : "library-notice-rejected",
      params: { title: { kk: snapshot.content.kk.title, ru: snapshot.content.ru.title }, reason: reason ?? "" },
      priority: "normal",
      dedupKey: `activity-decision:${proposal.id}`,
    },
  ]);
}
