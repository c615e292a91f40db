import { and, desc, eq, ne } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { organizations, quarterlyReports, reportSessions } from "../db/schema/index.js";
import { owesReport } from "../figures/report-status.js";
import { getPeriod } from "./periods.js";
import { reportEditability, editorName, ensureReport, findReportingPeriod, formContextFor, formOf, getReport, removeAnswers, replaceAnswers, saveAnswer, type Period, type Report } from "./report-draft.js";
import { submitReport } from "./submit-report.js";
import { endReportSession, isHeadOf } from "./report-access.js";
import { parseAnswer, type AnswerInput } from "./form/parse-answer.js";
import { applicableFields, checkRules, isAnswered, isRequired, nextUnanswered, pruneAnswers } from "./form/rules.js";
import type { Answers, FieldDef, FormContext, FormDefinition } from "./form/types.js";

/**
 * The report walker: one question at a time over any form definition. Every answer is saved in the
 * draft and the place in `report_sessions`, so each step costs the same whatever the form's length,
 * and a restart continues exactly where the person stopped. No grammY here: the bot renders views.
 */
export type Session = typeof reportSessions.$inferSelect;

export interface Loaded {
  session: Session;
  report: Report;
  period: Period;
  form: FormDefinition;
  context: FormContext;
  answers: Answers;
}

export type WalkerView =
  | (Loaded & { kind: "question"; field: FieldDef; fieldIndex: number; error?: Message; notice?: Message; comment?: string })
  | (Loaded & { kind: "summary"; notice?: Message });

export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

export type StartResult =
  | WalkerView
  | { kind: "no-period" }
  | { kind: "accepted" }
  | { kind: "deadline-passed" }
  | { kind: "approved" }
  | { kind: "busy"; editor: string | null }
  | { kind: "not-head" };

export type WalkerInput = AnswerInput | { kind: "skip" } | { kind: "done" };

const SESSION_BUSY_MS = 12 * 60 * 60 * 1000;

async function getSession(db: Db, userId: number): Promise<Session | undefined> {
  const [row] = await db.select().from(reportSessions).where(eq(reportSessions.userId, userId));
  return row;
}

async function setSession(db: Db, userId: number, values: Partial<Omit<Session, "userId">> & { reportId: number }): Promise<void> {
  const row = { fieldKey: null, mode: "fill" as const, active: true, ...values, updatedAt: new Date() };
  await db.insert(reportSessions).values({ userId, ...row }).onConflictDoUpdate({ target: reportSessions.userId, set: row });
}

async function load(db: Db, session: Session): Promise<Loaded | null> {
  const report = await getReport(db, session.reportId);
  if (!report) return null;
  const period = (await getPeriod(db, report.periodId))!;
  const form = formOf(report);
  const context = await formContextFor(db, report.organizationId, period);
  return { session, report, period, form, context, answers: report.answers as Answers };
}

function fieldView(loaded: Loaded, key: string | null, extra: Partial<Pick<Extract<WalkerView, { kind: "question" }>, "error" | "notice">> = {}): WalkerView {
  const index = key === null ? -1 : loaded.form.fields.findIndex((f) => f.key === key);
  if (index < 0) return { ...loaded, kind: "summary", notice: extra.notice };
  const returned = loaded.report.returnedFields?.[key!];
  return { ...loaded, kind: "question", field: loaded.form.fields[index]!, fieldIndex: index, ...extra, ...(returned ? { comment: returned } : {}) };
}

function returnedKeysInOrder(loaded: Loaded): string[] {
  const returned = loaded.report.returnedFields ?? {};
  return loaded.form.fields.map((f) => f.key).filter((k) => k in returned);
}

async function joiningOf(db: Db, organizationId: number): Promise<{ joinedOn: string | null }> {
  const [row] = await db.select({ joinedOn: organizations.joinedOn }).from(organizations).where(eq(organizations.id, organizationId));
  return { joinedOn: row?.joinedOn ?? null };
}

