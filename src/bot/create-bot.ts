import { sequentialize } from "@grammyjs/runner";
import { Bot, type BotConfig, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { BotContext, BotDeps } from "./context.js";
import { conversationsFeature } from "./conversations/index.js";
import { dialogsFeature } from "./dialogs.js";
import { fallbackFeature } from "./features/fallback.js";
import { analyticsFeature } from "./features/files/analytics.js";
import { exportFeature } from "./features/files/export.js";
import { groupsFeature } from "./features/groups.js";
import { periodsFeature } from "./features/periods.js";
import { helpFeature } from "./features/help.js";
import { inviteFeature } from "./features/invite.js";
import { invitationsFeature } from "./features/invitations.js";
import { invitationBatchFeature } from "./features/invitation-batch.js";
import { registryImportFeature } from "./features/registry/registry-import.js";
import { joinFeature } from "./features/join.js";
import { languageFeature } from "./features/language.js";
import { leaveFeature } from "./features/leave.js";
import { meFeature } from "./features/me.js";
import { parentLinkFeature } from "./features/parent-link.js";
import { reportFeature } from "./features/report/report.js";
import { reviewFeature } from "./features/review/review.js";
import { bestPracticeFeature } from "./features/broadcasts/best-practice.js";
import { broadcastFeature } from "./features/broadcasts/broadcast.js";
import { seminarEventsFeature } from "./features/seminars/events.js";
import { seminarWizardFeature } from "./features/seminars/wizard.js";
import { startFeature } from "./features/start.js";
import { activitiesFeature } from "./features/tips/activities.js";
import { activityOrderFeature } from "./features/tips/order.js";
import { childFeature } from "./features/tips/child.js";
import { tipsFeature } from "./features/tips/tips.js";
import { approvalsFeature } from "./features/approvals.js";
import { statusFeature } from "./features/status.js";
import { digestFeature } from "./features/digest.js";
import { languageGate } from "./middlewares/language-gate.js";
import { loadUser } from "./middlewares/load-user.js";
import { oncePerUpdate } from "./middlewares/once-per-update.js";
import { DEFAULT_USER_RATE_LIMIT, userRateLimit, type UserRateLimitOptions } from "./middlewares/rate-limit.js";
import { buildsFile } from "./features/files/one-at-a-time.js";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { Logger } from "../observability/logger.js";
import type { Metrics } from "../observability/metrics.js";
import { isDatabaseUnavailable } from "../db/errors.js";

export interface CreateBotOptions {
  token: string;
  deps: BotDeps;
  /** Known bot identity (tests, or after one getMe); without it bot.init() asks the Bot API. */
  botInfo?: UserFromGetMe;
  /** Bot API root for a self-hosted server, e.g. http://127.0.0.1:8081. */
  apiRoot?: string;
  /** Replaces the HTTP client (tests put their fake Telegram here). */
  fetch?: NonNullable<BotConfig<BotContext>["client"]>["fetch"];
  /** Where a failed update is reported (tests collect them); by default `logger.error` with the update id. */
  log?: (message: string, error: unknown, updateId?: number) => void;
  /** The process's logger; every line about an update carries its update_id (ctx.log). Silent when absent. */
  logger?: Logger;
  metrics?: Metrics;
  /** This process, for the claims of processed updates (hostname:pid:random by default). */
  instance?: string;
  /**
   * When an unfinished claim of another process is taken over (see claimUpdate): 0 in polling
   * mode (the default: one poller, so it is a dead process's claim), about a minute in webhook mode.
   */
  otherInstanceClaimStaleMs?: number;
  /** API transformers (e.g. auto-retry) for every call, including those made inside conversations. */
  apiTransformers?: Transformer[];
  /** Per-user token bucket (DEFAULT_USER_RATE_LIMIT when absent); `false` switches it off. */
  userRateLimit?: UserRateLimitOptions | false;
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
  const logger = options.logger;
  const metrics = options.metrics;
  // One update at a time per user (the runner processes different users concurrently). A file
  // build is left out: it takes seconds, and a second press must reach oneFileAtATime while the
  // first is still running (it reads figures and sends a file; it changes no user state).
  bot.use(sequentialize((ctx) => (buildsFile(ctx) ? undefined : (ctx.from?.id ?? ctx.chat?.id)?.toString())));
  bot.use((ctx, next) => {
    ctx.deps = deps;
    ctx.log = logger ? logger.child({ update_id: ctx.update.update_id }) : undefined;
    return metrics ? metrics.timeUpdate(next) : next();
  });
  // Each update id once: a redelivered copy stops here.
  bot.use(
    oncePerUpdate({
      db: deps.db,
      clock: deps.clock,
      instance: options.instance ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`,
      otherInstanceStaleMs: options.otherInstanceClaimStaleMs ?? 0,
      log: (message, fields) => logger?.warn(fields?.err ? { ...fields, err: fields.err } : (fields ?? {}), message),
    }),
  );
  bot.use(loadUser);
  bot.use(deps.i18n);
  if (options.userRateLimit !== false) bot.use(userRateLimit(options.userRateLimit ?? DEFAULT_USER_RATE_LIMIT));
  bot.use(languageGate);
  // File builds run beside the user's other updates, so they stay out of conversation state.
  bot.filter((ctx) => !buildsFile(ctx), conversationsFeature(deps, options.apiTransformers ?? []));
  // A message that is not a command goes to the dialog waiting for it, whatever the order below.
  bot.use(dialogsFeature());

  bot.use(languageFeature);
  bot.use(startFeature);
  bot.use(joinFeature);
  bot.use(helpFeature);
  bot.use(meFeature);
  bot.use(inviteFeature);
  bot.use(invitationsFeature);
  bot.use(registryImportFeature);
  bot.use(parentLinkFeature);
  bot.use(leaveFeature);
  bot.use(groupsFeature);
  bot.use(periodsFeature);
  bot.use(reportFeature);
  bot.use(reviewFeature);
  bot.use(childFeature);
  bot.use(tipsFeature);
  bot.use(activitiesFeature);
  bot.use(activityOrderFeature);
  bot.use(exportFeature);
  bot.use(analyticsFeature);
  bot.use(seminarWizardFeature);
  bot.use(seminarEventsFeature);
  bot.use(broadcastFeature);
  bot.use(bestPracticeFeature);
  bot.use(approvalsFeature);
  bot.use(statusFeature);
  bot.use(invitationBatchFeature);
  bot.use(digestFeature);
  bot.use(fallbackFeature);

  const log =
    options.log ?? ((message: string, error: unknown, updateId?: number) => logger?.error({ update_id: updateId, err: error }, message));
  bot.catch(async (err) => {
    log("update failed", err.error, err.ctx.update.update_id);
    try {
      if (err.ctx.callbackQuery) await err.ctx.answerCallbackQuery().catch(() => {});
      if (err.ctx.chat) await err.ctx.reply(apology(err.ctx, err.error, deps));
    } catch (replyError) {
      log("could not send the apology", replyError, err.ctx.update.update_id);
    }
  });
  return bot;
}

/**
 * What a user is told when their update failed. The database out of reach (restart, failover) is
 * brief: say so and ask them to try again in a minute, in their language (read from Telegram when
 * the database could not tell us). Anything else gets the general apology.
 */
function apology(ctx: BotContext, error: unknown, deps: BotDeps): string {
  if (isDatabaseUnavailable(error)) {
    const language = ctx.user?.language ?? (ctx.from?.language_code?.startsWith("kk") ? "kk" : "ru");
    return deps.i18n.t(language, "faults-db-unavailable");
  }
  return ctx.t ? ctx.t("common-error") : "Қате орын алды. Кейінірек қайталап көріңіз. / Произошла ошибка, попробуйте позже.";
}
