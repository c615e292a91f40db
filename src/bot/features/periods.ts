import { Composer } from "grammy";
import { formatDay } from "../../shared/local-date.js";
import { isOpen, listPeriods, periodFields, upsertPeriod } from "../../reports/periods.js";
import type { BotContext } from "../context.js";
import { approvalDueDaysOf, approvalDueInputSchema, setApprovalDueDay } from "../../approvals/approval-due-days.js";
import { approvalLevels } from "../../approvals/approval-levels.js";

/** Administrators list reporting periods (/periods) and set one (/setperiod 2027 1 2027-03-15 2027-04-05). */
export const periodsFeature = new Composer<BotContext>();

periodsFeature.command("periods", async (ctx) => {
  if (!ctx.actor.isAdmin) {
    await ctx.reply(ctx.t("common-not-allowed"));
    return;
  }
  const now = ctx.deps.clock();
  const periods = await listPeriods(ctx.deps.db);
  const lines: string[] = [];
  for (const p of periods) {
    lines.push(ctx.t(isOpen(p, now) ? "periods-line-open" : "periods-line", { year: String(p.year), quarter: p.quarter, opens: formatDay(p.opensOn), due: formatDay(p.dueOn) }));
    const due = await approvalDueDaysOf(ctx.deps.db, p.id);
    if (Object.keys(due).length > 0) {
      const day = (d: string | undefined) => (d ? formatDay(d) : ctx.t("periods-approval-none"));
      lines.push(`   ${ctx.t("periods-approval-line", { centre: day(due.centre), department: day(due.department), institute: day(due.institute) })}`);
    }
  }
  await ctx.reply([ctx.t("periods-title"), ...(lines.length ? lines : [ctx.t("periods-empty")]), "", ctx.t("periods-usage"), ctx.t("periods-approval-usage")].join("\n"));
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

/** Administrators set a level's approval due day: /setapprovaldue 2026 4 department 2026-11-30. */
periodsFeature.command("setapprovaldue", async (ctx) => {
  if (!ctx.actor.isAdmin) {
    await ctx.reply(ctx.t("common-not-allowed"));
    return;
  }
  const invalid = async (reason: string, params: Record<string, string> = {}) =>
    ctx.reply(`${ctx.t("periods-invalid", { reason: ctx.t(reason, params) })}\n\n${ctx.t("periods-approval-usage")}`);
  const args = ctx.match.trim().split(/\s+/).filter(Boolean);
  if (args.length !== 4) return void (await invalid("periods-approval-error-arguments"));
  const [yearText, quarterText, level, dueOn] = args as [string, string, string, string];
  if (!/^\d+$/.test(yearText) || !periodFields.year.safeParse(yearText).success) return void (await invalid("periods-error-year"));
  if (!/^\d$/.test(quarterText) || !periodFields.quarter.safeParse(quarterText).success) return void (await invalid("periods-error-quarter"));
  if (!(approvalLevels as readonly string[]).includes(level)) return void (await invalid("periods-approval-error-level"));
  if (!periodFields.day.safeParse(dueOn).success) return void (await invalid("periods-error-date", { value: dueOn }));
  const input = approvalDueInputSchema.parse({ year: yearText, quarter: quarterText, level, dueOn });
  const result = await setApprovalDueDay(ctx.deps.db, input, ctx.actor.telegramId);
  if (!result.ok) {
    return void (await invalid(result.reason === "no-period" ? "periods-approval-error-no-period" : "periods-approval-error-before", { due: formatDay(result.periodDueOn ?? "") }));
  }
  await ctx.reply(ctx.t("periods-approval-set", { year: String(input.year), quarter: input.quarter, level: input.level, due: formatDay(input.dueOn) }));
});
