import { describe, expect, it } from "vitest";
import { ConfigError, httpListenAddress, opsListenAddress, parseConfig } from "../src/config.js";

const token = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ";

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe("configuration from the environment", () => {
  it("needs only BOT_TOKEN: polling with embedded PGlite in ./data", () => {
    const config = parseConfig({ BOT_TOKEN: token });
    expect(config).toMatchObject({ BOT_MODE: "polling", DATA_DIR: "./data", ADMIN_IDS: [], INVITATION_TTL_DAYS: 14 });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.TELEGRAM_API_ROOT).toBeUndefined();
  });

  it("reads DATABASE_URL, TELEGRAM_API_ROOT and ADMIN_IDS", () => {
    const config = parseConfig({
      BOT_TOKEN: token,
      DATABASE_URL: "postgres://u@db:5432/erte",
      TELEGRAM_API_ROOT: "http://127.0.0.1:8081",
      ADMIN_IDS: "111, 222 333",
    });
    expect(config).toMatchObject({ DATABASE_URL: "postgres://u@db:5432/erte", TELEGRAM_API_ROOT: "http://127.0.0.1:8081", ADMIN_IDS: [111, 222, 333] });
  });

  it("gives one clear line per mistake", () => {
    expect(problems({})).toEqual(["BOT_TOKEN is required: the token @BotFather gave you"]);
    const lines = problems({ BOT_TOKEN: "nope", DATABASE_URL: "mysql://x", ADMIN_IDS: "12,abc", TELEGRAM_API_ROOT: "not a url" });
    expect(lines).toHaveLength(4);
    expect(lines.join("\n")).toContain("BOT_TOKEN does not look like a bot token");
    expect(lines.join("\n")).toContain("DATABASE_URL must start with postgres://");
    expect(lines.join("\n")).toContain('"abc" is not a Telegram user id');
    expect(lines.join("\n")).toContain("TELEGRAM_API_ROOT must be a URL");
  });

  it("prints for a person: a heading, one line per bad variable, where to look", () => {
    let error: unknown;
    try {
      parseConfig({ BOT_TOKEN: "nope", ADMIN_IDS: "12,abc" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const lines = (error as ConfigError).plainText().split("\n");
    expect(lines[0]).toBe("The bot did not start: the configuration is not valid.");
    expect(lines.slice(1, -1)).toHaveLength(2);
    expect(lines.slice(1, -1).every((l) => l.startsWith("  - "))).toBe(true);
    expect(lines.at(-1)).toContain("README");
  });

  it("/healthz and /metrics on OPS_HOST:OPS_PORT (127.0.0.1:8090 by default) in both modes; the webhook on HTTP_PORT; a wrong one is named", () => {
    expect(opsListenAddress(parseConfig({ BOT_TOKEN: token }))).toEqual({ port: 8090, host: "127.0.0.1" });
    expect(opsListenAddress(parseConfig({ BOT_TOKEN: token, OPS_PORT: "9100", OPS_HOST: "10.0.0.5" }))).toEqual({ port: 9100, host: "10.0.0.5" });
    expect(problems({ BOT_TOKEN: token, OPS_PORT: "metrics" })).toEqual(["OPS_PORT must be a port number, e.g. 8090"]);
    expect(problems({ BOT_TOKEN: token, OPS_HOST: "http://10.0.0.5/" })).toEqual(["OPS_HOST must be an address to listen on, e.g. 127.0.0.1"]);
    const webhook = { BOT_TOKEN: token, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.kz/tg", WEBHOOK_SECRET: "s3cret-s3cret-s3cret" };
    expect(problems({ ...webhook, OPS_PORT: "8080" })).toEqual([
      "OPS_PORT must differ from the webhook's public port (8080): the operations endpoints are not served to the public",
    ]);
    expect(problems({ ...webhook, WEBHOOK_PORT: "8090" })[0]).toContain("OPS_PORT must differ");
    expect(httpListenAddress(parseConfig({ BOT_TOKEN: token, HTTP_PORT: "9100" }))).toEqual({ port: 9100, host: "0.0.0.0" });
    expect(problems({ BOT_TOKEN: token, HTTP_PORT: "http" })).toEqual(["HTTP_PORT must be a port number, e.g. 8080"]);
    expect(problems({ BOT_TOKEN: token, HTTP_PORT: "70000" })).toEqual(["HTTP_PORT must be between 1 and 65535"]);
  });

  it("WEBAPP_URL: an https URL without query, ending in / (added), its port apart from OPS_PORT and its path apart from the webhook's", () => {
    expect(parseConfig({ BOT_TOKEN: token }).WEBAPP_URL).toBeUndefined();
    expect(parseConfig({ BOT_TOKEN: token, WEBAPP_URL: "https://bot.example.kz/app" }).WEBAPP_URL).toBe("https://bot.example.kz/app/");
    expect(problems({ BOT_TOKEN: token, WEBAPP_URL: "http://bot.example.kz/app/" })).toEqual(["WEBAPP_URL must start with https:// (Telegram opens only https Mini Apps)"]);
    expect(problems({ BOT_TOKEN: token, WEBAPP_URL: "dashboard" })[0]).toContain("WEBAPP_URL must be the public https URL");
    expect(problems({ BOT_TOKEN: token, WEBAPP_URL: "https://bot.example.kz/app/?x=1" })).toEqual(["WEBAPP_URL must have no ?query or #fragment"]);
    expect(problems({ BOT_TOKEN: token, WEBAPP_URL: "https://bot.example.kz/app/", HTTP_PORT: "8090" })[0]).toContain("OPS_PORT must differ from HTTP_PORT (8090), where the dashboard");
    const webhook = { BOT_TOKEN: token, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.kz/app/tg", WEBHOOK_SECRET: "s3cret-s3cret-s3cret" };
    expect(problems({ ...webhook, WEBAPP_URL: "https://bot.example.kz/app/" })[0]).toContain("WEBAPP_URL's path must not contain WEBHOOK_URL's path");
    expect(problems({ ...webhook, WEBHOOK_URL: "https://bot.example.kz/tg", WEBAPP_URL: "https://bot.example.kz/app/" })).toEqual([]);
  });

  it("requires the webhook's URL and secret only in webhook mode", () => {
    expect(problems({ BOT_TOKEN: token, BOT_MODE: "webhook" })).toEqual([
      "WEBHOOK_URL is required in webhook mode: the public https URL Telegram posts updates to",
      "WEBHOOK_SECRET is required in webhook mode",
    ]);
    const config = parseConfig({ BOT_TOKEN: token, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.kz/tg", WEBHOOK_SECRET: "s3cret-s3cret-s3cret" });
    expect(config).toMatchObject({ BOT_MODE: "webhook" });
    expect(httpListenAddress(config)).toEqual({ port: 8080, host: "0.0.0.0" });
    // The webhook's older names still choose the public listener's port.
    expect(httpListenAddress({ ...config, WEBHOOK_PORT: 8443 } as typeof config)).toEqual({ port: 8443, host: "0.0.0.0" });
    expect(problems({ BOT_TOKEN: token, BOT_MODE: "sometimes" })[0]).toContain("BOT_MODE must be polling or webhook");
  });
});
