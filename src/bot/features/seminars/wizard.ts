import { Composer, InlineKeyboard } from "grammy";
import { countOrganizations, getOrganization, getRegion, listOrganizations } from "../../../registration/registry.js";
import { mayOrganize, organizerScopes, scopeRegion } from "../../../outreach/organizers.js";
import { ANNOUNCEMENT_TEMPLATE, rsvpButtons, seminarParams } from "../../../seminars/announcement.js";
import type { ChangeResult } from "../../../seminars/changes.js";
import { ADDRESS_MAX, CAPACITY_MAX, DESCRIPTION_MAX, DURATION_MAX, DURATION_MIN, TITLE_MAX } from "../../../seminars/parse.js";
import { answerTyped, saveAnswer } from "../../../seminars/seminar-wizard.js";
import { countSeminarAudience, publishSeminar } from "../../../seminars/publish.js";
import {
  abandonWizard,
  activeSeminarStep,
  getSeminar,
  startDraft,
  toggleDraftOrganization,
  type DraftPatch,
  type Seminar,
  type WizardStep,
} from "../../../seminars/seminars.js";
import type { BotContext } from "../../context.js";
import { endDialog, registerDialog, startDialog } from "../../dialogs.js";
import type { Waiting } from "../../person.js";
import { regionButtonName, regionName, renderAs } from "../../format.js";
import { seminarCb } from "./callbacks.js";

/**
 * /seminar: the organiser builds an event one answer at a time; the step machine is
 * src/seminars/seminar-wizard.ts. The draft row is the wizard's place (not conversation state), so
 * a restart continues at the same step and a long wizard costs the same per step as a short one.
 */
export const seminarWizardFeature = new Composer<BotContext>();

/** The dialog of the wizard; the edit of a published event's time or place is the same dialog. */
export const SEMINAR_WIZARD_DIALOG = "seminar-wizard";

const ORGS_PER_PAGE = 8;

/** The event's reach in words: the whole republic or the region's name; `button` gives the form that fits a button. */
async function scopeName(ctx: BotContext, scopeKey: string, form: "text" | "button" = "text"): Promise<string> {
  const code = scopeRegion(scopeKey);
  if (!code) return ctx.t("seminar-scope-national");
  const region = await getRegion(ctx.deps.db, code);
  if (!region) return code;
  return form === "button" ? regionButtonName(region, ctx.user.language) : regionName(region, ctx.user.language);
}

async function organizationsKeyboard(ctx: BotContext, s: Seminar, page: number): Promise<{ text: string; keyboard: InlineKeyboard }> {
  const code = scopeRegion(s.scopeKey)!;
  const total = await countOrganizations(ctx.deps.db, code);
  const orgs = await listOrganizations(ctx.deps.db, { regionCode: code, offset: page * ORGS_PER_PAGE, limit: ORGS_PER_PAGE });
  const chosen = new Set(s.organizationIds ?? []);
  const keyboard = new InlineKeyboard();
  for (const o of orgs) {
    const label = `${chosen.has(o.id) ? "✅" : "⬜"} ${o.registryNo}. ${o.name}`;
    keyboard.text(label.length > 60 ? `${label.slice(0, 59)}…` : label, seminarCb.orgToggle.pack(o.id, page)).row();
  }
  if (page > 0) keyboard.text("◀", seminarCb.orgPage.pack(page - 1));
  if ((page + 1) * ORGS_PER_PAGE < total) keyboard.text("▶", seminarCb.orgPage.pack(page + 1));
  keyboard.row().text(ctx.t("seminar-button-orgs-done"), seminarCb.orgsDone.pack());
  return { text: ctx.t("seminar-ask-organizations", { chosen: chosen.size }), keyboard };
}

