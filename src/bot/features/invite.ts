import { Composer } from "grammy";
import { refuseCommand } from "../refusals.js";
import { removePressedKeyboard, showInPressedMessage } from "../message-edits.js";
import { createInvitation, deepLink, type InvitationTarget } from "../../registration/invitations.js";
import { canInviteInto, invitableRegions, invitableRoles } from "../../registration/permissions.js";
import { getOrganization, getRegion, listRegions } from "../../registration/registry.js";
import type { Role } from "../../registration/roles.js";
import { formatDate } from "../../shared/time.js";
import { cb } from "../../shared/callback-data.js";
import type { BotContext } from "../context.js";
import { regionButtonName, regionName } from "../format.js";
import { gridKeyboard } from "../keyboards.js";
import { organizationPage } from "../organization-picker.js";
import { sendParentLink } from "./parent-link.js";


/** Inviting from the chat: role → region → organisation → a deep link to pass on. */
export const inviteFeature = new Composer<BotContext>();

inviteFeature.command("invite", async (ctx) => {
  const roles = invitableRoles(ctx.actor);
  if (roles.length === 0) {
    await refuseCommand(ctx);
    return;
  }
  const keyboard = gridKeyboard(
    roles.map((role) => ({ text: ctx.t(`role-${role}`), data: cb.inviteRole.pack(role) })),
    2,
  );
  await ctx.reply(ctx.t("invite-choose-role"), { reply_markup: keyboard });
});

async function refuse(ctx: BotContext) {
  await ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
}

inviteFeature.callbackQuery(cb.inviteRole.filter, async (ctx) => {
  const parsed = cb.inviteRole.unpack(ctx.callbackQuery.data);
  if (!parsed) return refuse(ctx);
  const [role] = parsed;
  if (!invitableRoles(ctx.actor).includes(role)) return refuse(ctx);
  const reach = invitableRegions(ctx.actor, role);
  const all = await listRegions(ctx.deps.db);
  const regions = reach === "all" ? all : all.filter((r) => reach.includes(r.code));
  await ctx.answerCallbackQuery();
  if (regions.length === 1 && !(role === "coordinator" && reach === "all")) {
    return afterRegion(ctx, role, regions[0]!.code, true);
  }
  const keyboard = gridKeyboard(
    regions.map((r) => ({ text: regionButtonName(r, ctx.user.language), data: cb.inviteRegion.pack(role, r.code) })),
    2,
  );
  if (role === "coordinator" && reach === "all") keyboard.row().text(ctx.t("invite-national-button"), cb.inviteNational.pack());
  await showInPressedMessage(ctx, ctx.t("invite-choose-region", { role: ctx.t(`role-${role}`) }), keyboard);
});

inviteFeature.callbackQuery(cb.inviteRegion.filter, async (ctx) => {
  const parsed = cb.inviteRegion.unpack(ctx.callbackQuery.data);
  if (!parsed || !canInviteInto(ctx.actor, parsed[0], parsed[1])) return refuse(ctx);
  await ctx.answerCallbackQuery();
  await afterRegion(ctx, parsed[0], parsed[1], false);
});

inviteFeature.callbackQuery(cb.inviteNational.filter, async (ctx) => {
  if (!canInviteInto(ctx.actor, "coordinator", null)) return refuse(ctx);
  await ctx.answerCallbackQuery();
  await issueInvitation(ctx, { role: "coordinator", regionCode: null });
});

inviteFeature.callbackQuery(cb.inviteOrgPage.filter, async (ctx) => {
  const parsed = cb.inviteOrgPage.unpack(ctx.callbackQuery.data);
  if (!parsed || !canInviteInto(ctx.actor, parsed[0], parsed[1])) return refuse(ctx);
  await ctx.answerCallbackQuery();
  await showOrganizations(ctx, parsed[0], parsed[1], parsed[2]);
});

inviteFeature.callbackQuery(cb.inviteOrg.filter, async (ctx) => {
  const parsed = cb.inviteOrg.unpack(ctx.callbackQuery.data);
  if (!parsed) return refuse(ctx);
  const [role, organizationId] = parsed;
  const organization = await getOrganization(ctx.deps.db, organizationId);
  if (!organization || (role !== "head" && role !== "parent") || !canInviteInto(ctx.actor, role, organization.regionCode)) {
    return refuse(ctx);
  }
  await ctx.answerCallbackQuery();
  await removePressedKeyboard(ctx);
  if (role === "parent") return sendParentLink(ctx, organizationId);
  await issueInvitation(ctx, { role: "head", organizationId });
});

async function afterRegion(ctx: BotContext, role: Role, regionCode: string, fresh: boolean) {
  if (role === "head" || role === "parent") return showOrganizations(ctx, role, regionCode, 0, fresh);
  await removePressedKeyboard(ctx);
  if (!(await getRegion(ctx.deps.db, regionCode))) return;
  await issueInvitation(ctx, role === "methodologist" || role === "regional_admin" ? { role, regionCode } : { role: "coordinator", regionCode });
}

async function showOrganizations(ctx: BotContext, role: Role, regionCode: string, page: number, fresh = false) {
  const picked = await organizationPage(ctx, regionCode, page, {
    organization: (org) => cb.inviteOrg.pack(role, org.id),
    page: (p) => cb.inviteOrgPage.pack(role, regionCode, p),
  });
  if (!picked) return;
  const { region, total, keyboard } = picked;
  const text = total === 0 ? ctx.t("invite-no-organizations") : ctx.t("invite-choose-organization", { region: regionName(region, ctx.user.language) });
  await showInPressedMessage(ctx, text, keyboard);
}

async function issueInvitation(ctx: BotContext, target: InvitationTarget) {
  const { db, clock, invitationTtlDays } = ctx.deps;
  const invitation = await createInvitation(db, { target, createdBy: ctx.user.telegramId, ttlDays: invitationTtlDays, now: clock() });
  let scope: string;
  if ("organizationId" in target) {
    const org = await getOrganization(db, target.organizationId);
    const region = org ? await getRegion(db, org.regionCode) : undefined;
    scope = `${org?.name ?? ""}${region ? `, ${regionName(region, ctx.user.language)}` : ""}`;
  } else if (target.regionCode) {
    const region = await getRegion(db, target.regionCode);
    scope = region ? regionName(region, ctx.user.language) : target.regionCode;
  } else {
    scope = ctx.t("scope-national");
  }
  await ctx.reply(
    ctx.t("invite-created", {
      role: ctx.t(`role-${target.role}`),
      scope,
      until: formatDate(invitation.expiresAt!),
      link: deepLink(ctx.me.username, invitation.token),
    }),
    { link_preview_options: { is_disabled: true } },
  );
}
