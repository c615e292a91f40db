import { Composer, InlineKeyboard } from "grammy";
import { PAGE_SIZE, answerBestPracticeConsent, askToShareBestPractice, getSharableReport, listSharableReports, type SharableReport } from "../../../broadcasts/best-practice.js";
import { organizerScopes, scopeRegion } from "../../../outreach/organizers.js";
import type { BotContext } from "../../context.js";
import { bestPracticeCb } from "./callbacks.js";

/**
 * /bestpractice: a methodologist (coordinator, administrator) picks an accepted report and proposes
 * sharing its best-practice answer and photos with the heads of the region (the country, for
 * national coordinators), crediting the kindergarten. The head who submitted it agrees first.
 */
export const bestPracticeFeature = new Composer<BotContext>();

const notAllowed = (ctx: BotContext) => ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });

/** Regions whose reports the actor may share from, and where a report of `region` would go. */
function reach(ctx: BotContext): "all" | string[] {
  const scopes = organizerScopes(ctx.actor);
  return scopes.includes("national") ? "all" : scopes.map((s) => scopeRegion(s)!).filter(Boolean);
}

function shareScope(ctx: BotContext, regionCode: string): string | null {
  const scopes = organizerScopes(ctx.actor);
  if (scopes.includes("national")) return "national";
  return scopes.includes(`region:${regionCode}`) ? `region:${regionCode}` : null;
}

async function showPage(ctx: BotContext, page: number, edit: boolean) {
  const { items, total } = await listSharableReports(ctx.deps.db, reach(ctx), page);
  if (total === 0) return void (await ctx.reply(ctx.t("bestpractice-none")));
  const keyboard = new InlineKeyboard();
  for (const r of items) {
    const label = `${r.year}-${r.quarter} · ${r.organizationName}`;
    keyboard.text(label.length > 60 ? `${label.slice(0, 59)}…` : label, bestPracticeCb.open.pack(r.reportId)).row();
  }
  if (page > 0) keyboard.text("◀", bestPracticeCb.page.pack(page - 1));
  if ((page + 1) * PAGE_SIZE < total) keyboard.text("▶", bestPracticeCb.page.pack(page + 1));
  const text = ctx.t("bestpractice-list", { count: total });
  if (edit) await ctx.editMessageText(text, { reply_markup: keyboard });
  else await ctx.reply(text, { reply_markup: keyboard });
}

bestPracticeFeature.command("bestpractice", async (ctx) => {
  if (organizerScopes(ctx.actor).length === 0) return void (await ctx.reply(ctx.t("common-not-allowed")));
  await showPage(ctx, 0, false);
});

bestPracticeFeature.callbackQuery(bestPracticeCb.page.filter, async (ctx) => {
  const parsed = bestPracticeCb.page.unpack(ctx.callbackQuery.data);
  if (!parsed || organizerScopes(ctx.actor).length === 0) return notAllowed(ctx);
  await ctx.answerCallbackQuery();
  await showPage(ctx, parsed[0], true);
});

async function reachable(ctx: BotContext, reportId: number | undefined): Promise<{ report: SharableReport; scopeKey: string } | null> {
  const report = reportId ? await getSharableReport(ctx.deps.db, reportId) : undefined;
  const scopeKey = report ? shareScope(ctx, report.regionCode) : null;
  if (!report || !scopeKey) {
    await notAllowed(ctx);
    return null;
  }
  return { report, scopeKey };
}

bestPracticeFeature.callbackQuery(bestPracticeCb.open.filter, async (ctx) => {
  const found = await reachable(ctx, bestPracticeCb.open.unpack(ctx.callbackQuery.data)?.[0]);
  if (!found) return;
  const { report, scopeKey } = found;
  await ctx.answerCallbackQuery();
  await ctx.reply(
    ctx.t("bestpractice-card", { organization: report.organizationName, year: String(report.year), quarter: report.quarter, text: report.text, photos: report.photos.length }),
    { reply_markup: new InlineKeyboard().text(ctx.t(scopeKey === "national" ? "bestpractice-button-ask-national" : "bestpractice-button-ask-region"), bestPracticeCb.ask.pack(report.reportId)) },
  );
});

bestPracticeFeature.callbackQuery(bestPracticeCb.ask.filter, async (ctx) => {
  const found = await reachable(ctx, bestPracticeCb.ask.unpack(ctx.callbackQuery.data)?.[0]);
  if (!found) return;
  const result = await askToShareBestPractice(ctx.deps.db, { reportId: found.report.reportId, sharerId: ctx.user.telegramId, scopeKey: found.scopeKey });
  if (result.kind === "already-asked") return void (await ctx.answerCallbackQuery({ text: ctx.t("bestpractice-already-asked"), show_alert: true }));
  if (result.kind !== "asked") return void (await ctx.answerCallbackQuery({ text: ctx.t("bestpractice-no-author"), show_alert: true }));
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(ctx.t("bestpractice-asked", { organization: found.report.organizationName }));
});

async function consent(ctx: BotContext, id: number | undefined, agree: boolean) {
  if (!id) return notAllowed(ctx);
  const result = await answerBestPracticeConsent(ctx.deps.db, { broadcastId: id, userId: ctx.user.telegramId, agree, now: ctx.deps.clock() });
  if (result.kind === "not-yours") return notAllowed(ctx);
  if (result.kind === "stale") return void (await ctx.answerCallbackQuery({ text: ctx.t("bestpractice-already-answered"), show_alert: true }));
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(ctx.t(result.kind === "shared" ? "bestpractice-consent-thanks" : "bestpractice-consent-declined"));
}

bestPracticeFeature.callbackQuery(bestPracticeCb.agree.filter, (ctx) => consent(ctx, bestPracticeCb.agree.unpack(ctx.callbackQuery.data)?.[0], true));
bestPracticeFeature.callbackQuery(bestPracticeCb.decline.filter, (ctx) => consent(ctx, bestPracticeCb.decline.unpack(ctx.callbackQuery.data)?.[0], false));
