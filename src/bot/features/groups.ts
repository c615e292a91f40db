import { Composer, InlineKeyboard } from "grammy";
import { refuseCommand } from "../refusals.js";
import { BUTTON_LABEL_MAX, shorten } from "../../shared/message-limits.js";
import { getOrganization, listRegions } from "../../registration/registry.js";
import { groupAccess, groupScope } from "../../reports/group-access.js";
import { archiveGroup, getGroup, setGroupArm } from "../../reports/groups.js";
import { enqueueArmChangeNotice } from "../../reports/group-notices.js";
import { cb } from "../../shared/callback-data.js";
import type { BotContext } from "../context.js";
import { enterConversation } from "../dialogs.js";
import { ADD_GROUP } from "../conversations/add-group.js";
import { regionButtonName, regionName } from "../format.js";
import { organizationPage } from "../organization-picker.js";
import { gridKeyboard } from "../keyboards.js";
import { removePressedKeyboard, showInPressedMessage } from "../message-edits.js";
import { showGroups } from "./groups-view.js";


/**
 * /groups: heads describe their kindergarten's groups (add through a short conversation, remove with
 * a confirmation); the region's methodologist confirms or changes each group's arm; coordinators look.
 * Every button re-checks permission: a forged or stale press changes nothing.
 */
export const groupsFeature = new Composer<BotContext>();

async function refuse(ctx: BotContext) {
  await ctx.answerCallbackQuery({ text: ctx.t("common-not-allowed"), show_alert: true });
}

groupsFeature.command("groups", async (ctx) => {
  const scope = groupScope(ctx.actor);
  const own = scope.ownOrganizations;
  if (own.length === 0 && scope.regions.length === 0 && !scope.national) {
    await refuseCommand(ctx);
    return;
  }
  if (!scope.national && scope.regions.length + own.length === 1) {
    if (own.length === 1) await showGroups(ctx, own[0]!.id, "reply");
    else await showRegion(ctx, scope.regions[0]!, 0, "reply");
    return;
  }
  const keyboard = new InlineKeyboard();
  for (const org of own) keyboard.text(shorten(org.name, BUTTON_LABEL_MAX), cb.groupsOrg.pack(org.id)).row();
  const regions = (await listRegions(ctx.deps.db)).filter((r) => scope.national || scope.regions.includes(r.code));
  const regionButtons = regions.map((r) => ({ text: regionButtonName(r, ctx.user.language), data: cb.groupsRegion.pack(r.code, 0) }));
  keyboard.append(gridKeyboard(regionButtons, 2));
  await ctx.reply(ctx.t("groups-choose"), { reply_markup: keyboard });
});

/** The region's kindergartens, a page at a time, for a methodologist or coordinator to pick one. */
async function showRegion(ctx: BotContext, regionCode: string, page: number, how: "reply" | "edit") {
  const picked = await organizationPage(ctx, regionCode, page, {
    organization: (org) => cb.groupsOrg.pack(org.id),
    page: (p) => cb.groupsRegion.pack(regionCode, p),
  });
  if (!picked) return;
  const { region, keyboard } = picked;
  const text = ctx.t("groups-choose-organization", { region: regionName(region, ctx.user.language) });
  if (how === "edit") await showInPressedMessage(ctx, text, keyboard);
  else await ctx.reply(text, { reply_markup: keyboard });
}

groupsFeature.callbackQuery(cb.groupsRegion.filter, async (ctx) => {
  const parsed = cb.groupsRegion.unpack(ctx.callbackQuery.data);
  if (!parsed) return refuse(ctx);
  const [regionCode, page] = parsed;
  const scope = groupScope(ctx.actor);
  if (!scope.national && !scope.regions.includes(regionCode)) return refuse(ctx);
  await ctx.answerCallbackQuery();
  await showRegion(ctx, regionCode, page, "edit");
});

groupsFeature.callbackQuery(cb.groupsOrg.filter, async (ctx) => {
  const parsed = cb.groupsOrg.unpack(ctx.callbackQuery.data);
  const organization = parsed ? await getOrganization(ctx.deps.db, parsed[0]) : undefined;
  if (!organization || !groupAccess(ctx.actor, organization).view) return refuse(ctx);
  await ctx.answerCallbackQuery();
  await showGroups(ctx, organization.id, "edit");
});

groupsFeature.callbackQuery(cb.groupsPage.filter, async (ctx) => {
  const parsed = cb.groupsPage.unpack(ctx.callbackQuery.data);
  const organization = parsed ? await getOrganization(ctx.deps.db, parsed[0]) : undefined;
  if (!parsed || !organization || !groupAccess(ctx.actor, organization).view) return refuse(ctx);
  await ctx.answerCallbackQuery();
  await showGroups(ctx, organization.id, "edit", { page: parsed[1] });
});

