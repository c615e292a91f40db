import { Composer } from "grammy";
import { formatDay } from "../../shared/local-date.js";
import { isOpen, listPeriods, periodFields, upsertPeriod } from "../../reports/periods.js";
import type { BotContext } from "../context.js";

/** Administrators list reporting periods (/periods) and set one (/setperiod 2027 1 2027-03-15 2027-04-05). */
export const periodsFeature = new Composer<BotContext>();

periodsFeature.command("periods", async (ctx) => {
  if (!ctx.actor.isAdmin) {
    await ctx.reply(ctx.t("common-not-allowed"));
    return;
  }
  const now = ctx.deps.clock();
  const periods = await listPeriods(ctx.deps.db);
  const lines = periods.map((p) =>
    ctx.t(isOpen(p, now) ? "periods-line-open" : "periods-line", { year: String(p.year), quarter: p.quarter, opens: formatDay(p.opensOn), due: formatDay(p.dueOn) }),
  );
  await ctx.reply([ctx.t("periods-title"), ...(lines.length ? lines : [ctx.t("periods-empty")]), "", ctx.t("periods-usage")].join("\n"));
});

/** Parses `<year> <quarter> <opens> <due>`; the reason is a locale key (with its value) when wrong. */
function parseSetPeriod(text: string):
  | { ok: true; value: { year: number; quarter: number; opensOn: string; dueOn: string } }
  | { ok: false; reason: string; value?: string } {
  const args = text.trim().split(/\s+/).filter(Boolean);
  if (args.length !== 4) return { ok: false, reason: "periods-error-arguments" };
  const [yearText, quarterText, opensOn, dueOn] = args as [string, string, string, string];
  const year = periodFields.year.safeParse(yearText);
  if (!/^\d+$/.test(yearText) || !year.success) return { ok: false, reason: "periods-error-year" };
  const quarter = periodFields.quarter.safeParse(quarterText);
  if (!/^\d$/.test(quarterText) || !quarter.success) return { ok: false, reason: "periods-error-quarter" };
  for (const day of [opensOn, dueOn]) if (!periodFields.day.safeParse(day).success) return { ok: false, reason: "periods-error-date", value: day };
  if (opensOn > dueOn) return { ok: false, reason: "periods-error-order" };
  return { ok: true, value: { year: year.data, quarter: quarter.data, opensOn, dueOn } };
}

periodsFeature.command("setperiod", async (ctx) => {
  if (!ctx.actor.isAdmin) {
    await ctx.reply(ctx.t("common-not-allowed"));
    return;
  }
  const parsed = parseSetPeriod(ctx.match);
  if (!parsed.ok) {
    const reason = ctx.t(parsed.reason, { value: parsed.value ?? "" });
    await ctx.reply(`${ctx.t("periods-invalid", { reason })}\n\n${ctx.t("periods-usage")}`);
    return;
  }
  const { period, created } = await upsertPeriod(ctx.deps.db, parsed.value, ctx.actor.telegramId);
  await ctx.reply(
    ctx.t(created ? "periods-created" : "periods-updated", { year: String(period.year), quarter: period.quarter, opens: formatDay(period.opensOn), due: formatDay(period.dueOn) }),
  );
});
