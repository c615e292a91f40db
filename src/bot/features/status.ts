import { Composer, GrammyError, InlineKeyboard } from "grammy";
import { buildDigest, type DigestUnit } from "../../outputs/digests/build-digest.js";
import { decimalComma } from "../../outputs/digests/format.js";
import { MEDIAN_MIN_OTHERS, RANGE_MIN_OTHERS, compareKindergarten, openReportGaps, type Comparison, type Spread } from "../../outputs/digests/kindergarten-card.js";
import {
  attentionLines,
  KINDERGARTENS_PER_PAGE,
  kindergartenLines,
  legendLines,
  pageCount,
  periodTitle,
  regionLines,
  regionsInOrder,
  sortForAttention,
  summaryLines,
  unitName,
} from "../../outputs/digests/render.js";
import type { DigestText } from "../../outputs/digests/section.js";
import type { ReportTotals } from "../../outputs/digests/sections/reports.js";
import { organizationsInScope } from "../../figures/scope-filter.js";
import { programmeEffect } from "../../figures/programme-effect-data.js";
import { programmeEffectLines } from "../../figures/programme-effect-lines.js";
import { formatDay } from "../../shared/local-date.js";
import { fitMessage, shorten } from "../../shared/message-limits.js";
import { findReportingPeriod } from "../../reports/report-draft.js";
import { listPeriods, periodOpensAt, type ReportingPeriod } from "../../reports/periods.js";
import { mayViewAnything, mayViewOrganization, mayViewRegion, actorScope } from "../../registration/permissions.js";
import { mayMakeInvitationBatch } from "../../invitation-batches/invitation-batch-access.js";
import type { AudienceTotals } from "../../outputs/digests/sections/audience.js";
import { getOrganization, getRegion, listRegions } from "../../registration/registry.js";
import { cb } from "../../shared/callback-data.js";
import type { BotContext } from "../context.js";
import { regionButtonName, regionName } from "../format.js";
import { sortRegionsByName } from "../../shared/region-order.js";
import { gridKeyboard } from "../keyboards.js";
import { chainStatesOfPeriod } from "../../approvals/chain-state.js";
import { chainButtons, chainCountLines, chainLines, regionChainState } from "./approvals.js";

/**
 * /status: the pilot's picture for the actor's scope (permissions.ts actorScope): the country a line
 * per region, a region a line per kindergarten (paginated), a kindergarten its card. Buttons go down
 * and back up and switch the quarter; every press re-checks the scope against today's memberships.
 */
export const statusFeature = new Composer<BotContext>();

const BUTTON_CHARS = 25;

function digestText(ctx: BotContext): DigestText {
  return { language: ctx.user.language, t: (key, params) => ctx.t(key, params) };
}

/** Periods that have opened, oldest first: the ones there is something to see of. */
async function openedPeriods(ctx: BotContext): Promise<ReportingPeriod[]> {
  const now = ctx.deps.clock().getTime();
  return (await listPeriods(ctx.deps.db)).filter((p) => periodOpensAt(p).getTime() <= now);
}

/** ◀ previous quarter · next quarter ▶, each keeping the view. */
function periodSwitch(ctx: BotContext, keyboard: InlineKeyboard, periods: ReportingPeriod[], current: ReportingPeriod, data: (periodId: number) => string) {
  const i = periods.findIndex((p) => p.id === current.id);
  const label = (p: ReportingPeriod) => ctx.t("status-button-period", { quarter: p.quarter, year: String(p.year) });
  const previous = i > 0 ? periods[i - 1] : undefined;
  const next = i >= 0 && i < periods.length - 1 ? periods[i + 1] : undefined;
  if (!previous && !next) return;
  keyboard.row();
  if (previous) keyboard.text(`◀ ${label(previous)}`, data(previous.id));
  if (next) keyboard.text(`${label(next)} ▶`, data(next.id));
}

/** Edits the message the button belongs to; an identical edit (a double press) is not an error. */
async function show(ctx: BotContext, how: "reply" | "edit", text: string, keyboard: InlineKeyboard) {
  // The dashboard (a Mini App, WEBAPP_URL) shows the same figures; Telegram opens it signed for this user.
  if (ctx.deps.webappUrl) keyboard.row().webApp(ctx.t("status-button-dashboard"), ctx.deps.webappUrl);
  if (how === "reply") {
    await ctx.reply(text, { reply_markup: keyboard });
    return;
  }
  try {
    await ctx.editMessageText(text, { reply_markup: keyboard });
  } catch (error) {
    if (error instanceof GrammyError && error.description.includes("message is not modified")) return;
    throw error;
  }
}

