import cron from "node-cron";
import { z } from "zod";
import { DEFAULT_QUIET_HOURS_TEXT, quietHoursSchema } from "./delivery/quiet-hours.js";
import { DEFAULT_FEEDBACK_RETENTION_DAYS } from "./registration/retention.js";

const telegramIdList = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    if (!raw || raw.trim() === "") return [] as number[];
    const ids: number[] = [];
    for (const part of raw.split(/[\s,]+/).filter(Boolean)) {
      if (!/^\d{1,15}$/.test(part)) {
        ctx.addIssue({ code: "custom", message: `"${part}" is not a Telegram user id (digits only, comma-separated)` });
        return z.NEVER;
      }
      ids.push(Number(part));
    }
    return ids;
  });

export const botTokenSchema = z
  .string({ error: "BOT_TOKEN is required: the token @BotFather gave you" })
  .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "BOT_TOKEN does not look like a bot token (expected 123456:ABC…)");

/** What the bot and the operator CLI share: where the data is and which Bot API to talk to. */
export const storageAndApiSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  DATA_DIR: z.string().default("./data"),
  TELEGRAM_API_ROOT: z.url({ error: "TELEGRAM_API_ROOT must be a URL such as http://127.0.0.1:8081" }).optional(),
  INVITATION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(14),
});

function flag(name: string, fallback: boolean) {
  return z
    .enum(["true", "false", "1", "0", "yes", "no"], { error: `${name} must be true or false` })
    .default(fallback ? "true" : "false")
    .transform((v) => v === "true" || v === "1" || v === "yes");
}

/** The outbox sender and the scheduler (reminders, digests). */
const deliverySchema = z.object({
  DELIVERY_RATE_PER_SECOND: z.coerce
    .number({ error: "DELIVERY_RATE_PER_SECOND must be a number of messages per second, e.g. 25" })
    .positive("DELIVERY_RATE_PER_SECOND must be above 0")
    .max(30, "DELIVERY_RATE_PER_SECOND above 30 would exceed Telegram's bulk limit")
    .default(25),
  QUIET_HOURS: z.string().default(DEFAULT_QUIET_HOURS_TEXT).pipe(quietHoursSchema),
  SCHEDULER_ENABLED: flag("SCHEDULER_ENABLED", true),
  /** When the weekly digest goes to coordinators and methodologists (Asia/Almaty). */
  DIGEST_CRON: z
    .string()
    .default("0 9 * * 1")
    .refine((expr) => cron.validate(expr), "DIGEST_CRON must be a cron expression such as 0 9 * * 1 (Monday 09:00, Asia/Almaty)"),
  /** Days a parent's comment or photo after an activity, and a comment on an event, are kept. */
  FEEDBACK_RETENTION_DAYS: z.coerce
    .number({ error: "FEEDBACK_RETENTION_DAYS must be a number of days, e.g. 90" })
    .int("FEEDBACK_RETENTION_DAYS must be a whole number of days")
    .min(1, "FEEDBACK_RETENTION_DAYS must be between 1 and 3650")
    .max(3650, "FEEDBACK_RETENTION_DAYS must be between 1 and 3650")
    .default(DEFAULT_FEEDBACK_RETENTION_DAYS),
});

function port(name: string, fallback: number) {
  return z.coerce
    .number({ error: `${name} must be a port number, e.g. ${fallback}` })
    .int(`${name} must be a whole port number`)
    .min(1, `${name} must be between 1 and 65535`)
    .max(65535, `${name} must be between 1 and 65535`)
    .default(fallback);
}

const host = (name: string, fallback: string) =>
  z.string().trim().regex(/^[^\s/]+$/, `${name} must be an address to listen on, e.g. ${fallback}`).default(fallback);

/**
 * The operations endpoints (GET /healthz, GET /metrics) on a listener of their own, on the loopback
 * address unless OPS_HOST says otherwise (an internal address the monitoring reaches); the public
 * listener of webhook mode (HTTP_PORT/HTTP_HOST) serves the webhook only. And the log.
 */
const operationsSchema = z.object({
  OPS_PORT: port("OPS_PORT", 8090),
  OPS_HOST: host("OPS_HOST", "127.0.0.1"),
  HTTP_PORT: port("HTTP_PORT", 8080),
  HTTP_HOST: host("HTTP_HOST", "0.0.0.0"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { error: "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent" }).default("info"),
});

/**
 * The coordinators' dashboard (a Telegram Mini App): the public https URL of its page. Telegram opens
 * only https Mini Apps. Its path is served on the public listener (HTTP_PORT), which is then opened
 * in polling mode too; a trailing "/" is added so the page's relative links resolve under it.
 */
const webappUrl = z
  .url({ error: "WEBAPP_URL must be the public https URL of the dashboard page, e.g. https://bot.example.kz/app/" })
  .refine((raw) => URL.parse(raw)?.protocol === "https:", { error: "WEBAPP_URL must start with https:// (Telegram opens only https Mini Apps)", abort: true })
  .refine((raw) => !URL.parse(raw)?.search && !URL.parse(raw)?.hash, "WEBAPP_URL must have no ?query or #fragment")
  .transform((raw) => {
    const url = new URL(raw);
    if (!url.pathname.endsWith("/")) url.pathname += "/";
    return url.toString();
  })
  .optional();

