import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { DocumentKind } from "../../../outputs/analytics/analytics-document.js";
import { documentsFor, mayDraftAnalytics, mayDraftFor } from "../../../outputs/analytics/access.js";
import { openedPeriods, type Period } from "../../../figures/period-reports.js";
import { actorScope } from "../../../registration/permissions.js";
import { getRegion, listRegions } from "../../../registration/registry.js";
import { almatyDay } from "../../../shared/local-date.js";
import { getPeriod } from "../../../reports/periods.js";
import { cb } from "../../../shared/callback-data.js";
import type { BotContext } from "../../context.js";
import { regionButtonName } from "../../format.js";
import { gridKeyboard } from "../../keyboards.js";
import { oneFileAtATime } from "./one-at-a-time.js";
import { caption, periodKeyboard } from "./period-buttons.js";

/**
 * /analytics: the .docx draft of the regional analytical report for a period and region.
 * Regional coordinators and methodologists get their region; national coordinators and
 * administrators choose a region or the national draft. Every press re-checks the scope.
 */
export const analyticsFeature = new Composer<BotContext>();

analyticsFeature.command("analytics", async (ctx) => {
  if (!mayDraftAnalytics(actorScope(ctx.actor))) {
    await ctx.reply(ctx.t("common-not-allowed"));
    return;
  }
  const periods = await openedPeriods(ctx.deps.db, almatyDay(ctx.deps.clock()));
  if (periods.length === 0) {
    await ctx.reply(ctx.t("export-no-periods"));
    return;
  }
  await ctx.reply(ctx.t("analytics-choose-period"), { reply_markup: periodKeyboard(ctx, periods, (id) => cb.analyticsPeriod.pack(id)) });
});

/** The period of a pressed button, if it exists and has opened; otherwise the press is answered as stale. */
async function pressedPeriod(ctx: BotContext, periodId: number | undefined): Promise<Period | undefined> {
  const period = periodId === undefined ? undefined : await getPeriod(ctx.deps.db, periodId);
  if (period && period.opensOn <= almatyDay(ctx.deps.clock())) return period;
  await ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  return undefined;
}

analyticsFeature.callbackQuery(cb.analyticsPeriod.filter, async (ctx) => {
  const scope = actorScope(ctx.actor);
  if (!mayDraftAnalytics(scope)) return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  const period = await pressedPeriod(ctx, cb.analyticsPeriod.unpack(ctx.callbackQuery.data)?.[0]);
  if (!period) return;
  if (!scope.national && scope.regions.length === 1) return sendDraft(ctx, period, scope.regions[0]!);
  const regions = (await listRegions(ctx.deps.db)).filter((r) => scope.national || scope.regions.includes(r.code));
  const buttons = regions.map((r) => ({ text: regionButtonName(r, ctx.user.language), data: cb.analyticsRegion.pack(period.id, r.code) }));
  if (scope.national) buttons.unshift({ text: ctx.t("analytics-button-national"), data: cb.analyticsNational.pack(period.id) });
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t("analytics-choose-region"), { reply_markup: gridKeyboard(buttons, 2) });
});

analyticsFeature.callbackQuery(cb.analyticsRegion.filter, async (ctx) => {
  const parsed = cb.analyticsRegion.unpack(ctx.callbackQuery.data);
  if (!mayDraftFor(actorScope(ctx.actor), parsed?.[1] ?? null) || !parsed) return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  const period = await pressedPeriod(ctx, parsed[0]);
  if (!period) return;
  if (!(await getRegion(ctx.deps.db, parsed[1]))) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await sendDraft(ctx, period, parsed[1]);
});

analyticsFeature.callbackQuery(cb.analyticsNational.filter, async (ctx) => {
  const parsed = cb.analyticsNational.unpack(ctx.callbackQuery.data);
  if (!mayDraftFor(actorScope(ctx.actor), null)) return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  const period = await pressedPeriod(ctx, parsed?.[0]);
  if (!period) return;
  await sendDraft(ctx, period, null);
});

analyticsFeature.callbackQuery(cb.analyticsFinal.filter, async (ctx) => {
  const parsed = cb.analyticsFinal.unpack(ctx.callbackQuery.data);
  if (!parsed || !mayDraftFor(actorScope(ctx.actor), parsed[1])) return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  const period = await pressedPeriod(ctx, parsed[0]);
  if (!period) return;
  if (!(await getRegion(ctx.deps.db, parsed[1]))) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await sendDraft(ctx, period, parsed[1], "final");
});

analyticsFeature.callbackQuery(cb.analyticsMinistry.filter, async (ctx) => {
  const parsed = cb.analyticsMinistry.unpack(ctx.callbackQuery.data);
  if (!mayDraftFor(actorScope(ctx.actor), null)) return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  const period = await pressedPeriod(ctx, parsed?.[0]);
  if (!period) return;
  await sendDraft(ctx, period, null, "ministry");
});

async function sendDraft(ctx: BotContext, period: Period, regionCode: string | null, kind: DocumentKind = "quarterly"): Promise<void> {
  await oneFileAtATime(ctx, () => buildDraft(ctx, period, regionCode, kind));
}

/** The other document of the same scope, offered under the quarterly one: January–November in the fourth quarter, the Ministry's summary nationally. */
function otherDocumentButton(ctx: BotContext, period: Period, regionCode: string | null, kind: DocumentKind): InlineKeyboard | undefined {
  if (kind !== "quarterly") return undefined;
  const other = documentsFor(period, regionCode).find((k) => k !== "quarterly");
  if (other === "ministry") return new InlineKeyboard().text(ctx.t("analytics-button-ministry"), cb.analyticsMinistry.pack(period.id));
  if (other === "final" && regionCode !== null) return new InlineKeyboard().text(ctx.t("analytics-button-final"), cb.analyticsFinal.pack(period.id, regionCode));
  return undefined;
}

async function buildDraft(ctx: BotContext, period: Period, regionCode: string | null, kind: DocumentKind): Promise<void> {
  await ctx.answerCallbackQuery();
  const language = ctx.user.language;
  // docx, echarts and resvg load on first use, not at start-up.
  const { draftAnalytics } = await import("../../../outputs/analytics/draft-analytics.js");
  const draft = await draftAnalytics(ctx.deps.db, { scope: actorScope(ctx.actor), period, regionCode, now: ctx.deps.clock(), language, kind });
  const file = `${kind === "quarterly" ? "analytics" : kind}-${period.year}-${period.quarter}-${regionCode ?? "national"}-${language}.docx`;
  const keyboard = otherDocumentButton(ctx, period, regionCode, kind);
  await ctx.replyWithDocument(new InputFile(draft.docx, file), {
    caption: caption(ctx.t(`analytics-caption-${kind}`, { scope: draft.label, year: String(period.year), quarter: period.quarter })),
    ...(keyboard ? { reply_markup: keyboard } : {}),
  });
}
