import { Composer, InlineKeyboard } from "grammy";
import { hasRole } from "../../../registration/actor.js";
import { mayLiftControlIn } from "../../../registration/permissions.js";
import { listParentKindergartens } from "../../../tips/children.js";
import { deliveryAwaitingComment, latestTipFor, recordTipFeedback, saveTipComment, stopAwaitingTipComment, tipWeekOver, type TipFeedback } from "../../../tips/feedback.js";
import { activityFiguresForRegion, dropOffForRegion, needsRevision, tipFiguresByGroup } from "../../../tips/figures.js";
import { shorten, splitText } from "../../../shared/message-limits.js";
import { isControlLifted, setControlLifted } from "../../../tips/region-settings.js";
import { controlSettingVersion, liftControlConfirmed, pilotRunning } from "../../../tips/control-lift.js";
import { getRegion } from "../../../registration/registry.js";
import { formatDay } from "../../../shared/local-date.js";
import { getActivity } from "../../../tips/library-edit.js";
import { tipParams } from "../../../tips/render.js";
import { getTipSettings, tipHours, tipHourLabel, updateTipSettings, type TipSettings } from "../../../tips/settings.js";
import type { BotContext } from "../../context.js";
import { endDialog, registerDialog, startDialog } from "../../dialogs.js";
import { gridKeyboard } from "../../keyboards.js";
import { regionName } from "../../format.js";
import { tipsCb } from "./callbacks.js";
import { orderEntryButton } from "./order.js";

/**
 * Weekly home activities: /tip shows this week's again with its buttons; /tips lets a
 * parent stop, resume and choose the day and hour, shows a head their kindergarten's figures per
 * group, and lets a methodologist lift the control-group restriction at the end of the pilot.
 */
export const tipsFeature = new Composer<BotContext>();

function feedbackKeyboard(ctx: BotContext, deliveryId: number, chosen: TipFeedback | null): InlineKeyboard {
  const mark = (kind: TipFeedback, key: string) => (chosen === kind ? `✓ ${ctx.t(key)}` : ctx.t(key));
  return new InlineKeyboard()
    .text(mark("done", "tips-button-done"), tipsCb.feedback.pack(deliveryId, "done"))
    .row()
    .text(mark("too_hard", "tips-button-too-hard"), tipsCb.feedback.pack(deliveryId, "too_hard"))
    .row()
    .text(mark("not_for_us", "tips-button-not-for-us"), tipsCb.feedback.pack(deliveryId, "not_for_us"));
}

tipsFeature.command("tip", async (ctx) => {
  const { db, clock } = ctx.deps;
  const kindergartens = await listParentKindergartens(db, ctx.user.telegramId);
  if (kindergartens.length === 0) return void (await ctx.reply(ctx.t("tips-not-parent")));
  const tip = await latestTipFor(db, ctx.user.telegramId, clock());
  if (!tip) {
    const noChild = kindergartens.every((k) => k.children.length === 0);
    if (noChild) {
      const keyboard = new InlineKeyboard();
      keyboard.text(ctx.t("child-button-add"), tipsCb.childStart.pack());
      await ctx.reply(ctx.t("tips-none-no-child"), { reply_markup: keyboard });
      return;
    }
    const settings = await getTipSettings(db, ctx.user.telegramId);
    await ctx.reply(ctx.t("tips-none-yet", { day: ctx.t(`tips-weekday-${settings.weekday}`), time: tipHourLabel(settings.hour) }));
    return;
  }
  const activity = await getActivity(db, tip.activityId);
  const text = ctx.t("tips-weekly", tipParams(activity!.content, activity!.minutes, ctx.user.language));
  if (tipWeekOver(tip.weekStart, clock())) {
    // Its answers are closed: no buttons that would only say so; say when the next one comes.
    const settings = await getTipSettings(db, ctx.user.telegramId);
    const next = settings.paused
      ? settingsText(ctx, settings)
      : ctx.t("tips-week-over-next", { day: ctx.t(`tips-weekday-${settings.weekday}`), time: tipHourLabel(settings.hour) });
    await ctx.reply(`${text}\n\n${next}`);
    return;
  }
  await ctx.reply(text, { reply_markup: feedbackKeyboard(ctx, tip.id, tip.feedback) });
});