/** Opens the organisation's report for the open period and says where to continue. */
export async function startReport(
  db: Db,
  input: { userId: number; organizationId: number; now: Date; takeOver?: boolean },
): Promise<StartResult> {
  if (!(await isHeadOf(db, input.userId, input.organizationId))) return { kind: "not-head" };
  const period = await findReportingPeriod(db, input.now);
  // A kindergarten added after this period's due day owes it nothing: no period is open for it yet.
  if (!period || !owesReport(await joiningOf(db, input.organizationId), period)) return { kind: "no-period" };
  const report = await ensureReport(db, input.organizationId, period.id);
  const state = await reportEditability(db, report, period, input.now);
  if (state !== "editable") return { kind: state };

  if (report.editorId !== null && report.editorId !== input.userId && !input.takeOver) {
    const [other] = await db
      .select()
      .from(reportSessions)
      .where(and(eq(reportSessions.reportId, report.id), eq(reportSessions.userId, report.editorId), eq(reportSessions.active, true)));
    if (other && input.now.getTime() - other.updatedAt.getTime() < SESSION_BUSY_MS) {
      return { kind: "busy", editor: await editorName(db, report.editorId) };
    }
  }
  await db.update(quarterlyReports).set({ editorId: input.userId }).where(eq(quarterlyReports.id, report.id));
  let existing = await getSession(db, input.userId);
  if (input.takeOver) {
    // The colleague's place becomes ours, so the walk goes on from where they were.
    // Their own session stays until their next answer, which tells them who took over.
    const [previous] = await db
      .select()
      .from(reportSessions)
      .where(and(eq(reportSessions.reportId, report.id), ne(reportSessions.userId, input.userId)))
      .orderBy(desc(reportSessions.updatedAt))
      .limit(1);
    if (previous) existing = { ...previous, userId: input.userId };
  }

  if (existing && existing.reportId === report.id) {
    await setSession(db, input.userId, { reportId: report.id, fieldKey: existing.fieldKey, mode: existing.mode });
  } else {
    const loadedForStart = await load(db, { userId: input.userId, reportId: report.id, fieldKey: null, mode: "fill", active: true, questionMessageId: null, questionHasButtons: false, updatedAt: input.now });
    const l = loadedForStart!;
    if (report.status === "returned") {
      await setSession(db, input.userId, { reportId: report.id, mode: "returned", fieldKey: returnedKeysInOrder(l)[0] ?? null });
    } else if (report.status === "submitted") {
      await setSession(db, input.userId, { reportId: report.id, mode: "single", fieldKey: null });
    } else {
      await setSession(db, input.userId, { reportId: report.id, mode: "fill", fieldKey: nextUnanswered(l.form, l.answers, l.context)?.key ?? null });
    }
  }
  const session = (await getSession(db, input.userId))!;
  const loaded = (await load(db, session))!;
  return fieldView(loaded, session.fieldKey);
}

/** The active session's current view, or null when the person is not filling in a report. */
export async function currentView(db: Db, userId: number): Promise<WalkerView | null> {
  const session = await getSession(db, userId);
  if (!session || !session.active) return null;
  const loaded = await load(db, session);
  return loaded ? fieldView(loaded, session.fieldKey) : null;
}

export async function hasActiveSession(db: Db, userId: number): Promise<boolean> {
  const session = await getSession(db, userId);
  return Boolean(session?.active);
}

export async function rememberQuestionMessage(db: Db, userId: number, messageId: number, hasButtons: boolean): Promise<void> {
  await db.update(reportSessions).set({ questionMessageId: messageId, questionHasButtons: hasButtons }).where(eq(reportSessions.userId, userId));
}

/**
 * In a private chat the person's and the bot's messages share one sequence of ids: a message with
 * a smaller id than the question asked now was sent before that question appeared, so it answers
 * an earlier one (typed twice, sent late, or the same update delivered again).
 */
export function answersEarlierQuestion(session: Pick<Session, "questionMessageId">, messageId: number | undefined): boolean {
  return messageId !== undefined && session.questionMessageId !== null && messageId < session.questionMessageId;
}

/** /cancel: stop taking messages as answers; the draft and the place are kept. */
export async function pauseReport(db: Db, userId: number): Promise<boolean> {
  const paused = await db
    .update(reportSessions)
    .set({ active: false })
    .where(and(eq(reportSessions.userId, userId), eq(reportSessions.active, true)))
    .returning();
  return paused.length > 0;
}

export type AnswerOutcome =
  | WalkerView
  | { kind: "stale" }
  | { kind: "late" }
  | { kind: "not-head" }
  | { kind: "taken-over"; editor: string | null }
  | { kind: "no-session" }
  | { kind: "locked"; reason: "accepted" | "deadline-passed" | "approved" };

/** Someone who is no longer a head of the kindergarten loses their place in its report. */
async function stillHead(db: Db, userId: number, loaded: Loaded): Promise<boolean> {
  if (await isHeadOf(db, userId, loaded.report.organizationId)) return true;
  await endReportSession(db, userId, loaded.report.id);
  return false;
}

