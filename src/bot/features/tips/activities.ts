import { Composer, InlineKeyboard } from "grammy";
import { directionValues } from "../../../reports/form/v1.js";
import { mayEditActivityLibrary, mayOpenActivityLibrary } from "../../../registration/permissions.js";
import {
  activityText,
  discardDraft,
  draftContent,
  getActivity,
  getDraft,
  listActivities,
  parseActivityText,
  putDraftText,
  startDraft,
  startRejection,
  stopAwaitingText,
} from "../../../tips/library-edit.js";
import { compareSnapshots } from "../../../tips/library-diff.js";
import {
  approveProposal,
  enqueueProposalNotice,
  getRevision,
  listOpenProposals,
  listRevisions,
  previousOf,
  rejectProposal,
  restoreRevision,
  setActivityRetired,
  snapshotOf,
  submitDraft,
  type LibraryProblem,
  type Revision,
  type SnapshotRow,
} from "../../../tips/library-revisions.js";
import { tipParams } from "../../../tips/render.js";
import { MESSAGE_TEXT_LIMIT, shorten } from "../../../shared/message-limits.js";
import { formatDate } from "../../../shared/time.js";
import type { BotContext } from "../../context.js";
import { endDialog, registerDialog, startDialog } from "../../dialogs.js";
import { gridKeyboard } from "../../keyboards.js";
import { libraryCb } from "./callbacks.js";
import { orderEntryButton } from "./order.js";

/**
 * /activities: the national library of weekly activities. National editors (administrators,
 * national coordinators) add, edit, retire and return activities, approve or reject proposals, and
 * restore earlier revisions; methodologists read it and propose new activities or changes. Every
 * version is kept and can be compared. The rules live in src/tips/library-revisions.ts; this
 * composer only asks and shows.
 */
export const activitiesFeature = new Composer<BotContext>();

const ACTIVITY_TEXT_DIALOG = "activity-text";
const PER_PAGE = 8;
/** What a comparison may take of one message, leaving room for its header. */
const DIFF_BUDGET = MESSAGE_TEXT_LIMIT - 600;

async function refuse(ctx: BotContext): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  else await ctx.reply(ctx.t("common-not-allowed"));
}

function problemText(ctx: BotContext, problem: LibraryProblem, link?: string): string {
  if (problem === "not_allowed") return ctx.t("common-not-allowed");
  if (problem === "link") return ctx.t("library-link-refused", { link: shorten(link ?? "", 80) });
  if (problem === "no_draft" || problem === "not_found" || problem === "stale") return ctx.t("common-stale-button");
  return ctx.t(`library-problem-${problem}`);
}

async function answerProblem(ctx: BotContext, problem: LibraryProblem, link?: string): Promise<void> {
  if (problem === "link" || problem === "outdated" || problem === "unchanged") {
    // Too long for a pop-up: answered in the chat.
    await ctx.answerCallbackQuery();
    await ctx.reply(problemText(ctx, problem, link));
    return;
  }
  await ctx.answerCallbackQuery({ text: problemText(ctx, problem, link), show_alert: true });
}

async function listPage(ctx: BotContext, page: number): Promise<void> {
  const { db } = ctx.deps;
  const { rows, total } = await listActivities(db, { offset: page * PER_PAGE, limit: PER_PAGE });
  const keyboard = new InlineKeyboard();
  for (const a of rows) {
    const title = activityText(a.content, ctx.user.language).title;
    keyboard.text(`${a.retiredAt ? "⏹ " : ""}${shorten(title, 24)}`, libraryCb.open.pack(a.id)).row();
  }
  if (page > 0) keyboard.text("◀", libraryCb.page.pack(page - 1));
  if ((page + 1) * PER_PAGE < total) keyboard.text("▶", libraryCb.page.pack(page + 1));
  keyboard.row().text(ctx.t("activities-button-new"), libraryCb.newActivity.pack());
  const editor = mayEditActivityLibrary(ctx.actor);
  if (editor) {
    const open = (await listOpenProposals(db, { offset: 0, limit: 1 })).total;
    if (open > 0) keyboard.row().text(ctx.t("library-button-proposals", { count: open }), libraryCb.proposals.pack(0));
  }
  const order = orderEntryButton(ctx);
  if (order) keyboard.row().text(order.text, order.data);
  const intro = ctx.t("activities-list", { total, page: page + 1, pages: Math.max(1, Math.ceil(total / PER_PAGE)) });
  await ctx.reply(editor ? intro : `${intro}\n\n${ctx.t("library-proposer-intro")}`, { reply_markup: keyboard });
}