function settingsText(ctx: BotContext, s: TipSettings): string {
  return ctx.t(s.paused ? "tips-settings-off" : "tips-settings-on", { day: ctx.t(`tips-weekday-${s.weekday}`), time: tipHourLabel(s.hour) });
}

function settingsKeyboard(ctx: BotContext, s: TipSettings): InlineKeyboard {
  return new InlineKeyboard()
    .text(ctx.t(s.paused ? "tips-button-resume" : "tips-button-pause"), tipsCb.pause.pack(s.paused ? "on" : "off"))
    .row()
    .text(ctx.t("tips-button-day"), tipsCb.days.pack())
    .text(ctx.t("tips-button-hour"), tipsCb.hours.pack());
}

async function headSection(ctx: BotContext): Promise<string[]> {
  const lines: string[] = [];
  for (const m of ctx.actor.memberships.filter((m) => m.role === "head" && m.organization)) {
    const figures = await tipFiguresByGroup(ctx.deps.db, m.organization!.id);
    lines.push(ctx.t("tips-head-title", { organization: m.organization!.name }));
    if (figures.length === 0) lines.push(ctx.t("tips-head-no-groups"));
    for (const f of figures) {
      lines.push(
        ctx.t("tips-head-group", {
          group: f.groupName,
          arm: ctx.t(`groups-arm-short-${f.arm}`),
          parents: f.parents,
          sent: f.sent,
          done: f.done,
          tooHard: f.tooHard,
          notForUs: f.notForUs,
        }),
      );
    }
    lines.push("");
  }
  return lines;
}

/** Activities shown per region: flagged ones first, then the most sent (the list stays well within a message). */
const ACTIVITIES_SHOWN = 12;
const DROP_OFF_WEEKS = 8;

/**
 * For a region's methodologists: per activity, how many parents got it, did it, found it too hard or
 * not for them, ⚠️ where a third of the answers say so (to revise); and the drop-off curve — per week
 * since a parent's first activity, the share still answering.
 */
async function regionActivityLines(ctx: BotContext, regionCode: string): Promise<string[]> {
  const [figures, dropOff] = await Promise.all([activityFiguresForRegion(ctx.deps.db, regionCode), dropOffForRegion(ctx.deps.db, regionCode, DROP_OFF_WEEKS)]);
  if (figures.length === 0) return [];
  const flagged = figures.filter(needsRevision);
  const shown = [...flagged, ...figures.filter((f) => !needsRevision(f))].slice(0, ACTIVITIES_SHOWN);
  const lines = [ctx.t("tips-region-activities", { count: figures.length })];
  for (const f of shown) {
    const title = shorten(tipParams(f.content, 0, ctx.user.language).title as string, 60);
    lines.push(ctx.t("tips-region-activity", { flag: needsRevision(f) ? "⚠️ " : "", title, sent: f.sent, done: f.done, tooHard: f.tooHard, notForUs: f.notForUs }));
  }
  if (flagged.length > 0) lines.push(ctx.t("tips-region-revision-legend", { count: flagged.length }));
  if (dropOff.length > 0) {
    lines.push(ctx.t("tips-region-drop-off"));
    for (const w of dropOff) lines.push(ctx.t("tips-region-drop-off-week", { week: w.week, share: Math.round((100 * w.answered) / w.sent), answered: w.answered, sent: w.sent }));
  }
  return lines;
}

async function methodologistSection(ctx: BotContext): Promise<{ lines: string[]; keyboard: InlineKeyboard }> {
  const lines: string[] = [];
  const keyboard = new InlineKeyboard();
  // A region's methodologists and its regional administrators (a national administrator lifts by the
  // same button from a regional membership; listing all 20 regions here would bury the figures).
  const regions = new Map(ctx.actor.memberships.filter((m) => (m.role === "methodologist" || m.role === "regional_admin") && m.region).map((m) => [m.region!.code, m.region!]));
  for (const region of regions.values()) {
    const lifted = await isControlLifted(ctx.deps.db, region.code);
    lines.push(ctx.t(lifted ? "tips-region-lifted" : "tips-region-restricted", { region: regionName(region, ctx.user.language) }));
    lines.push(...(await regionActivityLines(ctx, region.code)));
    lines.push("");
    keyboard.text(ctx.t(lifted ? "tips-button-restrict" : "tips-button-lift"), tipsCb.lift.pack(region.code, lifted ? "off" : "on")).row();
  }
  const order = lines.length > 0 ? orderEntryButton(ctx) : null;
  if (order) keyboard.text(order.text, order.data).row();
  return { lines, keyboard };
}