/** Asks the question of the draft's current step. */
export async function askStep(ctx: BotContext, s: Seminar): Promise<void> {
  const step = s.step as WizardStep | null;
  switch (step) {
    case "scope": {
      const keyboard = new InlineKeyboard();
      for (const scope of organizerScopes(ctx.actor)) keyboard.text(await scopeName(ctx, scope, "button"), seminarCb.scope.pack(scopeRegion(scope) ?? "national")).row();
      return void (await ctx.reply(ctx.t("seminar-ask-scope"), { reply_markup: keyboard }));
    }
    case "kind":
      return void (await ctx.reply(ctx.t("seminar-ask-kind"), {
        reply_markup: new InlineKeyboard()
          .text(ctx.t("seminar-kind-seminar"), seminarCb.kind.pack("seminar"))
          .text(ctx.t("seminar-kind-webinar"), seminarCb.kind.pack("webinar"))
          .row()
          .text(ctx.t("seminar-kind-consultation"), seminarCb.kind.pack("consultation")),
      }));
    case "title-kk":
    case "title-ru":
      return void (await ctx.reply(ctx.t(`seminar-ask-${step}`, { max: TITLE_MAX })));
    case "description-kk":
    case "description-ru":
      return void (await ctx.reply(ctx.t(`seminar-ask-${step}`, { max: DESCRIPTION_MAX })));
    case "day":
      return void (await ctx.reply(ctx.t("seminar-ask-day")));
    case "time":
      return void (await ctx.reply(ctx.t("seminar-ask-time")));
    case "duration":
      return void (await ctx.reply(ctx.t("seminar-ask-duration", { min: DURATION_MIN, max: DURATION_MAX }), {
        reply_markup: new InlineKeyboard()
          .text(ctx.t("seminar-minutes", { n: 60 }), seminarCb.duration.pack(60))
          .text(ctx.t("seminar-minutes", { n: 90 }), seminarCb.duration.pack(90))
          .text(ctx.t("seminar-minutes", { n: 120 }), seminarCb.duration.pack(120)),
      }));
    case "place-kind":
      return void (await ctx.reply(ctx.t("seminar-ask-place-kind"), {
        reply_markup: new InlineKeyboard()
          .text(ctx.t("seminar-button-online"), seminarCb.placeKind.pack("online"))
          .text(ctx.t("seminar-button-address"), seminarCb.placeKind.pack("address")),
      }));
    case "online-url":
      return void (await ctx.reply(ctx.t("seminar-ask-online-url")));
    case "address":
      return void (await ctx.reply(ctx.t("seminar-ask-address", { max: ADDRESS_MAX })));
    case "audience": {
      // The reach is named in the question: a region's name on the button would not fit it (25 characters).
      const keyboard = new InlineKeyboard().text(ctx.t("seminar-button-audience-all"), seminarCb.audience.pack("all"));
      // Choosing kindergartens one by one makes sense within a region (national: the whole republic's heads).
      if (scopeRegion(s.scopeKey)) keyboard.row().text(ctx.t("seminar-button-audience-chosen"), seminarCb.audience.pack("chosen"));
      return void (await ctx.reply(ctx.t("seminar-ask-audience", { scope: await scopeName(ctx, s.scopeKey) }), { reply_markup: keyboard }));
    }
    case "organizations": {
      const { text, keyboard } = await organizationsKeyboard(ctx, s, 0);
      return void (await ctx.reply(text, { reply_markup: keyboard }));
    }
    case "parents":
      return void (await ctx.reply(ctx.t("seminar-ask-parents"), {
        reply_markup: new InlineKeyboard().text(ctx.t("seminar-button-parents-yes"), seminarCb.parents.pack("y")).text(ctx.t("seminar-button-parents-no"), seminarCb.parents.pack("n")),
      }));
    case "capacity":
      return void (await ctx.reply(ctx.t("seminar-ask-capacity", { max: CAPACITY_MAX }), {
        reply_markup: new InlineKeyboard().text(ctx.t("seminar-button-no-capacity"), seminarCb.noCapacity.pack()),
      }));
    case "preview":
      return showPreview(ctx, s);
    case "edit-time":
      return void (await ctx.reply(ctx.t("seminar-ask-new-time")));
    case "edit-place":
      return void (await ctx.reply(ctx.t("seminar-ask-new-place")));
    default:
      return;
  }
}