/** Both languages exactly as parents receive them (the tips-weekly template). */
async function preview(ctx: BotContext, content: { kk: unknown; ru: unknown }, minutes: number): Promise<void> {
  for (const language of ["kk", "ru"] as const) {
    const text = ctx.deps.i18n.t(language, "tips-weekly", tipParams(content, minutes, language));
    await ctx.reply(`${ctx.t(`activities-preview-${language}`)}\n\n${text}`);
  }
}

activitiesFeature.command("activities", async (ctx) => {
  if (!mayOpenActivityLibrary(ctx.actor)) return refuse(ctx);
  await listPage(ctx, 0);
});

activitiesFeature.callbackQuery(libraryCb.page.filter, async (ctx) => {
  const parsed = libraryCb.page.unpack(ctx.callbackQuery.data);
  if (!mayOpenActivityLibrary(ctx.actor) || !parsed) return refuse(ctx);
  await ctx.answerCallbackQuery();
  await listPage(ctx, parsed[0]);
});

activitiesFeature.callbackQuery(libraryCb.open.filter, async (ctx) => {
  const parsed = libraryCb.open.unpack(ctx.callbackQuery.data);
  if (!mayOpenActivityLibrary(ctx.actor) || !parsed) return refuse(ctx);
  const activity = await getActivity(ctx.deps.db, parsed[0]);
  if (!activity) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await ctx.answerCallbackQuery();
  await preview(ctx, activity.content as { kk: unknown; ru: unknown }, activity.minutes);
  const editor = mayEditActivityLibrary(ctx.actor);
  const keyboard = new InlineKeyboard()
    .text(ctx.t(editor ? "activities-button-edit-kk" : "library-button-propose-kk"), libraryCb.edit.pack(activity.id, "kk"))
    .text(ctx.t(editor ? "activities-button-edit-ru" : "library-button-propose-ru"), libraryCb.edit.pack(activity.id, "ru"))
    .row();
  if (editor) keyboard.text(ctx.t(activity.retiredAt ? "activities-button-restore" : "activities-button-retire"), libraryCb.retire.pack(activity.id, activity.retiredAt ? "off" : "on"));
  keyboard.text(ctx.t("library-button-history"), libraryCb.history.pack(activity.id, 0));
  const state = ctx.t(activity.retiredAt ? "activities-card-retired" : "activities-card-active");
  await ctx.reply(`${state}\n${ctx.t("library-card-revision", { number: activity.revision, date: formatDate(activity.updatedAt) })}`, { reply_markup: keyboard });
});

activitiesFeature.callbackQuery(libraryCb.retire.filter, async (ctx) => {
  const parsed = libraryCb.retire.unpack(ctx.callbackQuery.data);
  if (!parsed) return refuse(ctx);
  const [id, state] = parsed;
  const result = await setActivityRetired(ctx.deps.db, { actor: ctx.actor, activityId: id, retired: state === "on", now: ctx.deps.clock() });
  if (!result.ok) return answerProblem(ctx, result.problem);
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t(state === "on" ? "activities-retired" : "activities-restored"));
});

activitiesFeature.callbackQuery(libraryCb.newActivity.filter, async (ctx) => {
  if (!mayOpenActivityLibrary(ctx.actor)) return refuse(ctx);
  await ctx.answerCallbackQuery();
  const buttons = directionValues.map((d, i) => ({ text: shorten(ctx.t(`form-v1-direction-${d}`), 24), data: libraryCb.direction.pack(i) }));
  await ctx.reply(ctx.t("activities-ask-direction"), { reply_markup: gridKeyboard(buttons, 1) });
});

