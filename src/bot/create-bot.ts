import { sequentialize } from "@grammyjs/runner";
import { Bot, type BotConfig, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { BotContext, BotDeps } from "./context.js";
import { conversationsFeature } from "./conversations/index.js";
import { fallbackFeature } from "./features/fallback.js";
import { groupsFeature } from "./features/groups.js";
import { periodsFeature } from "./features/periods.js";
import { helpFeature } from "./features/help.js";
import { inviteFeature } from "./features/invite.js";
import { invitationsFeature } from "./features/invitations.js";
import { joinFeature } from "./features/join.js";
import { languageFeature } from "./features/language.js";
import { leaveFeature } from "./features/leave.js";
import { meFeature } from "./features/me.js";
import { parentLinkFeature } from "./features/parent-link.js";
import { reportFeature } from "./features/report/report.js";
import { reviewFeature } from "./features/review/review.js";
import { startFeature } from "./features/start.js";
import { activitiesFeature } from "./features/tips/activities.js";
import { childFeature } from "./features/tips/child.js";
import { tipsFeature } from "./features/tips/tips.js";
import { statusFeature } from "./features/status.js";
import { digestFeature } from "./features/digest.js";
import { languageGate } from "./middlewares/language-gate.js";
import { loadUser } from "./middlewares/load-user.js";

export interface CreateBotOptions {
  token: string;
  deps: BotDeps;
  /** Known bot identity (tests, or after one getMe); without it bot.init() asks the Bot API. */
  botInfo?: UserFromGetMe;
  /** Bot API root for a self-hosted server, e.g. http://127.0.0.1:8081. */
  apiRoot?: string;
  /** Replaces the HTTP client (tests put their fake Telegram here). */
  fetch?: NonNullable<BotConfig<BotContext>["client"]>["fetch"];
  log?: (message: string, error: unknown) => void;
  /** API transformers (e.g. auto-retry) for every call, including those made inside conversations. */
  apiTransformers?: Transformer[];
}

export function createBot(options: CreateBotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(options.token, {
    botInfo: options.botInfo,
    client: {
      ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    },
  });
  const { deps } = options;
  for (const transformer of options.apiTransformers ?? []) bot.api.config.use(transformer);
  // One update at a time per user (the runner processes different users concurrently).
  bot.use(sequentialize((ctx) => (ctx.from?.id ?? ctx.chat?.id)?.toString()));
  bot.use((ctx, next) => {
    ctx.deps = deps;
    return next();
  });
  bot.use(loadUser);
  bot.use(deps.i18n);
  bot.use(languageGate);
  bot.use(conversationsFeature(deps, options.apiTransformers ?? []));

  bot.use(languageFeature);
  bot.use(startFeature);
  bot.use(joinFeature);
  bot.use(helpFeature);
  bot.use(meFeature);
  bot.use(inviteFeature);
  bot.use(invitationsFeature);
  bot.use(parentLinkFeature);
  bot.use(leaveFeature);
  bot.use(groupsFeature);
  bot.use(periodsFeature);
  bot.use(reportFeature);
  bot.use(reviewFeature);
  bot.use(childFeature);
  bot.use(tipsFeature);
  bot.use(activitiesFeature);
  bot.use(statusFeature);
  bot.use(digestFeature);
  bot.use(fallbackFeature);

  const log = options.log ?? ((message, error) => console.error(message, error));
  bot.catch(async (err) => {
    log(`update ${err.ctx.update.update_id} failed`, err.error);
    try {
      if (err.ctx.callbackQuery) await err.ctx.answerCallbackQuery().catch(() => {});
      const t = err.ctx.t ? err.ctx.t("common-error") : "Қате орын алды. Кейінірек қайталап көріңіз. / Произошла ошибка, попробуйте позже.";
      if (err.ctx.chat) await err.ctx.reply(t);
    } catch (replyError) {
      log("could not send the apology", replyError);
    }
  });
  return bot;
}
