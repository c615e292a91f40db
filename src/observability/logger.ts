import { pino, type DestinationStream, type Logger, type LoggerOptions } from "pino";

export type { Logger } from "pino";

/**
 * Fields that may carry what a person typed or who they are. Redacted at the logger, wherever a
 * call site puts them (one level deep, and inside `err`): ids stay, names and texts never reach
 * the log. Errors are serialised by `safeError`, which keeps only known-safe properties.
 */
const PERSONAL_FIELDS = ["text", "caption", "first_name", "last_name", "username", "name", "phone_number", "payload", "params", "parameters", "detail"];
export const REDACTED_PATHS = [...PERSONAL_FIELDS, ...PERSONAL_FIELDS.map((f) => `*.${f}`)];

const IDENTIFIER = /^[a-z_][a-z0-9_.]*$/;

/** Quoted literals in a database error message ('invalid input syntax … "Айгүл"') are values, not identifiers. */
function withoutLiterals(message: string): string {
  return message.replace(/"([^"]*)"/g, (whole, inner: string) => (IDENTIFIER.test(inner) ? whole : '"…"'));
}

/** drizzle's "Failed query: <sql>\nparams: <values>" carries the values: the SQL stays, the values go. */
function safeMessage(message: string): string {
  return withoutLiterals(message.replace(/\nparams: [\s\S]*$/, "\nparams: [Redacted]"));
}

export interface SafeError {
  type: string;
  message: string;
  stack?: string;
  code?: string | number;
  method?: string;
  error_code?: number;
  description?: string;
  retry_after?: number;
  table?: string;
  constraint?: string;
  cause?: SafeError | string;
}

/**
 * Keeps what diagnoses an error (type, message without values, stack frames, codes, the Bot API
 * method and description, the table and constraint) and drops what carries personal data (a Bot
 * API call's payload, a query's parameters, PostgreSQL's `detail` with the conflicting values).
 */
export function safeError(error: unknown, depth = 0): SafeError | string {
  if (!(error instanceof Error)) return typeof error === "string" ? withoutLiterals(error).slice(0, 500) : typeof error;
  const e = error as Error & Record<string, unknown>;
  const message = safeMessage(e.message);
  const frames = (e.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  const out: SafeError = { type: e.name || e.constructor?.name || "Error", message, stack: [`${e.name}: ${message}`, ...frames].join("\n") };
  if (typeof e.code === "string" || typeof e.code === "number") out.code = e.code;
  if (typeof e.method === "string") out.method = e.method;
  if (typeof e.error_code === "number") out.error_code = e.error_code;
  if (typeof e.description === "string") out.description = withoutLiterals(e.description);
  const parameters = e.parameters as { retry_after?: unknown } | undefined;
  if (parameters && typeof parameters.retry_after === "number") out.retry_after = parameters.retry_after;
  if (typeof e.table_name === "string") out.table = e.table_name;
  if (typeof e.constraint_name === "string") out.constraint = e.constraint_name;
  const cause = e.cause ?? (e as { error?: unknown }).error; // grammY's HttpError keeps its cause in `error`
  if (cause !== undefined && depth < 3) out.cause = safeError(cause, depth + 1);
  return out;
}

export interface LoggerSettings {
  level?: string;
  /** Where lines go (tests capture them); stdout by default. */
  destination?: DestinationStream;
}

/** The one logger of the process, created in main.ts and handed to whatever logs. */
export function createLogger(settings: LoggerSettings = {}): Logger {
  const options: LoggerOptions = {
    level: settings.level ?? "info",
    base: undefined,
    redact: { paths: REDACTED_PATHS, censor: "[Redacted]" },
    serializers: { err: (error: unknown) => safeError(error), error: (error: unknown) => safeError(error) },
  };
  return settings.destination ? pino(options, settings.destination) : pino(options);
}

/** The (message, error?) callback the sender and the scheduler take, writing to `logger`. */
export function logCallback(logger: Logger): (message: string, error?: unknown) => void {
  return (message, error) => (error === undefined ? logger.info(message) : logger.error({ err: error }, message));
}