activitiesFeature.callbackQuery(libraryCb.direction.filter, async (ctx) => {
  const parsed = libraryCb.direction.unpack(ctx.callbackQuery.data);
  const direction = parsed ? directionValues[parsed[0]] : undefined;
  if (!mayOpenActivityLibrary(ctx.actor) || !direction) return refuse(ctx);
  await startDraft(ctx.deps.db, { userId: ctx.user.telegramId, activityId: null, baseRevision: null, direction, awaiting: "kk", now: ctx.deps.clock() });
  await startDialog(ctx, ACTIVITY_TEXT_DIALOG);
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("activities-ask-text", { language: ctx.t("activities-language-kk") }));
});

activitiesFeature.callbackQuery(libraryCb.edit.filter, async (ctx) => {
  const parsed = libraryCb.edit.unpack(ctx.callbackQuery.data);
  if (!mayOpenActivityLibrary(ctx.actor) || !parsed) return refuse(ctx);
  const [id, language] = parsed;
  const activity = await getActivity(ctx.deps.db, id);
  if (!activity) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await startDraft(ctx.deps.db, { userId: ctx.user.telegramId, activityId: id, baseRevision: activity.revision, direction: null, awaiting: language, now: ctx.deps.clock() });
  await startDialog(ctx, ACTIVITY_TEXT_DIALOG, { ref: id });
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("activities-ask-text", { language: ctx.t(`activities-language-${language}`) }));
});

activitiesFeature.callbackQuery(libraryCb.save.filter, async (ctx) => {
  const result = await submitDraft(ctx.deps.db, { actor: ctx.actor, now: ctx.deps.clock() });
  if (!result.ok) {
    if (result.problem === "incomplete" || result.problem === "mismatched_parts") {
      return ctx.answerCallbackQuery({ text: ctx.t(`activities-problem-${result.problem}`), show_alert: true });
    }
    return answerProblem(ctx, result.problem, result.link);
  }
  await ctx.answerCallbackQuery();
  if (result.mode === "proposed") {
    await enqueueProposalNotice(ctx.deps.db, { proposalId: result.revisionId, adminIds: ctx.deps.adminIds });
    await ctx.reply(ctx.t("library-proposed"));
  } else {
    await ctx.reply(ctx.t("activities-saved"));
  }
});

activitiesFeature.callbackQuery(libraryCb.discard.filter, async (ctx) => {
  await discardDraft(ctx.deps.db, ctx.user.telegramId);
  await endDialog(ctx, ACTIVITY_TEXT_DIALOG);
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("activities-discarded"));
});

function authorLabel(ctx: BotContext, revision: Revision, name: string | null): string {
  if (revision.authorId === null) return ctx.t("library-author-library");
  return name ?? ctx.t("library-author-unknown");
}

function revisionLine(ctx: BotContext, revision: Revision, name: string | null): string {
  const params = { number: revision.number ?? 0, date: formatDate(revision.decidedAt ?? revision.createdAt), author: shorten(authorLabel(ctx, revision, name), 60) };
  if (revision.status === "proposed") return ctx.t("library-history-proposed", { ...params, date: formatDate(revision.createdAt) });
  if (revision.status === "rejected") return ctx.t("library-history-rejected", { ...params, reason: shorten(revision.reason ?? "", 120) });
  if (revision.restoredFrom !== null) return ctx.t("library-history-restored", { ...params, from: revision.restoredFrom });
  return ctx.t("library-history-approved", params);
}

function revisionButton(ctx: BotContext, revision: Revision): string {
  if (revision.status === "approved") return ctx.t("library-button-revision", { number: revision.number ?? 0 });
  return ctx.t(revision.status === "proposed" ? "library-button-proposal" : "library-button-rejected", { id: revision.id });
}