/** The announcement exactly as recipients will get it, in both languages, then publish or discard. */
async function showPreview(ctx: BotContext, s: Seminar): Promise<void> {
  const params = seminarParams(s);
  for (const language of ["kk", "ru"] as const) {
    const rendered = renderAs(ctx, language, ANNOUNCEMENT_TEMPLATE, params, rsvpButtons(s.id));
    await ctx.reply(`${ctx.t(`seminar-preview-${language}`)}\n\n${rendered.text}`, { reply_markup: rendered.replyMarkup });
  }
  const audience = await countSeminarAudience(ctx.deps.db, s);
  await ctx.reply(ctx.t("seminar-preview-confirm", { count: audience }), {
    reply_markup: new InlineKeyboard().text(ctx.t("seminar-button-publish"), seminarCb.publish.pack(s.id)).row().text(ctx.t("seminar-button-discard"), seminarCb.discard.pack(s.id)),
  });
}

async function advance(ctx: BotContext, s: Seminar, patch: DraftPatch, next?: WizardStep): Promise<void> {
  await asked(ctx, await saveAnswer(ctx.deps.db, { seminar: s, organizerId: ctx.user.telegramId, patch, next }));
}

/** After an answer: the next step's question, or (a stale button) the outdated-button alert. */
async function asked(ctx: BotContext, saved: Seminar | null): Promise<void> {
  if (!saved) {
    if (ctx.callbackQuery) return void (await ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true }));
    return;
  }
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery();
    await ctx.editMessageReplyMarkup().catch(() => {});
  }
  await askStep(ctx, saved);
}

seminarWizardFeature.command("seminar", async (ctx) => {
  if (!mayOrganize(ctx.actor)) return void (await ctx.reply(ctx.t("common-not-allowed")));
  const draft = await startDraft(ctx.deps.db, { organizerId: ctx.user.telegramId, scopes: organizerScopes(ctx.actor) });
  await startDialog(ctx, SEMINAR_WIZARD_DIALOG, { ref: draft.id });
  await ctx.reply(ctx.t("seminar-wizard-intro"));
  await askStep(ctx, draft);
});

/** The draft a button belongs to: the organiser's current one, at the step the button answers. */
async function draftAt(ctx: BotContext, step: WizardStep): Promise<Seminar | null> {
  if (!mayOrganize(ctx.actor)) {
    await ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
    return null;
  }
  const s = await activeSeminarStep(ctx.deps.db, ctx.user.telegramId);
  if (!s || s.step !== step) {
    await ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true });
    return null;
  }
  return s;
}

seminarWizardFeature.callbackQuery(seminarCb.scope.filter, async (ctx) => {
  const parsed = seminarCb.scope.unpack(ctx.callbackQuery.data);
  const s = await draftAt(ctx, "scope");
  if (!s) return;
  const scopeKey = parsed?.[0] === "national" ? "national" : `region:${parsed?.[0]}`;
  if (!parsed || !organizerScopes(ctx.actor).includes(scopeKey)) return void (await ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true }));
  await advance(ctx, s, { scopeKey });
});

seminarWizardFeature.callbackQuery(seminarCb.kind.filter, async (ctx) => {
  const parsed = seminarCb.kind.unpack(ctx.callbackQuery.data);
  const s = await draftAt(ctx, "kind");
  if (!s || !parsed) return;
  await advance(ctx, s, { kind: parsed[0] });
});

seminarWizardFeature.callbackQuery(seminarCb.duration.filter, async (ctx) => {
  const parsed = seminarCb.duration.unpack(ctx.callbackQuery.data);
  const s = await draftAt(ctx, "duration");
  if (!s || !parsed) return;
  await advance(ctx, s, { durationMinutes: parsed[0] });
});

seminarWizardFeature.callbackQuery(seminarCb.placeKind.filter, async (ctx) => {
  const parsed = seminarCb.placeKind.unpack(ctx.callbackQuery.data);
  const s = await draftAt(ctx, "place-kind");
  if (!s || !parsed) return;
  await advance(ctx, s, {}, parsed[0] === "online" ? "online-url" : "address");
});