tipsFeature.command("tips", async (ctx) => {
  const { db, clock } = ctx.deps;
  const arg = ctx.match.trim().toLowerCase();
  const isParent = hasRole(ctx.actor, "parent");
  if (isParent && (arg === "off" || arg === "on")) {
    const s = await updateTipSettings(db, ctx.user.telegramId, { paused: arg === "off" }, clock());
    await ctx.reply(settingsText(ctx, s), { reply_markup: settingsKeyboard(ctx, s) });
    return;
  }
  const head = await headSection(ctx);
  const methodologist = await methodologistSection(ctx);
  if (!isParent && head.length === 0 && methodologist.lines.length === 0) return void (await ctx.reply(ctx.t("tips-not-parent")));
  if (head.length > 0 || methodologist.lines.length > 0) {
    const parts = splitText([...head, ...methodologist.lines].join("\n").trim());
    for (const [i, part] of parts.entries()) {
      await ctx.reply(part, i === parts.length - 1 && methodologist.lines.length > 0 ? { reply_markup: methodologist.keyboard } : {});
    }
  }
  if (isParent) {
    const s = await getTipSettings(db, ctx.user.telegramId);
    await ctx.reply(settingsText(ctx, s), { reply_markup: settingsKeyboard(ctx, s) });
  }
});

async function onlyParents(ctx: BotContext): Promise<boolean> {
  if (hasRole(ctx.actor, "parent")) return true;
  await ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  return false;
}

/** Re-renders the settings message only when it changes (Telegram refuses an edit that changes nothing). */
async function showSettings(ctx: BotContext, before: TipSettings, after: TipSettings): Promise<void> {
  const same = before.paused === after.paused && before.weekday === after.weekday && before.hour === after.hour;
  if (!same && ctx.callbackQuery?.message) {
    await ctx.editMessageText(settingsText(ctx, after), { reply_markup: settingsKeyboard(ctx, after) });
  } else if (!same) {
    await ctx.reply(settingsText(ctx, after), { reply_markup: settingsKeyboard(ctx, after) });
  }
}

tipsFeature.callbackQuery(tipsCb.pause.filter, async (ctx) => {
  const parsed = tipsCb.pause.unpack(ctx.callbackQuery.data);
  if (!parsed) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  if (!(await onlyParents(ctx))) return;
  const { db, clock } = ctx.deps;
  const before = await getTipSettings(db, ctx.user.telegramId);
  const after = await updateTipSettings(db, ctx.user.telegramId, { paused: parsed[0] === "off" }, clock());
  await ctx.answerCallbackQuery();
  await showSettings(ctx, before, after);
});

tipsFeature.callbackQuery(tipsCb.days.filter, async (ctx) => {
  if (!(await onlyParents(ctx))) return;
  await ctx.answerCallbackQuery();
  const buttons = [1, 2, 3, 4, 5, 6, 7].map((d) => ({ text: ctx.t(`tips-weekday-${d}`), data: tipsCb.day.pack(d) }));
  await ctx.reply(ctx.t("tips-choose-day"), { reply_markup: gridKeyboard(buttons, 2) });
});

tipsFeature.callbackQuery(tipsCb.hours.filter, async (ctx) => {
  if (!(await onlyParents(ctx))) return;
  await ctx.answerCallbackQuery();
  const buttons = tipHours(ctx.deps.quietHours).map((h) => ({ text: tipHourLabel(h), data: tipsCb.hour.pack(h) }));
  await ctx.reply(ctx.t("tips-choose-hour"), { reply_markup: gridKeyboard(buttons, 4) });
});

