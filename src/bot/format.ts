import { createRenderer } from "../delivery/render.js";
import type { MembershipView } from "../registration/actor.js";
import type { Language } from "../registration/roles.js";
import type { BotContext } from "./context.js";

export function regionName(region: { nameKk: string; nameRu: string }, language: Language): string {
  return language === "kk" ? region.nameKk : region.nameRu;
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
