import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config.js";

const base = { BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ" };

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig({ ...base, ...env });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("delivery and scheduler settings", () => {
  it("default to 25 messages/s, quiet hours 21:00–08:00 and the scheduler on", () => {
    const config = parseConfig(base);
    expect(config.DELIVERY_RATE_PER_SECOND).toBe(25);
    expect(config.QUIET_HOURS).toEqual({ startMinute: 21 * 60, endMinute: 8 * 60 });
    expect(config.SCHEDULER_ENABLED).toBe(true);
  });

  it("accept other values, quiet hours off and the scheduler off on a replica", () => {
    const config = parseConfig({ ...base, DELIVERY_RATE_PER_SECOND: "12.5", QUIET_HOURS: "off", SCHEDULER_ENABLED: "false" });
    expect(config.DELIVERY_RATE_PER_SECOND).toBe(12.5);
    expect(config.QUIET_HOURS).toBeNull();
    expect(config.SCHEDULER_ENABLED).toBe(false);
  });

  it("explain each mistake in one line", () => {
    expect(problems({ DELIVERY_RATE_PER_SECOND: "fast" })).toEqual(["DELIVERY_RATE_PER_SECOND must be a number of messages per second, e.g. 25"]);
    expect(problems({ DELIVERY_RATE_PER_SECOND: "100" })).toEqual(["DELIVERY_RATE_PER_SECOND above 30 would exceed Telegram's bulk limit"]);
    expect(problems({ QUIET_HOURS: "9-17" })).toEqual(['QUIET_HOURS: "9-17" is not a quiet-hours range like 21:00-08:00 (or "off")']);
    expect(problems({ SCHEDULER_ENABLED: "maybe" })).toEqual(["SCHEDULER_ENABLED must be true or false"]);
  });
});