seminarWizardFeature.callbackQuery(seminarCb.audience.filter, async (ctx) => {
  const parsed = seminarCb.audience.unpack(ctx.callbackQuery.data);
  const s = await draftAt(ctx, "audience");
  if (!s || !parsed) return;
  if (parsed[0] === "chosen" && !scopeRegion(s.scopeKey)) return void (await ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true }));
  await advance(ctx, s, { organizationIds: parsed[0] === "all" ? null : [] }, parsed[0] === "all" ? "parents" : "organizations");
});

seminarWizardFeature.callbackQuery(seminarCb.orgToggle.filter, async (ctx) => {
  const parsed = seminarCb.orgToggle.unpack(ctx.callbackQuery.data);
  const s = await draftAt(ctx, "organizations");
  if (!s || !parsed) return;
  const org = await getOrganization(ctx.deps.db, parsed[0]);
  if (!org || org.regionCode !== scopeRegion(s.scopeKey)) return void (await ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true }));
  const updated = await toggleDraftOrganization(ctx.deps.db, { seminarId: s.id, organizerId: ctx.user.telegramId, organizationId: org.id });
  await ctx.answerCallbackQuery();
  if (!updated) return;
  const { keyboard } = await organizationsKeyboard(ctx, updated, parsed[1]);
  await ctx.editMessageText(ctx.t("seminar-ask-organizations", { chosen: updated.organizationIds?.length ?? 0 }), { reply_markup: keyboard });
});

seminarWizardFeature.callbackQuery(seminarCb.orgPage.filter, async (ctx) => {
  const parsed = seminarCb.orgPage.unpack(ctx.callbackQuery.data);
  const s = await draftAt(ctx, "organizations");
  if (!s || !parsed) return;
  await ctx.answerCallbackQuery();
  const { text, keyboard } = await organizationsKeyboard(ctx, s, parsed[0]);
  await ctx.editMessageText(text, { reply_markup: keyboard });
});

seminarWizardFeature.callbackQuery(seminarCb.orgsDone.filter, async (ctx) => {
  const s = await draftAt(ctx, "organizations");
  if (!s) return;
  if (!s.organizationIds?.length) return void (await ctx.answerCallbackQuery({ text: ctx.t("seminar-error-choose-organization"), show_alert: true }));
  await advance(ctx, s, {});
});

seminarWizardFeature.callbackQuery(seminarCb.parents.filter, async (ctx) => {
  const parsed = seminarCb.parents.unpack(ctx.callbackQuery.data);
  const s = await draftAt(ctx, "parents");
  if (!s || !parsed) return;
  await advance(ctx, s, { includeParents: parsed[0] === "y" });
});

seminarWizardFeature.callbackQuery(seminarCb.noCapacity.filter, async (ctx) => {
  const s = await draftAt(ctx, "capacity");
  if (!s) return;
  await advance(ctx, s, { capacity: null });
});

seminarWizardFeature.callbackQuery(seminarCb.publish.filter, async (ctx) => {
  const parsed = seminarCb.publish.unpack(ctx.callbackQuery.data);
  if (!parsed || !mayOrganize(ctx.actor)) return void (await ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true }));
  const s = await getSeminar(ctx.deps.db, parsed[0]);
  if (!s || s.organizerId !== ctx.user.telegramId) return void (await ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true }));
  const result = await publishSeminar(ctx.deps.db, { seminarId: s.id, organizerId: ctx.user.telegramId, now: ctx.deps.clock() });
  switch (result.kind) {
    case "stale":
      return void (await ctx.answerCallbackQuery({ text: ctx.t("seminar-already-published"), show_alert: true }));
    case "incomplete":
      return void (await ctx.answerCallbackQuery({
        text: ctx.t("seminar-error-incomplete", { missing: result.missing.map((k) => ctx.t(k)).join(", ") }).slice(0, 200),
        show_alert: true,
      }));
    case "starts-in-past":
      return void (await ctx.answerCallbackQuery({ text: ctx.t("seminar-error-time-past"), show_alert: true }));
    case "no-audience":
      return void (await ctx.answerCallbackQuery({ text: ctx.t("seminar-error-no-audience"), show_alert: true }));
    case "link-not-accepted":
      // Nothing was published: the organiser gives the place again and sees the preview anew.
      await ctx.reply(ctx.t("seminar-error-link-not-accepted"));
      return advance(ctx, s, { onlineUrl: null, address: null }, "place-kind");
    case "published":
      await endDialog(ctx, SEMINAR_WIZARD_DIALOG);
      await ctx.answerCallbackQuery();
      await ctx.editMessageReplyMarkup().catch(() => {});
      await ctx.reply(ctx.t("seminar-published", { count: result.invited }));
  }
});

