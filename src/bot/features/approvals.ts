import { Composer, InlineKeyboard } from "grammy";
import { approvalDueDaysOf } from "../../approvals/approval-due-days.js";
import type { ApprovalLevel } from "../../approvals/approval-levels.js";
import { chainState, countChainStates, type ChainState } from "../../approvals/chain-state.js";
import { approveRegion, chainRefusal, getRegionApproval, returnRegion, unapproveRegion, type ChainResult } from "../../approvals/region-approvals.js";
import { approvalLevelsFor, mayViewRegion, actorScope } from "../../registration/permissions.js";
import { getRegion } from "../../registration/registry.js";
import { getPeriod, type ReportingPeriod } from "../../reports/periods.js";
import { shorten } from "../../shared/message-limits.js";
import { formatDay } from "../../shared/local-date.js";
import { cb } from "../../shared/callback-data.js";
import type { BotContext } from "../context.js";
import { endDialog, registerDialog, startDialog } from "../dialogs.js";
import { regionName } from "../format.js";

/**
 * The approval chain in the chat: a region's state in its /status view with the buttons of the
 * levels the actor acts at, the country's counts in the national /status, and the comment asked
 * before a return or a withdrawal (a waiting dialog, so a restart loses nothing typed).
 */
export const approvalsFeature = new Composer<BotContext>();

const CODE = { centre: "c", department: "d", institute: "i" } as const;
const LEVEL = { c: "centre", d: "department", i: "institute" } as const;
export const CHAIN_COMMENT_MAX = 500;
const CHAIN_COMMENT_DIALOG = "chain-comment";

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The region's lines in /status: where the chain stands, its due day, the last return's comment. */
export function chainLines(t: Translate, state: ChainState): string[] {
  const lines = [t("approval-state-title"), t(state.waitingFor ? `approval-state-waiting-${state.waitingFor}` : "approval-state-accepted", { approved: state.approved ?? "none" })];
  if (state.dueOn) lines.push(t(state.overdue ? "approval-state-due-overdue" : "approval-state-due", { due: formatDay(state.dueOn) }));
  if (state.returned) lines.push(t("approval-state-returned", { from: state.returned.from, comment: shorten(state.returned.comment, 300) }));
  return lines;
}

/**
 * The country's lines in the national /status: the counts, then the regions by state (those past the
 * centre by name, so each region's state can be read; the rest wait for their centre).
 */
export function chainCountLines(t: Translate, states: Map<string, ChainState>, nameOf: (code: string) => string): string[] {
  const counts = countChainStates(states.values());
  const lines = [
    t("approval-count-title"),
    t("approval-count-line", { accepted: counts.accepted, institute: counts.waiting.institute, department: counts.waiting.department, centre: counts.waiting.centre }),
  ];
  const named = (pick: (s: ChainState) => boolean) =>
    [...states.entries()].filter(([, s]) => pick(s)).map(([code, s]) => `${nameOf(code)}${s.overdue ? " ⏰" : ""}`).join(", ");
  const groups: [string, (s: ChainState) => boolean][] = [
    ["approval-count-names-accepted", (s) => s.waitingFor === null],
    ["approval-count-names-institute", (s) => s.waitingFor === "institute"],
    ["approval-count-names-department", (s) => s.waitingFor === "department"],
    ["approval-count-names-returned", (s) => s.returned !== null],
  ];
  for (const [key, pick] of groups) {
    const names = named(pick);
    if (names) lines.push(t(key, { names }));
  }
  if (counts.overdue > 0) lines.push(t("approval-count-overdue", { count: counts.overdue }));
  return lines;
}

export async function regionChainState(ctx: BotContext, regionCode: string, period: ReportingPeriod): Promise<ChainState> {
  const [row, due] = await Promise.all([getRegionApproval(ctx.deps.db, regionCode, period.id), approvalDueDaysOf(ctx.deps.db, period.id)]);
  return chainState(row, due, ctx.deps.clock());
}

/** The buttons of the levels the actor acts at: approve (the level it waits for), return down (not the centre), withdraw (the latest approval, if theirs). */
export function chainButtons(ctx: BotContext, keyboard: InlineKeyboard, regionCode: string, period: ReportingPeriod, state: ChainState): void {
  const levels = approvalLevelsFor(ctx.actor, regionCode);
  const next = state.waitingFor;
  if (next && levels.includes(next)) {
    keyboard.row().text(ctx.t(`approval-button-approve-${next}`), cb.chain.pack("a", CODE[next], regionCode, period.id));
    if (next !== "centre") keyboard.text(ctx.t("approval-button-return"), cb.chain.pack("r", CODE[next], regionCode, period.id));
  }
  if (state.approved && levels.includes(state.approved)) {
    keyboard.row().text(ctx.t("approval-button-unapprove"), cb.chain.pack("u", CODE[state.approved], regionCode, period.id));
  }
}