/** Kindergartens of the scope without a registered head (the audience section's "👤" count). */
function withoutHead(total: DigestUnit): number {
  return (total.totals.audience as AudienceTotals | undefined)?.withoutHead ?? 0;
}

async function refuse(ctx: BotContext) {
  await ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
}

statusFeature.command("status", async (ctx) => {
  const scope = actorScope(ctx.actor);
  if (!mayViewAnything(scope)) {
    await ctx.reply(ctx.t("status-not-allowed"));
    return;
  }
  const period = (await findReportingPeriod(ctx.deps.db, ctx.deps.clock())) ?? (await listPeriods(ctx.deps.db))[0];
  if (!period) {
    await ctx.reply(ctx.t("status-no-periods"));
    return;
  }
  await showTop(ctx, period, "reply");
});

/** The view an actor starts from: the country, their region, a choice of their regions or kindergartens, or their card. */
async function showTop(ctx: BotContext, period: ReportingPeriod, how: "reply" | "edit") {
  const scope = actorScope(ctx.actor);
  if (scope.national) return showCountry(ctx, period, how);
  if (scope.regions.length === 0 && scope.organizationIds.length === 1) return showKindergarten(ctx, scope.organizationIds[0]!, period, how);
  if (scope.regions.length === 1 && scope.organizationIds.length === 0) return showRegion(ctx, scope.regions[0]!, period, 0, how);
  // Several regions or kindergartens (a methodologist of two regions, a head of two kindergartens…).
  const keyboard = new InlineKeyboard();
  const regions = sortRegionsByName((await listRegions(ctx.deps.db)).filter((r) => scope.regions.includes(r.code)), ctx.user.language, (r) => ({ kk: r.nameKk, ru: r.nameRu }));
  keyboard.append(gridKeyboard(regions.map((r) => ({ text: regionButtonName(r, ctx.user.language), data: cb.statusRegion.pack(r.code, period.id, 0) })), 2));
  for (const id of scope.organizationIds) {
    const org = await getOrganization(ctx.deps.db, id);
    if (org) keyboard.row().text(shorten(`${org.registryNo}. ${org.name}`, BUTTON_CHARS), cb.statusOrg.pack(org.id, period.id));
  }
  periodSwitch(ctx, keyboard, await openedPeriods(ctx), period, (id) => cb.statusTop.pack(id));
  await show(ctx, how, `${ctx.t("status-choose")}\n${periodTitle(period, digestText(ctx))}`, keyboard);
}

async function showCountry(ctx: BotContext, period: ReportingPeriod, how: "reply" | "edit") {
  const text = digestText(ctx);
  const [digest, regions] = await Promise.all([buildDigest(ctx.deps.db, { kind: "national" }, period, ctx.deps.clock()), listRegions(ctx.deps.db)]);
  const units = regionsInOrder(digest.units.filter((u) => u.kindergartens > 0), text);
  const ordered = sortRegionsByName(regions, ctx.user.language, (r) => ({ kk: r.nameKk, ru: r.nameRu }));
  const chain = await chainStatesOfPeriod(ctx.deps.db, period.id, ordered.map((r) => r.code), ctx.deps.clock());
  const message = fitMessage([
    [ctx.t("status-title-country"), periodTitle(period, text)],
    summaryLines(digest, text),
    attentionLines(digest.total, text),
    chainCountLines((key, params) => ctx.t(key, params), chain, (code) => {
      const region = regions.find((r) => r.code === code);
      return region ? regionName(region, ctx.user.language) : code;
    }),
    [...legendLines("regions", text), ...regionLines(units, text)],
    [ctx.t("status-hint-drill-down")],
  ]);
  const keyboard = gridKeyboard(units.map((u) => ({ text: regionButtonName({ code: u.key, nameKk: u.name.kk, nameRu: u.name.ru }, ctx.user.language), data: cb.statusRegion.pack(u.key, period.id, 0) })), 2);
  // The estimate resamples every kindergarten 2,000 times (about a second for the country), so the
  // country's view offers it by a button instead of computing it on every view.
  keyboard.row().text(ctx.t("status-button-effect"), cb.statusEffect.pack(period.id));
  periodSwitch(ctx, keyboard, await openedPeriods(ctx), period, (id) => cb.statusTop.pack(id));
  if (withoutHead(digest.total) > 0 && mayMakeInvitationBatch(ctx.actor, null)) keyboard.row().text(ctx.t("invite-batch-button-country"), cb.inviteBatchAskCountry.pack());
  await show(ctx, how, message, keyboard);
}

