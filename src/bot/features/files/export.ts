import { Composer, InputFile } from "grammy";
import { openedPeriods } from "../../../figures/period-reports.js";
import { scopeLabel } from "../../../figures/scope-label.js";
import { mayViewAnything, actorScope } from "../../../registration/permissions.js";
import { almatyDay } from "../../../shared/local-date.js";
import { getPeriod } from "../../../reports/periods.js";
import { MESSAGE_TEXT_LIMIT } from "../../../shared/message-limits.js";
import { cb } from "../../../shared/callback-data.js";
import type { BotContext } from "../../context.js";
import { oneFileAtATime } from "./one-at-a-time.js";
import { caption, periodKeyboard } from "./period-buttons.js";

/**
 * /export: an .xlsx of the reports the user may see (actorScope) for a period chosen with a button,
 * with the status chart as a photo when the scope spans more than one kindergarten. Coordinators,
 * methodologists and administrators get their regions or the country; a head gets their own
 * kindergarten (their own data, for their files). Parents and guests get nothing.
 */
export const exportFeature = new Composer<BotContext>();

exportFeature.command("export", async (ctx) => {
  const scope = actorScope(ctx.actor);
  if (!mayViewAnything(scope)) {
    await ctx.reply(ctx.t("common-not-allowed"));
    return;
  }
  const periods = await openedPeriods(ctx.deps.db, almatyDay(ctx.deps.clock()));
  if (periods.length === 0) {
    await ctx.reply(ctx.t("export-no-periods"));
    return;
  }
  const label = await scopeLabel(ctx.deps.db, scope, ctx.user.language);
  await ctx.reply(caption(ctx.t("export-choose-period", { scope: label }), MESSAGE_TEXT_LIMIT), { reply_markup: periodKeyboard(ctx, periods, (id) => cb.exportPeriod.pack(id)) });
});

exportFeature.callbackQuery(cb.exportPeriod.filter, async (ctx) => {
  const parsed = cb.exportPeriod.unpack(ctx.callbackQuery.data);
  // Checked again on every press: the membership may have gone since the buttons were sent.
  const scope = actorScope(ctx.actor);
  if (!mayViewAnything(scope)) return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  const period = parsed ? await getPeriod(ctx.deps.db, parsed[0]) : undefined;
  if (!period || period.opensOn > almatyDay(ctx.deps.clock())) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  await oneFileAtATime(ctx, async () => {
    await ctx.answerCallbackQuery();

    const { db } = ctx.deps;
    const now = ctx.deps.clock();
    const language = ctx.user.language;
    // exceljs, echarts and resvg load on first use, not at start-up.
    const [{ exportScope }, { statusChartFor }] = await Promise.all([import("../../../outputs/exports/scope-export.js"), import("../../../outputs/charts/scope-charts.js")]);
    const result = await exportScope(db, { scope, period, now, language });
    const label = await scopeLabel(db, scope, language);
    const params = { scope: label, year: String(period.year), quarter: period.quarter };
    await ctx.replyWithDocument(new InputFile(result.xlsx, `export-${period.year}-${period.quarter}.xlsx`), {
      caption: caption(ctx.t("export-caption", { ...params, count: result.organizations })),
    });
    if (result.organizations > 1) {
      const chart = await statusChartFor(db, { scope, period, now, language, reports: result.reports });
      await ctx.replyWithPhoto(new InputFile(chart.png, `status-${period.year}-${period.quarter}.png`), {
        caption: caption(ctx.t("chart-status-title", params)),
      });
    }
  });
});
