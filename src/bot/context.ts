import type { QuietHours } from "../delivery/quiet-hours.js";
import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18n, I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Db } from "../db/client.js";
import type { Actor } from "../registration/actor.js";
import type { User } from "../registration/users.js";
import type { Clock } from "../shared/clock.js";
import type { Logger } from "../observability/logger.js";
import type { Person, Waiting } from "./person.js";

export interface BotDeps {
  db: Db;
  adminIds: ReadonlySet<number>;
  invitationTtlDays: number;
  /** The pilot's operator named in the consent text (PILOT_OPERATOR_NAME); generic wording when unset. */
  operatorName?: string;
  clock: Clock;
  i18n: I18n<BotContext>;
  /** Announcements an author may send per day (BROADCAST_DAILY_LIMIT); DEFAULT_BROADCAST_DAILY_LIMIT when absent. */
  broadcastDailyLimit?: number;
  /** The dashboard's page (WEBAPP_URL): /status offers it as a web_app button when set. */
  webappUrl?: string;
  /** QUIET_HOURS: the hours a parent may choose for the weekly activity lie outside them. */
  quietHours?: QuietHours | null;
}

export interface BotFlavor {
  deps: BotDeps;
  /** The user's row; set for every update from a private chat. */
  user: User;
  actor: Actor;
  /** What the bot waits for from this person (see dialogs.ts), read together with the user. */
  waiting: Waiting | null;
  /** The person read together with the update's claim (see middlewares/once-per-update.ts). */
  personPrefetch?: Person;
  /** The conversation state read together with the user (see conversations/storage.ts). */
  conversationPrefetch?: { key: string; state: unknown };
  /** The process's logger bound to this update's id (absent when the bot was built without one). */
  log?: Logger;
}

/** Inside a conversation: the same flavours (set by the conversations' plugins), no conversation controls. */
export type ConversationContext = Context & I18nFlavor & BotFlavor;

export type BotContext = ConversationFlavor<ConversationContext>;