groupsFeature.callbackQuery(cb.groupsAdd.filter, async (ctx) => {
  const parsed = cb.groupsAdd.unpack(ctx.callbackQuery.data);
  const organization = parsed ? await getOrganization(ctx.deps.db, parsed[0]) : undefined;
  if (!organization || !groupAccess(ctx.actor, organization).manage) return refuse(ctx);
  await ctx.answerCallbackQuery();
  await removePressedKeyboard(ctx);
  await enterConversation(ctx, ADD_GROUP, organization.id);
});

/** The group and its kindergarten when the actor may manage (head) or set arms (methodologist); else null. */
async function groupFor(ctx: BotContext, groupId: number, need: "manage" | "setArm") {
  const group = await getGroup(ctx.deps.db, groupId);
  if (!group || group.archivedAt) return null;
  const organization = await getOrganization(ctx.deps.db, group.organizationId);
  if (!organization || !groupAccess(ctx.actor, organization)[need]) return null;
  return { group, organization };
}

groupsFeature.callbackQuery(cb.groupsArchiveAsk.filter, async (ctx) => {
  const parsed = cb.groupsArchiveAsk.unpack(ctx.callbackQuery.data);
  const found = parsed ? await groupFor(ctx, parsed[0], "manage") : null;
  if (!found) return refuse(ctx);
  await ctx.answerCallbackQuery();
  const keyboard = new InlineKeyboard()
    .text(ctx.t("groups-archive-yes"), cb.groupsArchiveYes.pack(found.group.id))
    .text(ctx.t("groups-archive-no"), cb.groupsOrg.pack(found.organization.id));
  await showInPressedMessage(ctx, ctx.t("groups-archive-confirm", { name: found.group.name }), keyboard);
});

groupsFeature.callbackQuery(cb.groupsArchiveYes.filter, async (ctx) => {
  const parsed = cb.groupsArchiveYes.unpack(ctx.callbackQuery.data);
  const found = parsed ? await groupFor(ctx, parsed[0], "manage") : null;
  if (!found) return refuse(ctx);
  const archived = await archiveGroup(ctx.deps.db, found.group.id, ctx.actor.telegramId, ctx.deps.clock());
  if (!archived) return refuse(ctx);
  await ctx.answerCallbackQuery({ text: ctx.t("groups-archived", { name: archived.name }) });
  await showGroups(ctx, found.organization.id, "edit");
});

groupsFeature.callbackQuery(cb.groupsArm.filter, async (ctx) => {
  const parsed = cb.groupsArm.unpack(ctx.callbackQuery.data);
  const found = parsed ? await groupFor(ctx, parsed[0], "setArm") : null;
  if (!parsed || !found) return refuse(ctx);
  if (parsed[1] !== found.group.arm) {
    // Moving a group to the other arm changes the comparison: ask first, then tell the head.
    await ctx.answerCallbackQuery();
    const keyboard = new InlineKeyboard()
      .text(ctx.t("ux-groups-arm-change-yes"), cb.groupsArmYes.pack(found.group.id, parsed[1]))
      .text(ctx.t("groups-archive-no"), cb.groupsPage.pack(found.organization.id, 0));
    await showInPressedMessage(ctx, ctx.t("ux-groups-arm-change-confirm", { name: found.group.name, before: found.group.arm, after: parsed[1] }), keyboard);
    return;
  }
  await setArm(ctx, found, parsed[1]);
});

groupsFeature.callbackQuery(cb.groupsArmYes.filter, async (ctx) => {
  const parsed = cb.groupsArmYes.unpack(ctx.callbackQuery.data);
  const found = parsed ? await groupFor(ctx, parsed[0], "setArm") : null;
  if (!parsed || !found) return refuse(ctx);
  await setArm(ctx, found, parsed[1]);
});

async function setArm(ctx: BotContext, found: NonNullable<Awaited<ReturnType<typeof groupFor>>>, arm: "experimental" | "control") {
  const result = await setGroupArm(ctx.deps.db, { groupId: found.group.id, arm, by: ctx.actor.telegramId, now: ctx.deps.clock() });
  if (!result) return refuse(ctx);
  await enqueueArmChangeNotice(ctx.deps.db, result);
  const key = result.before.arm === result.after.arm ? "groups-arm-confirmed-alert" : "groups-arm-changed-alert";
  await ctx.answerCallbackQuery({ text: ctx.t(key, { name: result.after.name, arm: result.after.arm }) });
  await showGroups(ctx, found.organization.id, "edit", { groupId: found.group.id });
}
