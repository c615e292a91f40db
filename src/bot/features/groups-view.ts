import { InlineKeyboard } from "grammy";
import { getOrganization } from "../../registration/registry.js";
import { groupAccess } from "../../reports/group-access.js";
import { armChildren, arms, listGroups, type KindergartenGroup } from "../../reports/groups.js";
import { cb } from "../../shared/callback-data.js";
import type { ConversationContext } from "../context.js";
import { showInPressedMessage } from "../message-edits.js";
import { addPager } from "../keyboards.js";
import { pageOf, shorten } from "../../shared/message-limits.js";

/** "🗑 12. " leaves this much of a group's name (up to 60 characters) on a 25-character button; the list above shows it whole. */
export const ARCHIVE_BUTTON_NAME_MAX = 18;

/** One group as a line of the list: name, age band, children, arm and whether the methodologist confirmed it. */
export function describeGroup(ctx: ConversationContext, group: KindergartenGroup, index: number): string {
  return ctx.t("groups-line", {
    index,
    name: group.name,
    age: ctx.t(`groups-age-${group.ageBand}`),
    children: group.childrenCount,
    arm: group.arm,
    status: ctx.t(group.armConfirmedAt ? "groups-arm-confirmed" : "groups-arm-unconfirmed"),
  });
}

/**
 * A kindergarten's groups as the actor may see them: heads get add and remove buttons, the region's
 * methodologist a pair of arm buttons per group (● marks the current arm), coordinators the list only.
 * Null when the actor may not see this kindergarten.
 */
export const GROUPS_PER_PAGE = 10;

/**
 * A kindergarten's groups as the actor may see them, `GROUPS_PER_PAGE` at a time: heads get add and
 * remove buttons, the region's methodologist a pair of arm buttons per group (● marks the current
 * arm), coordinators the list only. `page` may instead name a group to show the page it is on.
 * Null when the actor may not see this kindergarten.
 */
export async function groupsView(
  ctx: ConversationContext,
  organizationId: number,
  at: { page?: number; groupId?: number } = {},
): Promise<{ text: string; keyboard: InlineKeyboard } | null> {
  const { db } = ctx.deps;
  const organization = await getOrganization(db, organizationId);
  if (!organization) return null;
  const access = groupAccess(ctx.actor, organization);
  if (!access.view) return null;
  const [groups, totals] = await Promise.all([listGroups(db, organizationId), armChildren(db, organizationId)]);
  const focus = at.groupId === undefined ? -1 : groups.findIndex((g) => g.id === at.groupId);
  const shown = pageOf(groups, focus >= 0 ? Math.floor(focus / GROUPS_PER_PAGE) : (at.page ?? 0), GROUPS_PER_PAGE);
  const numbered = shown.items.map((g, i) => ({ group: g, number: shown.offset + i + 1 }));

  const lines = [ctx.t("groups-title", { organization: organization.name }), ""];
  if (groups.length === 0) lines.push(ctx.t("groups-empty"));
  else {
    numbered.forEach(({ group, number }) => lines.push(describeGroup(ctx, group, number)));
    if (shown.pages > 1) lines.push("", ctx.t("ux-list-page", { page: shown.page + 1, pages: shown.pages, count: groups.length }));
    lines.push("", ctx.t("groups-totals", { experimental: totals.experimental, control: totals.control }));
  }
  const keyboard = new InlineKeyboard();
  if (access.manage) {
    keyboard.text(ctx.t("groups-button-add"), cb.groupsAdd.pack(organizationId)).row();
    numbered.forEach(({ group, number }) => keyboard.text(ctx.t("groups-button-archive", { index: number, name: shorten(group.name, ARCHIVE_BUTTON_NAME_MAX) }), cb.groupsArchiveAsk.pack(group.id)).row());
    if (groups.length === 0) lines.push("", ctx.t("groups-head-hint-empty"));
  }
  if (access.setArm && groups.length > 0) {
    lines.push("", ctx.t("groups-methodologist-hint"));
    numbered.forEach(({ group, number }) => {
      for (const arm of arms) {
        const mark = group.arm === arm ? "● " : "";
        keyboard.text(`${mark}${number}. ${ctx.t(`groups-arm-short-${arm}`)}`, cb.groupsArm.pack(group.id, arm));
      }
      keyboard.row();
    });
  }
  addPager(keyboard, shown, (page) => cb.groupsPage.pack(organizationId, page));
  if (!access.manage || access.setArm) {
    // Someone who reached this kindergarten from the region's list can go back to it.
    const regional = ctx.actor.memberships.some((m) => (m.role === "methodologist" || m.role === "coordinator") && (!m.region || m.region.code === organization.regionCode));
    if (regional) keyboard.text(ctx.t("groups-button-back"), cb.groupsRegion.pack(organization.regionCode, 0));
  }
  return { text: lines.join("\n"), keyboard };
}

/** Sends (or, after a button press, edits into) the kindergarten's groups; refuses politely when not allowed. */
export async function showGroups(
  ctx: ConversationContext,
  organizationId: number,
  how: "reply" | "edit",
  at: { page?: number; groupId?: number } = {},
): Promise<boolean> {
  const view = await groupsView(ctx, organizationId, at);
  if (!view) return false;
  if (how === "edit") {
    await showInPressedMessage(ctx, view.text, view.keyboard);
  } else {
    await ctx.reply(view.text, { reply_markup: view.keyboard });
  }
  return true;
}