async function replyResult(ctx: BotContext, result: ChainResult, done: string, region: string, period: ReportingPeriod): Promise<void> {
  if (result.ok) {
    await ctx.reply(ctx.t(done, { region, year: String(period.year), quarter: period.quarter }));
    return;
  }
  await ctx.reply(ctx.t(`approval-refused-${result.reason}`, { count: result.count ?? 0 }));
}

approvalsFeature.callbackQuery(cb.chain.filter, async (ctx) => {
  const parsed = cb.chain.unpack(ctx.callbackQuery.data);
  if (!parsed) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  const [action, code, regionCode, periodId] = parsed;
  const level: ApprovalLevel = LEVEL[code];
  const { db, clock } = ctx.deps;
  const [region, period] = await Promise.all([getRegion(db, regionCode), getPeriod(db, periodId)]);
  if (!region || !period || !mayViewRegion(actorScope(ctx.actor), regionCode) || !approvalLevelsFor(ctx.actor, regionCode).includes(level)) {
    return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  }
  await ctx.answerCallbackQuery();
  const name = regionName(region, ctx.user.language);
  if (action === "a") {
    const result = await approveRegion(db, { actor: ctx.actor, regionCode, periodId, level, now: clock() });
    return replyResult(ctx, result, `approval-done-approve-${level}`, name, period);
  }
  // Refused before the comment is asked when the chain already says no (the transaction checks again).
  const refusal = chainRefusal((await getRegionApproval(db, regionCode, periodId))?.level ?? null, action === "r" ? "return" : "unapprove", level);
  if (refusal) return void (await ctx.reply(ctx.t(`approval-refused-${refusal}`, { count: 0 })));
  await startDialog(ctx, CHAIN_COMMENT_DIALOG, { ref: `${action}:${code}:${regionCode}:${periodId}` });
  await ctx.reply(ctx.t(action === "r" ? "approval-ask-return-comment" : "approval-ask-unapprove-reason", { region: name, max: CHAIN_COMMENT_MAX }));
});

/** `r:d:aktobe:12` → what the comment is for; anything else is a stale record. */
function parseRef(ref: string | null): { action: "r" | "u"; level: ApprovalLevel; regionCode: string; periodId: number } | null {
  const match = /^([ru]):([cdi]):([a-z][a-z-]{1,40}):(\d{1,10})$/.exec(ref ?? "");
  if (!match) return null;
  return { action: match[1] as "r" | "u", level: LEVEL[match[2] as "c" | "d" | "i"], regionCode: match[3]!, periodId: Number(match[4]) };
}

registerDialog({
  kind: CHAIN_COMMENT_DIALOG,
  onText: async (ctx, waiting, next) => {
    const target = parseRef(waiting.ref);
    if (!target) return next();
    const text = ctx.message!.text!.trim();
    if (text.length === 0 || text.length > CHAIN_COMMENT_MAX) {
      await ctx.reply(ctx.t("approval-comment-too-long", { length: text.length, max: CHAIN_COMMENT_MAX }));
      return;
    }
    const { db, clock } = ctx.deps;
    const [region, period] = await Promise.all([getRegion(db, target.regionCode), getPeriod(db, target.periodId)]);
    await endDialog(ctx, CHAIN_COMMENT_DIALOG);
    if (!region || !period) return void (await ctx.reply(ctx.t("common-stale-button")));
    const input = { actor: ctx.actor, regionCode: target.regionCode, periodId: target.periodId, level: target.level, now: clock() };
    const result = target.action === "r" ? await returnRegion(db, { ...input, comment: text }) : await unapproveRegion(db, { ...input, reason: text });
    await replyResult(ctx, result, target.action === "r" ? "approval-done-return" : "approval-done-unapprove", regionName(region, ctx.user.language), period);
  },
  onCancel: async (ctx, _waiting, reason) => {
    if (reason === "cancel") await ctx.reply(ctx.t("approval-comment-cancelled"));
    return reason === "cancel";
  },
});

