import { Api } from "grammy";
import { botTokenSchema, ConfigError } from "../config.js";
import { CommandFailed, type CommandInput } from "./cli-command.js";

/** The bot's username for invitation links, from getMe with BOT_TOKEN (and TELEGRAM_API_ROOT when set). */
export async function askBotUsername({ env, deps }: CommandInput): Promise<string> {
  const token = botTokenSchema.safeParse(deps.env.BOT_TOKEN || undefined);
  if (!token.success) throw new ConfigError([token.error.issues[0]!.message]);
  const api = new Api(token.data, { ...(env.TELEGRAM_API_ROOT ? { apiRoot: env.TELEGRAM_API_ROOT } : {}), ...(deps.fetch ? { fetch: deps.fetch } : {}) });
  try {
    return (await api.getMe()).username;
  } catch (e) {
    throw new CommandFailed(`Could not ask the Bot API who the bot is (getMe at ${env.TELEGRAM_API_ROOT ?? "https://api.telegram.org"}): ${(e as Error).message}`);
  }
}