async function showRegion(ctx: BotContext, regionCode: string, period: ReportingPeriod, page: number, how: "reply" | "edit") {
  const region = await getRegion(ctx.deps.db, regionCode);
  if (!region) return;
  const text = digestText(ctx);
  const [digest, chain] = await Promise.all([buildDigest(ctx.deps.db, { kind: "region", regionCode }, period, ctx.deps.clock()), regionChainState(ctx, regionCode, period)]);
  const sorted = sortForAttention(digest.units);
  const pages = pageCount(sorted.length);
  const current = Math.min(page, pages - 1);
  const onPage = sorted.slice(current * KINDERGARTENS_PER_PAGE, (current + 1) * KINDERGARTENS_PER_PAGE);
  const listHeader =
    sorted.length === 0
      ? [ctx.t("status-no-kindergartens")]
      : [ctx.t("status-kindergartens-page", { from: current * KINDERGARTENS_PER_PAGE + 1, to: current * KINDERGARTENS_PER_PAGE + onPage.length, total: sorted.length, page: current + 1, pages })];
  const message = fitMessage([
    [ctx.t("status-title-region", { region: regionName(region, ctx.user.language) }), periodTitle(period, text)],
    summaryLines(digest, text),
    attentionLines(digest.total, text),
    chainLines((key, params) => ctx.t(key, params), chain),
    [...legendLines("kindergartens", text), ...listHeader, ...kindergartenLines(onPage, text)],
  ]);
  const keyboard = gridKeyboard(
    onPage.map((u) => ({ text: shorten(`${u.registryNo}. ${unitName(u, text)}`, BUTTON_CHARS), data: cb.statusOrg.pack(Number(u.key), period.id) })),
    2,
  );
  if (pages > 1) {
    keyboard.row();
    if (current > 0) keyboard.text(ctx.t("status-button-previous-page"), cb.statusRegion.pack(regionCode, period.id, current - 1));
    if (current < pages - 1) keyboard.text(ctx.t("status-button-next-page"), cb.statusRegion.pack(regionCode, period.id, current + 1));
  }
  chainButtons(ctx, keyboard, regionCode, period, chain);
  periodSwitch(ctx, keyboard, await openedPeriods(ctx), period, (id) => cb.statusRegion.pack(regionCode, id, 0));
  // From "👤 no head registered" to every such head's invitation at once.
  if (withoutHead(digest.total) > 0 && mayMakeInvitationBatch(ctx.actor, regionCode)) keyboard.row().text(ctx.t("invite-batch-button"), cb.inviteBatchAsk.pack(regionCode));
  if (actorScope(ctx.actor).national) keyboard.row().text(ctx.t("status-button-country"), cb.statusTop.pack(period.id));
  await show(ctx, how, message, keyboard);
}

function comparisonLines(ctx: BotContext, comparisons: Comparison[], viewer: "head" | "staff"): string[] {
  const value = (n: number | null | undefined) => (n === null || n === undefined ? "—" : decimalComma(n));
  const spread = (s: Spread | null) =>
    !s || s.median === null
      ? ctx.t("status-compare-too-few")
      : s.min === null || s.max === null
        ? decimalComma(s.median)
        : ctx.t("status-compare-spread", { median: decimalComma(s.median), min: decimalComma(s.min), max: decimalComma(s.max) });
  const shown = comparisons.filter((c) => c.country);
  const lines = shown.map((c) => ctx.t(`status-compare-${c.metric}`, { viewer, own: value(c.own), region: spread(c.region), country: spread(c.country) }));
  const title = ctx.t("status-compare-title", { viewer });
  if (lines.length === 0) return [title, ctx.t("status-compare-none")];
  const withheld = shown.some((c) => [c.region, c.country].some((s) => !s || s.min === null));
  return [title, ...lines, ...(withheld ? [ctx.t("status-compare-privacy", { range: RANGE_MIN_OTHERS, median: MEDIAN_MIN_OTHERS })] : [])];
}