const common = storageAndApiSchema.extend({
  WEBAPP_URL: webappUrl,
  BOT_TOKEN: botTokenSchema,
  /** Who processes the personal data, as named in the consent text; a generic wording when unset. */
  PILOT_OPERATOR_NAME: z.string().trim().min(1).max(200, "PILOT_OPERATOR_NAME must be at most 200 characters").optional(),
  ADMIN_IDS: telegramIdList,
  /** Announcements one author may send (or submit for approval) per day, Almaty time. */
  BROADCAST_DAILY_LIMIT: z.coerce
    .number({ error: "BROADCAST_DAILY_LIMIT must be a whole number of announcements per day, e.g. 5" })
    .int("BROADCAST_DAILY_LIMIT must be a whole number")
    .min(1, "BROADCAST_DAILY_LIMIT must be between 1 and 100")
    .max(100, "BROADCAST_DAILY_LIMIT must be between 1 and 100")
    .default(5),
  ...deliverySchema.shape,
  ...operationsSchema.shape,
});

const polling = common.extend({ BOT_MODE: z.literal("polling").default("polling") });
const webhook = common.extend({
  BOT_MODE: z.literal("webhook"),
  WEBHOOK_URL: z.url({ error: "WEBHOOK_URL is required in webhook mode: the public https URL Telegram posts updates to" }),
  WEBHOOK_SECRET: z
    .string({ error: "WEBHOOK_SECRET is required in webhook mode" })
    .regex(/^[A-Za-z0-9_-]{16,256}$/, "WEBHOOK_SECRET must be 16–256 characters of A-Z a-z 0-9 _ -"),
  /** Older names of HTTP_PORT / HTTP_HOST in webhook mode: they win when set (see httpListenAddress). */
  WEBHOOK_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  WEBHOOK_HOST: z.string().optional(),
});

const schema = z
  .discriminatedUnion("BOT_MODE", [polling, webhook], {
    error: "BOT_MODE must be polling or webhook",
  })
  .superRefine((config, ctx) => {
    if (config.BOT_MODE === "webhook" && httpListenAddress(config).port === config.OPS_PORT) {
      ctx.addIssue({ code: "custom", path: ["OPS_PORT"], message: `OPS_PORT must differ from the webhook's public port (${config.OPS_PORT}): the operations endpoints are not served to the public` });
    } else if (config.WEBAPP_URL && httpListenAddress(config).port === config.OPS_PORT) {
      ctx.addIssue({ code: "custom", path: ["OPS_PORT"], message: `OPS_PORT must differ from HTTP_PORT (${config.OPS_PORT}), where the dashboard (WEBAPP_URL) is served: the operations endpoints are not served to the public` });
    }
    if (config.BOT_MODE === "webhook" && config.WEBAPP_URL && new URL(config.WEBHOOK_URL).pathname.startsWith(new URL(config.WEBAPP_URL).pathname)) {
      ctx.addIssue({ code: "custom", path: ["WEBAPP_URL"], message: "WEBAPP_URL's path must not contain WEBHOOK_URL's path (e.g. /app/ for the dashboard, /tg for the webhook)" });
    }
  });

export type Config = z.infer<typeof schema>;

/** Where the public listener (the webhook, the dashboard) listens: HTTP_PORT/HTTP_HOST, or in webhook mode WEBHOOK_PORT/WEBHOOK_HOST when set. */
export function httpListenAddress(config: z.infer<typeof polling> | z.infer<typeof webhook>): { port: number; host: string } {
  if (config.BOT_MODE === "webhook") return { port: config.WEBHOOK_PORT ?? config.HTTP_PORT, host: config.WEBHOOK_HOST ?? config.HTTP_HOST };
  return { port: config.HTTP_PORT, host: config.HTTP_HOST };
}

/** Where GET /healthz and GET /metrics are served, in both modes. */
export function opsListenAddress(config: Config): { port: number; host: string } {
  return { port: config.OPS_PORT, host: config.OPS_HOST };
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }

  /**
   * What a person reads in the terminal: a heading, each bad variable on its own line in plain words,
   * where to look. Printed as it is, never as a JSON log line: the configuration is what sets up the
   * logger, so it is read before there is one.
   */
  plainText(): string {
    return [
      "The bot did not start: the configuration is not valid.",
      ...this.problems.map((p) => `  - ${p}`),
      "Set these environment variables and start again; the README's table lists every variable.",
    ].join("\n");
  }
}

/** Empty variables count as unset (as `FOO=` in a .env file means). */
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const cleaned: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(env)) cleaned[key] = value === "" ? undefined : value;
  return cleaned;
}

/** Parses the environment; throws ConfigError with one line per mistake. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = withoutEmpty(env);
  if (!cleaned.BOT_MODE) cleaned.BOT_MODE = "polling";
  return parseWith(schema, cleaned);
}

/** Parses `env` with any schema, reporting every mistake on its own line. */
export function parseWith<S extends z.ZodType>(schemaToUse: S, env: Record<string, string | undefined>): z.output<S> {
  const result = schemaToUse.safeParse(withoutEmpty(env));
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const key = issue.path.join(".");
        return key && !issue.message.startsWith(key) ? `${key}: ${issue.message}` : issue.message;
      }),
    );
  }
  return result.data;
}