activitiesFeature.callbackQuery(libraryCb.history.filter, async (ctx) => {
  const parsed = libraryCb.history.unpack(ctx.callbackQuery.data);
  if (!mayOpenActivityLibrary(ctx.actor) || !parsed) return refuse(ctx);
  const [id, page] = parsed;
  const activity = await getActivity(ctx.deps.db, id);
  if (!activity) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  const { rows, total } = await listRevisions(ctx.deps.db, id, { offset: page * PER_PAGE, limit: PER_PAGE });
  await ctx.answerCallbackQuery();
  const title = activityText(activity.content, ctx.user.language).title;
  const lines = rows.map((r) => revisionLine(ctx, r.revision, r.authorName));
  const buttons = rows.map((r) => ({ text: revisionButton(ctx, r.revision), data: libraryCb.revision.pack(r.revision.id) }));
  const keyboard = gridKeyboard(buttons, 4);
  if (page > 0 || (page + 1) * PER_PAGE < total) keyboard.row();
  if (page > 0) keyboard.text("◀", libraryCb.history.pack(id, page - 1));
  if ((page + 1) * PER_PAGE < total) keyboard.text("▶", libraryCb.history.pack(id, page + 1));
  const header = ctx.t("library-history-title", { title: shorten(title, 80), number: activity.revision, page: page + 1, pages: Math.max(1, Math.ceil(total / PER_PAGE)) });
  await ctx.reply([header, "", ...lines].join("\n"), { reply_markup: keyboard });
});

/** The changes from `before` to `after` as lines for the chat, within the message budget. */
function diffLines(ctx: BotContext, before: SnapshotRow, after: SnapshotRow): string[] {
  const changes = compareSnapshots(snapshotOf(before), snapshotOf(after), DIFF_BUDGET);
  if (changes.length === 0) return [ctx.t("library-diff-none")];
  const shown = (field: string, value: string) => {
    if (value === "") return ctx.t("library-diff-empty");
    if (field === "direction") return ctx.t(`form-v1-direction-${value}`);
    if (field === "season") return ctx.t(`library-season-${value}`);
    if (field === "ageBands") return value.split(",").map((band) => ctx.t(`groups-age-button-${band}`)).join(", ");
    return value;
  };
  const lines: string[] = [];
  for (const change of changes) {
    const [first, part] = change.field.split(".");
    const label = part
      ? ctx.t("library-field-part", { language: ctx.t(`library-field-language-${first}`), part: ctx.t(`library-field-${part}`) })
      : ctx.t(first === "ageBands" ? "library-field-ages" : `library-field-${first}`);
    lines.push("", `${label}:`, `− ${shown(change.field, change.before)}`, `+ ${shown(change.field, change.after)}`);
  }
  return lines;
}

activitiesFeature.callbackQuery(libraryCb.revision.filter, async (ctx) => {
  const parsed = libraryCb.revision.unpack(ctx.callbackQuery.data);
  if (!mayOpenActivityLibrary(ctx.actor) || !parsed) return refuse(ctx);
  const { db } = ctx.deps;
  const revision = await getRevision(db, parsed[0]);
  if (!revision) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  const editor = mayEditActivityLibrary(ctx.actor);
  const activity = revision.activityId !== null ? await getActivity(db, revision.activityId) : undefined;
  await ctx.answerCallbackQuery();
  const previous = await previousOf(db, revision);
  const title = activityText(revision.content, ctx.user.language).title;
  const header =
    revision.status === "approved"
      ? ctx.t("library-revision-title", { title: shorten(title, 80), number: revision.number ?? 0, previous: previous?.number ?? 0 })
      : ctx.t(revision.activityId === null ? "library-proposal-new-title" : "library-proposal-title", { title: shorten(title, 80), base: revision.baseNumber ?? 0 });
  // A new activity (or the first revision) has nothing to compare with: it is shown as parents would get it.
  if (!previous) await preview(ctx, revision.content as { kk: unknown; ru: unknown }, revision.minutes);
  const body = previous ? diffLines(ctx, previous, revision) : [];
  const status = revision.status === "rejected" ? ["", ctx.t("library-proposal-rejected-reason", { reason: revision.reason ?? "" })] : [];
  const keyboard = new InlineKeyboard();
  if (revision.status === "proposed" && editor) {
    keyboard.text(ctx.t("library-button-approve"), libraryCb.approve.pack(revision.id)).text(ctx.t("library-button-reject"), libraryCb.reject.pack(revision.id));
  }
  if (revision.status === "approved" && activity && revision.number !== activity.revision) {
    keyboard.text(ctx.t("library-button-compare"), libraryCb.compare.pack(revision.id));
    if (editor) keyboard.row().text(ctx.t("library-button-restore", { number: revision.number ?? 0 }), libraryCb.restore.pack(revision.id, activity.revision));
  }
  await ctx.reply([header, ...body, ...status].join("\n"), { reply_markup: keyboard });
});

