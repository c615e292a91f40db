import { InlineKeyboard } from "grammy";
import { getOrganization } from "../../registration/registry.js";
import { groupAccess } from "../../reports/group-access.js";
import {
  addGroup,
  ageBands,
  arms,
  GROUP_CHILDREN_MAX,
  GROUP_CHILDREN_MIN,
  GROUP_NAME_MAX,
  GroupError,
  cleanGroupName,
  groupNameTaken,
  hasVisibleLetter,
  type AgeBand,
  type Arm,
} from "../../reports/groups.js";
import { cb } from "../../shared/callback-data.js";
import type { ConversationContext } from "../context.js";
import { showGroups } from "../features/groups-view.js";
import { ask, type BotConversation } from "./ask.js";

export const ADD_GROUP = "add-group";

/**
 * A head adds a group: name, age band, number of children, arm. Entered with the organisation's id
 * after the permission check; the check is repeated when saving. Nothing is written before the end.
 */
export async function addGroupConversation(conversation: BotConversation, ctx: ConversationContext, organizationId: number): Promise<void> {
  const organization = await conversation.external(async (outer) => {
    const org = await getOrganization(outer.deps.db, organizationId);
    return org ? { id: org.id, name: org.name } : null;
  });
  if (!organization) return;

  const askName = (c: ConversationContext) => c.reply(c.t("groups-ask-name", { organization: organization.name, max: GROUP_NAME_MAX }));
  await askName(ctx);
  const name = await ask<string>(conversation, {
    question: askName,
    restart: "/groups",
    hint: (c) => c.t("groups-name-not-text"),
    parse: async (c) => {
      const text = c.message?.text;
      if (text === undefined) return undefined;
      const cleaned = cleanGroupName(text);
      if (cleaned.length === 0) return { ok: false, explain: c.t("groups-name-not-text") };
      if (!hasVisibleLetter(cleaned)) return { ok: false, explain: c.t("ux-group-name-needs-letter") };
      if (cleaned.length > GROUP_NAME_MAX) return { ok: false, explain: c.t("groups-name-too-long", { length: cleaned.length, max: GROUP_NAME_MAX }) };
      const taken = await conversation.external((outer) => groupNameTaken(outer.deps.db, organization.id, cleaned));
      if (taken) return { ok: false, explain: c.t("groups-name-taken", { name: cleaned }) };
      return { ok: true, value: cleaned };
    },
  });

  const askAge = (c: ConversationContext) => {
    const keyboard = new InlineKeyboard();
    for (const band of ageBands) keyboard.text(c.t(`groups-age-button-${band}`), cb.groupsNewAge.pack(band)).row();
    return c.reply(c.t("groups-ask-age", { name }), { reply_markup: keyboard });
  };
  await askAge(ctx);
  const ageBand = await ask<AgeBand>(conversation, {
    question: askAge,
    restart: "/groups",
    hint: (c) => c.t("groups-use-buttons"),
    parse: (c) => {
      const parsed = cb.groupsNewAge.unpack(c.callbackQuery?.data);
      return parsed ? { ok: true, value: parsed[0] } : undefined;
    },
  });

  const askChildren = (c: ConversationContext) => c.reply(c.t("groups-ask-children", { min: GROUP_CHILDREN_MIN, max: GROUP_CHILDREN_MAX }));
  await askChildren(ctx);
  const childrenCount = await ask<number>(conversation, {
    question: askChildren,
    restart: "/groups",
    hint: (c) => c.t("groups-children-not-number"),
    parse: (c) => {
      const text = c.message?.text?.trim();
      if (text === undefined) return undefined;
      if (!/^\d{1,6}$/.test(text)) return { ok: false, explain: c.t("groups-children-not-number") };
      const n = Number(text);
      if (n < GROUP_CHILDREN_MIN || n > GROUP_CHILDREN_MAX) {
        return { ok: false, explain: c.t("groups-children-out-of-range", { min: GROUP_CHILDREN_MIN, max: GROUP_CHILDREN_MAX }) };
      }
      return { ok: true, value: n };
    },
  });

  const askArm = (c: ConversationContext) => {
    const keyboard = new InlineKeyboard();
    for (const arm of arms) keyboard.text(c.t(`groups-arm-${arm}`), cb.groupsNewArm.pack(arm)).row();
    return c.reply(c.t("groups-ask-arm"), { reply_markup: keyboard });
  };
  await askArm(ctx);
  const arm = await ask<Arm>(conversation, {
    question: askArm,
    restart: "/groups",
    hint: (c) => c.t("groups-use-buttons"),
    parse: (c) => {
      const parsed = cb.groupsNewArm.unpack(c.callbackQuery?.data);
      return parsed ? { ok: true, value: parsed[0] } : undefined;
    },
  });

  // Saving, and the messages after it, happen once with the outer context of this update.
  await conversation.external(async (outer) => {
    const { db } = outer.deps;
    const org = await getOrganization(db, organization.id);
    if (!org || !groupAccess(outer.actor, org).manage) {
      await outer.reply(outer.t("common-not-allowed"));
      return;
    }
    try {
      await addGroup(db, { organizationId: org.id, name, ageBand, childrenCount, arm, createdBy: outer.actor.telegramId });
    } catch (e) {
      if (!(e instanceof GroupError)) throw e;
      await outer.reply(outer.t("groups-name-taken", { name }));
      return;
    }
    await outer.reply(outer.t("groups-added", { name }));
    await showGroups(outer, org.id, "reply");
  });
}