/** Where to go after the current field is settled, by mode. */
async function advance(db: Db, loaded: Loaded, answeredKey: string, notice?: Message): Promise<WalkerView> {
  const { session, form, context } = loaded;
  const answers = pruneAnswers(form, loaded.answers, context);
  let next: string | null;
  if (session.mode === "returned") {
    // Forward through the form only: the returned fields after this one, and any field a changed
    // answer opened (e.g. a description once zones > 0), each asked once, then the summary.
    const returned = new Set(returnedKeysInOrder(loaded));
    const position = (key: string) => form.fields.findIndex((f) => f.key === key);
    const after = position(answeredKey);
    next =
      applicableFields(form, answers, context).find((f) => position(f.key) > after && (returned.has(f.key) || !isAnswered(answers, f.key)))?.key ??
      nextUnanswered(form, answers, context)?.key ??
      null;
  } else {
    next = nextUnanswered(form, answers, context)?.key ?? null;
  }
  await setSession(db, session.userId, { reportId: session.reportId, mode: session.mode, fieldKey: next });
  return fieldView({ ...loaded, answers, session: { ...session, fieldKey: next } }, next, notice ? { notice } : {});
}

/**
 * Takes one input for the current field. `fieldIndex` comes with buttons: a button of another
 * question (a stale one) changes nothing. `messageId` comes with typed text and photos: a message
 * sent before the current question was asked changes nothing either.
 */
export async function answerCurrent(
  db: Db,
  input: { userId: number; input: WalkerInput; fieldIndex?: number; messageId?: number; now: Date },
): Promise<AnswerOutcome> {
  const session = await getSession(db, input.userId);
  if (!session || !session.active) return { kind: "no-session" };
  if (answersEarlierQuestion(session, input.messageId)) return { kind: "late" };
  const loaded = await load(db, session);
  if (!loaded) return { kind: "no-session" };
  if (!(await stillHead(db, input.userId, loaded))) return { kind: "not-head" };
  if (loaded.report.editorId !== input.userId) {
    await db.delete(reportSessions).where(eq(reportSessions.userId, input.userId));
    return { kind: "taken-over", editor: loaded.report.editorId ? await editorName(db, loaded.report.editorId) : null };
  }
  const state = await reportEditability(db, loaded.report, loaded.period, input.now);
  if (state !== "editable") return { kind: "locked", reason: state };
  const view = fieldView(loaded, session.fieldKey);
  if (view.kind !== "question") {
    return input.fieldIndex === undefined ? { ...view, notice: { key: "report-summary-use-buttons" } } : { kind: "stale" };
  }
  if (input.fieldIndex !== undefined && input.fieldIndex !== view.fieldIndex) return { kind: "stale" };
  const { field } = view;
  const answers = loaded.answers;
  const ask = (extra: { error?: Message; notice?: Message }) => fieldView(loaded, field.key, extra);

  if (input.input.kind === "skip") {
    if (isRequired(field, loaded.context)) return ask({ error: { key: "report-error-required" } });
    await saveAnswer(db, loaded.report.id, field.key, field.type === "multi" || field.type === "photos" ? [] : null);
    return settle(db, { ...loaded, answers: { ...answers, [field.key]: field.type === "multi" || field.type === "photos" ? [] : null } }, field);
  }

  if (field.type === "multi" || field.type === "photos") {
    const current = Array.isArray(answers[field.key]) ? (answers[field.key] as string[]) : [];
    if (input.input.kind === "done") {
      if (field.type === "multi" && current.length < field.minSelected) {
        return ask({ error: { key: "report-error-choose-at-least", params: { min: field.minSelected } } });
      }
      if (!(field.key in answers)) await saveAnswer(db, loaded.report.id, field.key, []);
      return settle(db, { ...loaded, answers: { ...answers, [field.key]: current } }, field);
    }
    const parsed = parseAnswer(field, input.input);
    if (!parsed.ok) return ask({ error: { key: parsed.errorKey, params: parsed.params } });
    const value = String(parsed.value);
    let updated: string[];
    if (field.type === "multi") {
      updated = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
      // Keep the form's order so summaries read the same every time.
      updated = field.options.map((o) => o.value).filter((v) => updated.includes(v));
    } else {
      if (current.length >= field.max) return ask({ error: { key: "report-error-too-many-photos", params: { max: field.max } } });
      updated = [...current, value];
    }
    await saveAnswer(db, loaded.report.id, field.key, updated);
    const next = { ...loaded, answers: { ...answers, [field.key]: updated } };
    if (field.type === "photos" && updated.length >= field.max) return settle(db, next, field);
    return fieldView(next, field.key, field.type === "photos" ? { notice: { key: "report-photo-added", params: { count: updated.length, max: field.max } } } : {});
  }

  if (input.input.kind === "done") return { kind: "stale" };
  const parsed = parseAnswer(field, input.input);
  if (!parsed.ok) return ask({ error: { key: parsed.errorKey, params: parsed.params } });
  await saveAnswer(db, loaded.report.id, field.key, parsed.value);
  return settle(db, { ...loaded, answers: { ...answers, [field.key]: parsed.value } }, field);
}

