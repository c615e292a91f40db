import type { Api } from "grammy";
import type { I18n } from "@grammyjs/i18n";
import { commandsFor, type CommandName } from "../registration/permissions.js";
import type { Actor } from "../registration/actor.js";
import type { Language } from "../registration/roles.js";
import type { BotContext } from "./context.js";

const GUEST_COMMANDS = commandsFor({ telegramId: 0, isAdmin: false, memberships: [] });

function menu(i18n: I18n<BotContext>, language: Language, commands: CommandName[]) {
  return commands.map((command) => ({ command, description: i18n.t(language, `help-cmd-${command}`) }));
}

/** The default menu for people the bot does not know yet, in both languages (Russian as fallback). */
export async function setDefaultCommandMenu(api: Api, i18n: I18n<BotContext>): Promise<void> {
  await api.setMyCommands(menu(i18n, "ru", GUEST_COMMANDS));
  await api.setMyCommands(menu(i18n, "kk", GUEST_COMMANDS), { language_code: "kk" });
}

/** This user's menu: exactly the commands their roles allow, in their stored language. */
export async function syncCommandMenu(api: Api, i18n: I18n<BotContext>, actor: Actor, language: Language): Promise<void> {
  await api.setMyCommands(menu(i18n, language, commandsFor(actor)), { scope: { type: "chat", chat_id: actor.telegramId } });
}