for (const [codec, field] of [
  [tipsCb.day, "weekday"],
  [tipsCb.hour, "hour"],
] as const) {
  tipsFeature.callbackQuery(codec.filter, async (ctx) => {
    const parsed = codec.unpack(ctx.callbackQuery.data);
    if (!parsed) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
    if (!(await onlyParents(ctx))) return;
    const { db, clock } = ctx.deps;
    if (field === "hour" && !tipHours(ctx.deps.quietHours).includes(parsed[0])) {
      return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
    }
    const s = await updateTipSettings(db, ctx.user.telegramId, { [field]: parsed[0] }, clock(), ctx.deps.quietHours);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(settingsText(ctx, s), { reply_markup: settingsKeyboard(ctx, s) });
  });
}

/**
 * Lifting a region's control restriction never takes one tap: it asks for a confirmation naming the
 * region and what follows (the whole region's control arm gets activities from next week; the
 * comparison loses it). Before the pilot's end date it is refused, except for a national
 * administrator who takes a separate override step first. Putting the restriction back is one tap.
 */
tipsFeature.callbackQuery(tipsCb.lift.filter, async (ctx) => {
  const parsed = tipsCb.lift.unpack(ctx.callbackQuery.data);
  const [regionCode, state] = parsed ?? [];
  const allowed = regionCode !== undefined && mayLiftControlIn(ctx.actor, regionCode);
  const region = allowed ? await getRegion(ctx.deps.db, regionCode!) : undefined;
  if (!parsed || !allowed || !region) return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  const { db, clock } = ctx.deps;
  const lifted = state === "on";
  if ((await isControlLifted(db, region.code)) === lifted) return ctx.answerCallbackQuery();
  if (!lifted) {
    await setControlLifted(db, { regionCode: region.code, lifted, by: ctx.user.telegramId, now: clock() });
    await ctx.answerCallbackQuery();
    return void (await ctx.reply(ctx.t("tips-restrict-done")));
  }
  await ctx.answerCallbackQuery();
  const name = regionName(region, ctx.user.language);
  const version = await controlSettingVersion(db, region.code);
  const { running, pilotEnd } = await pilotRunning(db, clock());
  if (!running) {
    const keyboard = new InlineKeyboard()
      .text(ctx.t("tips-button-lift-confirm"), tipsCb.liftConfirm.pack(region.code, version, "p"))
      .row()
      .text(ctx.t("tips-button-lift-cancel"), tipsCb.liftCancel.pack());
    return void (await ctx.reply(ctx.t("tips-lift-confirm", { region: name }), { reply_markup: keyboard }));
  }
  const refusal = pilotEnd ? ctx.t("tips-lift-refused", { region: name, date: formatDay(pilotEnd) }) : ctx.t("tips-lift-refused-no-end", { region: name });
  if (!ctx.actor.isAdmin) return void (await ctx.reply(refusal));
  const keyboard = new InlineKeyboard()
    .text(ctx.t("tips-button-lift-override"), tipsCb.liftOverride.pack(region.code, version))
    .row()
    .text(ctx.t("tips-button-lift-cancel"), tipsCb.liftCancel.pack());
  await ctx.reply(`${refusal}\n\n${ctx.t("tips-lift-override-offer")}`, { reply_markup: keyboard });
});

/** A national administrator's override, its own step: the confirmation that says it is early. */
tipsFeature.callbackQuery(tipsCb.liftOverride.filter, async (ctx) => {
  const parsed = tipsCb.liftOverride.unpack(ctx.callbackQuery.data);
  const region = parsed && ctx.actor.isAdmin ? await getRegion(ctx.deps.db, parsed[0]) : undefined;
  if (!parsed || !region) return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  const { db, clock } = ctx.deps;
  const [, version] = parsed;
  const { running, pilotEnd } = await pilotRunning(db, clock());
  if (version !== (await controlSettingVersion(db, region.code)) || (await isControlLifted(db, region.code))) {
    return ctx.answerCallbackQuery({ text: ctx.t("tips-lift-stale"), show_alert: true });
  }
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  const keyboard = new InlineKeyboard()
    .text(ctx.t(running ? "tips-button-lift-override-confirm" : "tips-button-lift-confirm"), tipsCb.liftConfirm.pack(region.code, version, running ? "o" : "p"))
    .row()
    .text(ctx.t("tips-button-lift-cancel"), tipsCb.liftCancel.pack());
  const name = regionName(region, ctx.user.language);
  const text = running
    ? ctx.t("tips-lift-confirm-override", { region: name, date: pilotEnd ? formatDay(pilotEnd) : ctx.t("tips-lift-no-end-date") })
    : ctx.t("tips-lift-confirm", { region: name });
  await ctx.reply(text, { reply_markup: keyboard });
});