/** After a field is answered: check its cross-field rules, then move on. */
async function settle(db: Db, loaded: Loaded, field: FieldDef): Promise<WalkerView> {
  const [violation] = checkRules(loaded.form, loaded.answers, loaded.context, field.key);
  if (violation) {
    // The numbers do not add up: ask the rule's fields again from the first, keeping nothing of them.
    await removeAnswers(db, loaded.report.id, violation.rule.fields);
    const answers = Object.fromEntries(Object.entries(loaded.answers).filter(([k]) => !violation.rule.fields.includes(k)));
    const first = violation.rule.fields.find((k) => loaded.form.fields.some((f) => f.key === k))!;
    await setSession(db, loaded.session.userId, { reportId: loaded.report.id, mode: loaded.session.mode, fieldKey: first });
    return fieldView({ ...loaded, answers }, first, { error: { key: violation.messageKey, params: violation.params } });
  }
  const pruned = pruneAnswers(loaded.form, loaded.answers, loaded.context);
  if (Object.keys(pruned).length !== Object.keys(loaded.answers).length) await replaceAnswers(db, loaded.report.id, pruned);
  return advance(db, { ...loaded, answers: pruned }, field.key);
}

/** From the summary: change one answer, then come back to the summary. */
export async function editField(db: Db, input: { userId: number; fieldIndex: number; now: Date }): Promise<AnswerOutcome> {
  const session = await getSession(db, input.userId);
  if (!session || !session.active) return { kind: "no-session" };
  const loaded = await load(db, session);
  if (!loaded) return { kind: "no-session" };
  if (!(await stillHead(db, input.userId, loaded))) return { kind: "not-head" };
  if (loaded.report.editorId !== input.userId) return { kind: "taken-over", editor: loaded.report.editorId ? await editorName(db, loaded.report.editorId) : null };
  const state = await reportEditability(db, loaded.report, loaded.period, input.now);
  if (state !== "editable") return { kind: "locked", reason: state };
  const field = loaded.form.fields[input.fieldIndex];
  if (session.fieldKey !== null || !field) return { kind: "stale" };
  const mode = loaded.report.status === "returned" ? "returned" : "single";
  // Multi choices and photos start from what is there; everything else is asked afresh.
  await setSession(db, input.userId, { reportId: session.reportId, mode: mode === "returned" ? "single" : mode, fieldKey: field.key });
  return fieldView(loaded, field.key);
}

export type SubmitOutcome =
  | { kind: "submitted"; version: number; late: boolean; report: Report }
  | AnswerOutcome;

/** Submits from the summary; if something is missing the walk resumes at it. */
export async function submitFromSummary(db: Db, input: { userId: number; now: Date }): Promise<SubmitOutcome> {
  const session = await getSession(db, input.userId);
  if (!session || !session.active || session.fieldKey !== null) return { kind: "stale" };
  const loaded = await load(db, session);
  if (!loaded) return { kind: "no-session" };
  if (!(await stillHead(db, input.userId, loaded))) return { kind: "not-head" };
  if (loaded.report.editorId !== input.userId) return { kind: "taken-over", editor: loaded.report.editorId ? await editorName(db, loaded.report.editorId) : null };
  const result = await submitReport(db, { reportId: session.reportId, userId: input.userId, now: input.now });
  if (result.ok) return { kind: "submitted", version: result.version, late: result.late, report: loaded.report };
  if (result.reason === "incomplete") {
    const first = result.missing[0]!;
    await setSession(db, input.userId, { reportId: session.reportId, mode: "fill", fieldKey: first.key });
    return fieldView(loaded, first.key, { notice: { key: "report-missing-before-submit", params: { count: result.missing.length } } });
  }
  if (result.reason === "rules") {
    const message = result.messages[0]!;
    return { ...loaded, kind: "summary", notice: { key: message.key, params: message.params } };
  }
  if (result.reason === "gone") return { kind: "no-session" };
  if (result.reason === "not-head") {
    await endReportSession(db, input.userId, session.reportId);
    return { kind: "not-head" };
  }
  return { kind: "locked", reason: result.reason };
}
