import { createRenderer } from "../delivery/render.js";
import { shorten } from "../shared/message-limits.js";
import type { MembershipView } from "../registration/actor.js";
import type { Language } from "../registration/roles.js";
import type { BotContext } from "./context.js";

export function regionName(region: { nameKk: string; nameRu: string }, language: Language): string {
  return language === "kk" ? region.nameKk : region.nameRu;
}

/** Telegram shows a button of this many characters in full on a phone (the locale files' rule). */
export const BUTTON_TEXT_MAX = 25;

/**
 * The official short names of the regions whose full name is longer than a button: «Солтүстік
 * Қазақстан облысы» (26), «Восточно-Казахстанская область» (30)… Everyone in the system reads them.
 */
const officialShortNames: Record<string, { kk: string; ru: string }> = {
  "north-kazakhstan": { kk: "СҚО", ru: "СКО" },
  "east-kazakhstan": { kk: "ШҚО", ru: "ВКО" },
  "west-kazakhstan": { kk: "БҚО", ru: "ЗКО" },
};

/**
 * A region's name for a button that also carries `room` characters of its own (a mark, a prefix):
 * the full name when it fits, else the official short name, else the name shortened with "…".
 */
export function regionButtonName(region: { code: string; nameKk: string; nameRu: string }, language: Language, room = 0): string {
  const full = regionName(region, language);
  const max = BUTTON_TEXT_MAX - room;
  if (full.length <= max) return full;
  const short = officialShortNames[region.code]?.[language];
  return short && short.length <= max ? short : shorten(full, max);
}

/** "Head — «Балбөбек» КМҚК, Абай облысы" in the user's language. */
export function describeMembership(ctx: BotContext, m: MembershipView): string {
  const role = ctx.t(`role-${m.role}`);
  const region = m.region ? regionName(m.region, ctx.user.language) : null;
  if (m.organization) return ctx.t("membership-org", { role, organization: m.organization.name, region: region ?? "" });
  if (region) return ctx.t("membership-region", { role, region });
  return ctx.t("membership-national", { role });
}

export function describeRoles(ctx: BotContext): string[] {
  const lines = ctx.actor.memberships.map((m) => describeMembership(ctx, m));
  if (ctx.actor.isAdmin) lines.unshift(ctx.t("role-admin"));
  return lines;
}

/** Renders an outbox template as a recipient in `language` will see it (previews before sending). */
export function renderAs(ctx: BotContext, language: Language, templateKey: string, params: Record<string, unknown>, buttons?: unknown) {
  const render = createRenderer((locale, key, p) => ctx.deps.i18n.t(locale, key, p));
  return render({ templateKey, params, buttons: buttons ?? null }, language);
}