tipsFeature.callbackQuery(tipsCb.liftConfirm.filter, async (ctx) => {
  const parsed = tipsCb.liftConfirm.unpack(ctx.callbackQuery.data);
  const allowed = parsed !== null && mayLiftControlIn(ctx.actor, parsed[0]);
  const region = allowed ? await getRegion(ctx.deps.db, parsed![0]) : undefined;
  if (!parsed || !region) return ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
  const [, version, kind] = parsed;
  const { db, clock } = ctx.deps;
  const outcome = await liftControlConfirmed(db, {
    regionCode: region.code,
    by: ctx.user.telegramId,
    now: clock(),
    version,
    override: kind === "o",
    mayOverride: ctx.actor.isAdmin,
  });
  if (!outcome.ok) {
    const name = regionName(region, ctx.user.language);
    const text =
      outcome.problem === "stale"
        ? ctx.t("tips-lift-stale")
        : outcome.problem === "override_not_allowed"
          ? ctx.t("common-not-allowed")
          : outcome.pilotEnd
            ? ctx.t("tips-lift-refused", { region: name, date: formatDay(outcome.pilotEnd) })
            : ctx.t("tips-lift-refused-no-end", { region: name });
    return ctx.answerCallbackQuery({ text: shorten(text, 200), show_alert: true });
  }
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(ctx.t("tips-lift-done"));
});

tipsFeature.callbackQuery(tipsCb.liftCancel.filter, async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("tips-lift-cancelled") });
  await ctx.editMessageReplyMarkup().catch(() => {});
});

tipsFeature.callbackQuery(tipsCb.feedback.filter, async (ctx) => {
  const parsed = tipsCb.feedback.unpack(ctx.callbackQuery.data);
  if (!parsed) return ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
  const [deliveryId, feedback] = parsed;
  const outcome = await recordTipFeedback(ctx.deps.db, { deliveryId, userId: ctx.user.telegramId, feedback, now: ctx.deps.clock() });
  if (!outcome.ok) {
    return ctx.answerCallbackQuery({ text: ctx.t(outcome.problem === "week_over" ? "tips-feedback-week-over" : "common-stale-button"), show_alert: true });
  }
  await ctx.answerCallbackQuery({ text: ctx.t("tips-feedback-thanks") });
  if (!outcome.changed) return;
  if (ctx.callbackQuery.message) await ctx.editMessageReplyMarkup({ reply_markup: feedbackKeyboard(ctx, deliveryId, feedback) }).catch(() => {});
  // A photo or a line already saved is not asked for again (a second "Done" after "Too hard").
  if (outcome.askComment) {
    await startDialog(ctx, TIP_COMMENT_DIALOG, { ref: deliveryId });
    await ctx.reply(ctx.t("tips-ask-comment"));
  }
});

// After "We did it": the next photo or line (not a command) is what the child said. It is optional:
// /cancel or another dialog just stops waiting for it.
const TIP_COMMENT_DIALOG = "tip-comment";

async function saveComment(ctx: BotContext, next: () => Promise<void>) {
  const deliveryId = await deliveryAwaitingComment(ctx.deps.db, ctx.user.telegramId, ctx.deps.clock());
  if (deliveryId === null) return next();
  const message = ctx.message!;
  await saveTipComment(ctx.deps.db, { deliveryId, userId: ctx.user.telegramId, text: message.text ?? message.caption, photoFileId: message.photo?.at(-1)?.file_id });
  await endDialog(ctx, TIP_COMMENT_DIALOG);
  await ctx.reply(ctx.t("tips-comment-saved"));
}

registerDialog({
  kind: TIP_COMMENT_DIALOG,
  onText: (ctx, _waiting, next) => saveComment(ctx, next),
  onPhoto: (ctx, _waiting, next) => saveComment(ctx, next),
  onCancel: async (ctx) => {
    await stopAwaitingTipComment(ctx.deps.db, ctx.user.telegramId);
    return false;
  },
});