activitiesFeature.callbackQuery(libraryCb.compare.filter, async (ctx) => {
  const parsed = libraryCb.compare.unpack(ctx.callbackQuery.data);
  if (!mayOpenActivityLibrary(ctx.actor) || !parsed) return refuse(ctx);
  const revision = await getRevision(ctx.deps.db, parsed[0]);
  const activity = revision?.activityId ? await getActivity(ctx.deps.db, revision.activityId) : undefined;
  if (!revision || revision.status !== "approved" || !activity) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await ctx.answerCallbackQuery();
  const title = activityText(activity.content, ctx.user.language).title;
  const header = ctx.t("library-compare-title", { title: shorten(title, 80), number: revision.number ?? 0, current: activity.revision });
  await ctx.reply([header, ...diffLines(ctx, revision, activity)].join("\n"));
});

activitiesFeature.callbackQuery(libraryCb.restore.filter, async (ctx) => {
  const parsed = libraryCb.restore.unpack(ctx.callbackQuery.data);
  if (!parsed) return refuse(ctx);
  const result = await restoreRevision(ctx.deps.db, { actor: ctx.actor, revisionId: parsed[0], current: parsed[1], now: ctx.deps.clock() });
  if (!result.ok) return answerProblem(ctx, result.problem, result.link);
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("library-restored", { number: result.number }));
});

activitiesFeature.callbackQuery(libraryCb.proposals.filter, async (ctx) => {
  const parsed = libraryCb.proposals.unpack(ctx.callbackQuery.data);
  if (!mayEditActivityLibrary(ctx.actor) || !parsed) return refuse(ctx);
  const page = parsed[0];
  const { rows, total } = await listOpenProposals(ctx.deps.db, { offset: page * PER_PAGE, limit: PER_PAGE });
  await ctx.answerCallbackQuery();
  if (total === 0) return void (await ctx.reply(ctx.t("library-proposals-none")));
  const lines = rows.map((r, i) =>
    ctx.t(r.revision.activityId === null ? "library-proposals-item-new" : "library-proposals-item", {
      n: page * PER_PAGE + i + 1,
      title: shorten(activityText(r.revision.content, ctx.user.language).title, 80),
      author: shorten(authorLabel(ctx, r.revision, r.authorName), 60),
      date: formatDate(r.revision.createdAt),
    }),
  );
  const buttons = rows.map((r, i) => ({ text: String(page * PER_PAGE + i + 1), data: libraryCb.revision.pack(r.revision.id) }));
  const keyboard = gridKeyboard(buttons, 4);
  if (page > 0 || (page + 1) * PER_PAGE < total) keyboard.row();
  if (page > 0) keyboard.text("◀", libraryCb.proposals.pack(page - 1));
  if ((page + 1) * PER_PAGE < total) keyboard.text("▶", libraryCb.proposals.pack(page + 1));
  await ctx.reply([ctx.t("library-proposals-title", { count: total }), "", ...lines].join("\n"), { reply_markup: keyboard });
});