seminarWizardFeature.callbackQuery(seminarCb.discard.filter, async (ctx) => {
  const parsed = seminarCb.discard.unpack(ctx.callbackQuery.data);
  const s = parsed ? await getSeminar(ctx.deps.db, parsed[0]) : undefined;
  if (!s || s.organizerId !== ctx.user.telegramId || s.status !== "draft") return void (await ctx.answerCallbackQuery({ text: ctx.t("common-stale-button"), show_alert: true }));
  await abandonWizard(ctx.deps.db, ctx.user.telegramId);
  await endDialog(ctx, SEMINAR_WIZARD_DIALOG);
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => {});
  await ctx.reply(ctx.t("seminar-wizard-cancelled"));
});

/** The organiser's draft (or edit) the dialog waits on; none → the message is not an answer. */
async function waitingDraft(ctx: BotContext): Promise<Seminar | null> {
  if (!mayOrganize(ctx.actor)) return null;
  return (await activeSeminarStep(ctx.deps.db, ctx.user.telegramId)) ?? null;
}

registerDialog({
  kind: SEMINAR_WIZARD_DIALOG,
  onText: async (ctx, _waiting: Waiting, next) => {
    const s = await waitingDraft(ctx);
    if (!s) return next();
    const outcome = await answerTyped(ctx.deps.db, { seminar: s, organizerId: ctx.user.telegramId, text: ctx.message!.text!, now: ctx.deps.clock() });
    switch (outcome.kind) {
      case "saved":
        return asked(ctx, outcome.seminar);
      case "refused":
        return void (await ctx.reply(ctx.t(outcome.reason, outcome.params ?? {})));
      case "edited":
        return applyChange(ctx, s, outcome.result);
      case "use-buttons":
        // A step answered with a button: say so and show it again.
        await ctx.reply(ctx.t("seminar-use-buttons"));
        return askStep(ctx, s);
    }
  },
  onMessage: async (ctx, _waiting, next) => {
    if (!(await waitingDraft(ctx))) return next();
    await ctx.reply(ctx.t("seminar-error-not-text"));
  },
  onCancel: async (ctx, _waiting, reason) => {
    // Another dialog starting drops the draft (or leaves the change) quietly, as a new /seminar does.
    const abandoned = mayOrganize(ctx.actor) ? await abandonWizard(ctx.deps.db, ctx.user.telegramId) : null;
    if (!abandoned) return false;
    if (reason === "cancel") await ctx.reply(ctx.t(abandoned === "draft" ? "seminar-wizard-cancelled" : "seminar-edit-cancelled"));
    return true;
  },
});

async function applyChange(ctx: BotContext, s: Seminar, result: ChangeResult): Promise<void> {
  if (result.kind === "unchanged") {
    // Most likely the current value typed by mistake: the intended one follows, so keep asking.
    await ctx.reply(ctx.t("seminar-unchanged"));
    return askStep(ctx, s);
  }
  await endDialog(ctx, SEMINAR_WIZARD_DIALOG);
  switch (result.kind) {
    case "changed":
      return void (await ctx.reply(ctx.t("seminar-changed", { count: result.told })));
    case "started":
      return void (await ctx.reply(ctx.t("seminar-error-started")));
    default:
      return void (await ctx.reply(ctx.t("common-not-allowed")));
  }
}