async function showKindergarten(ctx: BotContext, organizationId: number, period: ReportingPeriod, how: "reply" | "edit") {
  const { db } = ctx.deps;
  const organization = await getOrganization(db, organizationId);
  if (!organization) return;
  const region = await getRegion(db, organization.regionCode);
  const text = digestText(ctx);
  const now = ctx.deps.clock();
  const [digest, gaps, comparisons] = await Promise.all([
    buildDigest(db, { kind: "organization", organizationId }, period, now),
    openReportGaps(db, organizationId, period),
    compareKindergarten(db, organization, period),
  ]);
  const unit: DigestUnit | undefined = digest.units[0];
  const reports = digest.total.totals.reports as ReportTotals;
  const state = (["accepted", "submitted", "returned", "in-progress", "not-started"] as const).find((s) => reports[s] > 0) ?? "not-started";
  const reportLines = [ctx.t(`status-card-report-${state}`), ctx.t("status-card-due", { due: formatDay(period.dueOn) })];
  // The head reads about their own kindergarten and can open the report; staff read about one of theirs.
  const viewer = actorScope(ctx.actor).organizationIds.includes(organizationId) ? "head" : "staff";
  if (reports.overdue > 0) reportLines.push(ctx.t("status-card-overdue", { viewer }));
  if (reports.late > 0) reportLines.push(ctx.t("status-card-late"));
  if (gaps.open && gaps.missingLabelKeys.length > 0) {
    reportLines.push(ctx.t(state === "returned" ? "status-card-returned-fields" : "status-card-missing", { count: gaps.missingLabelKeys.length }));
    reportLines.push(...gaps.missingLabelKeys.map((key) => `• ${shorten(ctx.t(key), 120)}`));
  }
  const message = fitMessage([
    [`🏫 ${organization.name}`, region ? regionName(region, ctx.user.language) : "", periodTitle(period, text)],
    reportLines,
    unit && unit.flags.length > 0 ? attentionLines(unit, text) : [],
    summaryLines(digest, text),
    comparisonLines(ctx, comparisons, viewer),
  ]);
  const keyboard = new InlineKeyboard();
  if (region && mayViewRegion(actorScope(ctx.actor), region.code)) {
    keyboard.text(`⬆ ${regionButtonName(region, ctx.user.language, 2)}`, cb.statusRegion.pack(region.code, period.id, 0));
  }
  periodSwitch(ctx, keyboard, await openedPeriods(ctx), period, (id) => cb.statusOrg.pack(organizationId, id));
  await show(ctx, how, message, keyboard);
}

async function periodById(ctx: BotContext, id: number): Promise<ReportingPeriod | undefined> {
  return (await listPeriods(ctx.deps.db)).find((p) => p.id === id);
}

statusFeature.callbackQuery(cb.statusTop.filter, async (ctx) => {
  const parsed = cb.statusTop.unpack(ctx.callbackQuery.data);
  const period = parsed ? await periodById(ctx, parsed[0]) : undefined;
  if (!period || !mayViewAnything(actorScope(ctx.actor))) return refuse(ctx);
  await ctx.answerCallbackQuery();
  await showTop(ctx, period, "edit");
});

statusFeature.callbackQuery(cb.statusEffect.filter, async (ctx) => {
  const parsed = cb.statusEffect.unpack(ctx.callbackQuery.data);
  const period = parsed ? await periodById(ctx, parsed[0]) : undefined;
  if (!period || !actorScope(ctx.actor).national) return refuse(ctx);
  await ctx.answerCallbackQuery();
  const effect = await programmeEffect(ctx.deps.db, organizationsInScope({ kind: "national" }), period);
  const lines = programmeEffectLines(effect, (key, params) => ctx.t(key, params), period.quarter);
  await ctx.reply(fitMessage([[periodTitle(period, digestText(ctx))], lines]));
});

statusFeature.callbackQuery(cb.statusRegion.filter, async (ctx) => {
  const parsed = cb.statusRegion.unpack(ctx.callbackQuery.data);
  const period = parsed ? await periodById(ctx, parsed[1]) : undefined;
  if (!parsed || !period || !mayViewRegion(actorScope(ctx.actor), parsed[0]) || !(await getRegion(ctx.deps.db, parsed[0]))) return refuse(ctx);
  await ctx.answerCallbackQuery();
  await showRegion(ctx, parsed[0], period, parsed[2], "edit");
});

statusFeature.callbackQuery(cb.statusOrg.filter, async (ctx) => {
  const parsed = cb.statusOrg.unpack(ctx.callbackQuery.data);
  const period = parsed ? await periodById(ctx, parsed[1]) : undefined;
  const organization = parsed ? await getOrganization(ctx.deps.db, parsed[0]) : undefined;
  if (!period || !organization || !mayViewOrganization(actorScope(ctx.actor), organization)) return refuse(ctx);
  await ctx.answerCallbackQuery();
  await showKindergarten(ctx, organization.id, period, "edit");
});
