import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { seminars } from "../db/schema/index.js";
import { changeSeminar, type ChangeResult } from "./changes.js";
import {
  CAPACITY_MAX,
  DESCRIPTION_MAX,
  DURATION_MAX,
  DURATION_MIN,
  TITLE_MAX,
  parseAddress,
  parseDay,
  parseDayAndTime,
  parseOnlineUrl,
  parseTime,
  parseWholeNumber,
} from "./parse.js";
import { parseSecondLanguage, parseText, type Parsed } from "../outreach/parse-text.js";
import { abandonWizard, saveDraftStep, type DraftPatch, type Seminar, type WizardStep } from "./seminars.js";

/**
 * The seminar wizard's step machine: which step follows which, what a typed answer means at each
 * step, and the edit of a published event's time or place. The draft row is the wizard's place
 * (`seminars.step`), so a restart continues at the same step. No grammY here: the bot asks the
 * questions (src/bot/features/seminars/wizard.ts) and renders what this returns.
 */

/** Which step follows `step` given the answer just saved (steps that branch name theirs). */
export function nextStep(step: WizardStep, s: Seminar): WizardStep | null {
  switch (step) {
    case "scope":
      return "kind";
    case "kind":
      return "title-kk";
    case "title-kk":
      return "title-ru";
    case "title-ru":
      return "description-kk";
    case "description-kk":
      return "description-ru";
    case "description-ru":
      return "day";
    case "day":
      return "time";
    case "time":
      return "duration";
    case "duration":
      return "place-kind";
    case "online-url":
    case "address":
      return "audience";
    case "organizations":
      return "parents";
    case "parents":
      return "capacity";
    case "capacity":
      return "preview";
    default:
      return s.step as WizardStep;
  }
}

/** Saves an answer at the draft's step and moves on; null when the draft is no longer at that step. */
export function saveAnswer(db: Db, input: { seminar: Seminar; organizerId: number; patch: DraftPatch; next?: WizardStep }): Promise<Seminar | null> {
  const step = input.seminar.step as WizardStep;
  return saveDraftStep(db, { seminarId: input.seminar.id, organizerId: input.organizerId, expected: step, next: input.next ?? nextStep(step, input.seminar), patch: input.patch });
}

export type TypedOutcome =
  /** The answer was saved: ask `seminar.step` next (null when the draft moved on meanwhile). */
  | { kind: "saved"; seminar: Seminar | null }
  /** Not a valid answer: the reason (a locale key) and its parameters; nothing changed. */
  | { kind: "refused"; reason: string; params?: Record<string, string | number> }
  /** The step takes a button, not a message. */
  | { kind: "use-buttons" }
  /** An edit of a published event was applied (or not); left unless it changed or was the same value. */
  | { kind: "edited"; result: ChangeResult };

/** A typed message at the wizard's current step. */
export async function answerTyped(db: Db, input: { seminar: Seminar; organizerId: number; text: string; now: Date }): Promise<TypedOutcome> {
  const { seminar: s, text, now } = input;
  const take = async <T>(parsed: Parsed<T>, patch: (v: T) => DraftPatch): Promise<TypedOutcome> =>
    parsed.ok ? { kind: "saved", seminar: await saveAnswer(db, { seminar: s, organizerId: input.organizerId, patch: patch(parsed.value) }) } : refused(parsed);
  switch (s.step as WizardStep) {
    case "title-kk":
      return take(parseText(text, TITLE_MAX), (v) => ({ titleKk: v }));
    case "title-ru":
      return take(parseSecondLanguage(text, s.titleKk, TITLE_MAX), (v) => ({ titleRu: v }));
    case "description-kk":
      return take(parseText(text, DESCRIPTION_MAX), (v) => ({ descriptionKk: v }));
    case "description-ru":
      return take(parseSecondLanguage(text, s.descriptionKk, DESCRIPTION_MAX), (v) => ({ descriptionRu: v }));
    case "day":
      return take(parseDay(text, now), (v) => ({ draftDay: v }));
    case "time":
      return take(parseTime(text, s.draftDay!, now), (v) => ({ startsAt: v }));
    case "duration":
      return take(parseWholeNumber(text, DURATION_MIN, DURATION_MAX), (v) => ({ durationMinutes: v }));
    case "online-url":
      return take(parseOnlineUrl(text), (v) => ({ onlineUrl: v, address: null }));
    case "address":
      return take(parseAddress(text), (v) => ({ address: v, onlineUrl: null }));
    case "capacity":
      return take(parseWholeNumber(text, 1, CAPACITY_MAX), (v) => ({ capacity: v }));
    case "edit-time": {
      const parsed = parseDayAndTime(text, now);
      if (!parsed.ok) return refused(parsed);
      return edited(db, input.organizerId, await changeSeminar(db, { seminarId: s.id, actor: input.organizerId, now, startsAt: parsed.value }));
    }
    case "edit-place": {
      const online = /^\s*\w+:\/\//.test(text);
      const parsed = online ? parseOnlineUrl(text) : parseAddress(text);
      if (!parsed.ok) return refused(parsed);
      const place = online ? { onlineUrl: parsed.value, address: null } : { onlineUrl: null, address: parsed.value };
      return edited(db, input.organizerId, await changeSeminar(db, { seminarId: s.id, actor: input.organizerId, now, place }));
    }
    default:
      return { kind: "use-buttons" };
  }
}

function refused(parsed: Extract<Parsed<unknown>, { ok: false }>): TypedOutcome {
  return { kind: "refused", reason: parsed.reason, params: parsed.params };
}

async function edited(db: Db, organizerId: number, result: ChangeResult): Promise<TypedOutcome> {
  // A change clears the step itself; the same value again keeps asking (most likely a slip);
  // anything else leaves the edit, so the next message is not taken for it.
  if (result.kind !== "changed" && result.kind !== "unchanged") await abandonWizard(db, organizerId);
  return { kind: "edited", result };
}

/**
 * The organiser's next message is a new time or place for their published event. One wizard at a
 * time: an unfinished draft of theirs goes, and another edit in progress is left.
 */
export async function beginSeminarEdit(db: Db, input: { organizerId: number; seminarId: number; step: "edit-time" | "edit-place" }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(seminars).where(and(eq(seminars.organizerId, input.organizerId), eq(seminars.status, "draft")));
    await tx.update(seminars).set({ step: null }).where(and(eq(seminars.organizerId, input.organizerId), isNotNull(seminars.step)));
    await tx.update(seminars).set({ step: input.step }).where(eq(seminars.id, input.seminarId));
  });
}