activitiesFeature.callbackQuery(libraryCb.approve.filter, async (ctx) => {
  const parsed = libraryCb.approve.unpack(ctx.callbackQuery.data);
  if (!parsed) return refuse(ctx);
  const result = await approveProposal(ctx.deps.db, { actor: ctx.actor, proposalId: parsed[0], now: ctx.deps.clock() });
  if (!result.ok) return answerProblem(ctx, result.problem, result.link);
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("library-approved", { number: result.number }));
});

activitiesFeature.callbackQuery(libraryCb.reject.filter, async (ctx) => {
  const parsed = libraryCb.reject.unpack(ctx.callbackQuery.data);
  if (!mayEditActivityLibrary(ctx.actor) || !parsed) return refuse(ctx);
  const proposal = await getRevision(ctx.deps.db, parsed[0]);
  if (proposal?.status !== "proposed") return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await startRejection(ctx.deps.db, { userId: ctx.user.telegramId, proposalId: proposal.id, now: ctx.deps.clock() });
  await startDialog(ctx, ACTIVITY_TEXT_DIALOG, { ref: proposal.id, step: "reason" });
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.t("library-ask-reason"));
});

// While a draft waits for a language's text or a rejection's reason, the next text message (not a command) is it.
// /cancel discards the draft; another dialog starting leaves it unfinished (the buttons still work).
registerDialog({
  kind: ACTIVITY_TEXT_DIALOG,
  onText: (ctx, _waiting, next) => takeText(ctx, next),
  onCancel: async (ctx, _waiting, reason) => {
    if (reason === "superseded") {
      await stopAwaitingText(ctx.deps.db, ctx.user.telegramId);
      return false;
    }
    await discardDraft(ctx.deps.db, ctx.user.telegramId);
    await ctx.reply(ctx.t("activities-discarded"));
    return true;
  },
});

async function takeText(ctx: BotContext, next: () => Promise<void>) {
  const { db, clock } = ctx.deps;
  const current = mayOpenActivityLibrary(ctx.actor) ? await getDraft(db, ctx.user.telegramId) : undefined;
  if (!current?.awaiting) return next();
  const typed = ctx.message!.text!;
  if (current.awaiting === "reason") {
    const result = await rejectProposal(db, { actor: ctx.actor, proposalId: current.rejectingId ?? 0, reason: typed, now: clock() });
    if (!result.ok && result.problem === "reason_invalid") return void (await ctx.reply(ctx.t("library-problem-reason_invalid")));
    await discardDraft(db, ctx.user.telegramId);
    await endDialog(ctx, ACTIVITY_TEXT_DIALOG);
    await ctx.reply(result.ok ? ctx.t("library-rejected") : problemText(ctx, result.problem));
    return;
  }
  const parsed = parseActivityText(typed);
  if (!parsed.ok) return void (await ctx.reply(parsed.problem === "link" ? problemText(ctx, "link", parsed.link) : ctx.t("activities-text-invalid")));
  const draft = await putDraftText(db, { userId: ctx.user.telegramId, text: parsed.text, now: clock() });
  if (!draft) return;
  if (draft.awaiting) {
    await ctx.reply(ctx.t("activities-ask-text", { language: ctx.t(`activities-language-${draft.awaiting}`) }));
    return;
  }
  await endDialog(ctx, ACTIVITY_TEXT_DIALOG);
  const content = await draftContent(db, draft);
  if (!content) return void (await ctx.reply(ctx.t("activities-problem-mismatched_parts")));
  const minutes = draft.activityId !== null ? ((await getActivity(db, draft.activityId))?.minutes ?? 15) : 15;
  await preview(ctx, content, minutes);
  const editor = mayEditActivityLibrary(ctx.actor);
  await ctx.reply(ctx.t(editor ? "activities-confirm" : "library-confirm-propose"), {
    reply_markup: new InlineKeyboard()
      .text(ctx.t(editor ? "activities-button-save" : "library-button-send"), libraryCb.save.pack())
      .text(ctx.t("activities-button-discard"), libraryCb.discard.pack()),
  });
}
