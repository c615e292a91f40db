import { describe, expect, it } from "vitest";
import { DrizzleQueryError } from "drizzle-orm";
import { GrammyError } from "grammy";
import { Writable } from "node:stream";
import { createLogger } from "../../src/observability/logger.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import { textMessage } from "../../testing/updates.js";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split("\n").filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ destination, level: "debug" }), lines, all: () => lines.join("\n") };
}

const NAME = "Айгүл Сәрсенқызы";
const TEXT = "Біздің топта 3 бала ауырып қалды";

describe("logs carry no personal data", () => {
  it("a Bot API error is logged with its method and description, without the payload's text and name", () => {
    const { logger, all } = capture();
    const error = new GrammyError("Call to 'sendMessage' failed!", { ok: false, error_code: 400, description: "Bad Request: chat not found" }, "sendMessage", {
      chat_id: 424242,
      text: `${NAME}: ${TEXT}`,
      reply_markup: { inline_keyboard: [[{ text: NAME, callback_data: "x" }]] },
    });
    logger.error({ err: error, update_id: 77 }, "update failed");
    const line = JSON.parse(all());
    expect(line).toMatchObject({ update_id: 77, msg: "update failed", err: { type: "GrammyError", method: "sendMessage", error_code: 400, description: "Bad Request: chat not found" } });
    expect(all()).not.toContain("Айгүл");
    expect(all()).not.toContain("бала");
  });

  it("a database error is logged with its SQL, without its parameters or PostgreSQL's detail", () => {
    const { logger, all } = capture();
    const cause = Object.assign(new Error(`invalid input syntax for type integer: "${NAME}"`), {
      code: "22P02",
      detail: `Key (name)=(${NAME}) already exists.`,
      table_name: "users",
    });
    const error = new DrizzleQueryError('insert into "users" ("telegram_id", "first_name") values ($1, $2)', [424242, NAME], cause);
    logger.error({ err: error }, "update failed");
    expect(all()).toContain('insert into \\"users\\"');
    expect(all()).toContain("22P02");
    expect(all()).not.toContain("Айгүл");
  });

  it("fields named like personal data are redacted wherever a call site puts them", () => {
    const { logger, all } = capture();
    logger.info({ user: { id: 5, first_name: NAME, username: "aigul" }, text: TEXT, payload: { text: TEXT } }, "joined");
    expect(all()).toContain('"id":5');
    expect(all()).not.toContain("Айгүл");
    expect(all()).not.toContain("aigul");
    expect(all()).not.toContain("бала");
  });

  describe("through the bot", () => {
    const log = capture();
    let t: TestBot;
    useBotSpec((spec) => ({ t } = spec), { logger: log.logger });

    it("a failed update is logged once with its update id, without what the user typed or their name", async () => {
      t.bot.api.config.use((prev, method, payload, signal) => {
        if (method === "sendMessage")
          throw new GrammyError("Call to 'sendMessage' failed!", { ok: false, error_code: 400, description: "Bad Request: boom" }, method, payload);
        return prev(method, payload, signal);
      });
      const user = newUser({ first_name: NAME, username: "aigul_s" });
      const update = textMessage(user, `/start ${TEXT}`);
      // As the runner and the webhook do: the bot's error handler gets what handleUpdate throws.
      await t.bot.handleUpdate(update).catch((error) => t.bot.errorHandler(error));
      const failures = log.lines.map((l) => JSON.parse(l)).filter((l) => l.msg === "update failed");
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatchObject({ level: 50, update_id: update.update_id, err: { method: "sendMessage", error_code: 400 } });
      expect(log.all()).not.toContain("Айгүл");
      expect(log.all()).not.toContain("aigul_s");
      expect(log.all()).not.toContain("бала");
    });
  });
});
