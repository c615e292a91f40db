import { Api, GrammyError } from "grammy";
import { describe, expect, it } from "vitest";
import { createFakeTelegram } from "../testing/fake-telegram.js";
import { createTelegramDouble } from "../testing/telegram-double.js";
import { TEST_TOKEN } from "../testing/test-bot.js";

/** The test doubles refuse what the real Bot API refuses, with Telegram's own descriptions. */
function apiOn(fetch: typeof globalThis.fetch) {
  return new Api(TEST_TOKEN, { fetch });
}

async function refusal(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    if (error instanceof GrammyError) return `${error.error_code} ${error.description}`;
    throw error;
  }
  return "accepted";
}

const chat = 42;
const kb = (...data: string[]) => ({ inline_keyboard: [data.map((d) => ({ text: d, callback_data: d }))] });

describe("the fake Bot API refuses what Telegram refuses", () => {
  it("an edit that changes nothing, or removes a keyboard that is not there, is 'message is not modified'", async () => {
    const telegram = createFakeTelegram();
    const api = apiOn(telegram.fetch);
    const sent = await api.sendMessage(chat, "Question 1", { reply_markup: kb("a") });
    expect(await refusal(api.editMessageText(chat, sent.message_id, "Question 1", { reply_markup: kb("a") }))).toMatch(/^400 Bad Request: message is not modified: /);
    expect(await refusal(api.editMessageReplyMarkup(chat, sent.message_id, { reply_markup: kb("a") }))).toMatch(/not modified/);
    expect(await refusal(api.editMessageReplyMarkup(chat, sent.message_id))).toBe("accepted");
    // The keyboard is gone now: removing it again changes nothing.
    expect(await refusal(api.editMessageReplyMarkup(chat, sent.message_id))).toMatch(/not modified/);
    const plain = await api.sendMessage(chat, "How many children?");
    expect(await refusal(api.editMessageReplyMarkup(chat, plain.message_id, { reply_markup: { inline_keyboard: [] } }))).toMatch(/not modified/);
    // Editing the text without repeating the keyboard drops it, as Telegram does.
    expect(await refusal(api.editMessageText(chat, plain.message_id, "How many children? (edited)"))).toBe("accepted");
    expect(telegram.state.get(chat, plain.message_id)?.text).toBe("How many children? (edited)");
  });

  it("an edit of a message it never sent is 'message to edit not found'", async () => {
    const telegram = createFakeTelegram();
    const api = apiOn(telegram.fetch);
    expect(await refusal(api.editMessageText(chat, 999_999_999, "x"))).toBe("400 Bad Request: message to edit not found");
    expect(await refusal(api.editMessageReplyMarkup(chat, 999_999_999))).toBe("400 Bad Request: message to edit not found");
    const other = await api.sendMessage(chat + 1, "in another chat");
    expect(await refusal(api.editMessageText(chat, other.message_id, "x"))).toBe("400 Bad Request: message to edit not found");
  });

  it("a callback query answered twice is 'query is too old'", async () => {
    const telegram = createFakeTelegram();
    const api = apiOn(telegram.fetch);
    expect(await refusal(api.answerCallbackQuery("q1"))).toBe("accepted");
    expect(await refusal(api.answerCallbackQuery("q1", { text: "stale" }))).toBe(
      "400 Bad Request: query is too old and response timeout expired or query ID is invalid",
    );
    expect(telegram.refused.map((r) => r.method)).toEqual(["answerCallbackQuery"]);
  });

  it("texts of 4,097 characters or empty, captions over 1,024, and alerts over 200 are refused", async () => {
    const telegram = createFakeTelegram();
    const api = apiOn(telegram.fetch);
    expect(await refusal(api.sendMessage(chat, "я".repeat(4096)))).toBe("accepted");
    expect(await refusal(api.sendMessage(chat, "я".repeat(4097)))).toBe("400 Bad Request: message is too long");
    expect(await refusal(api.sendMessage(chat, "  "))).toBe("400 Bad Request: message text is empty");
    expect(await refusal(api.sendPhoto(chat, "file-id", { caption: "c".repeat(1025) }))).toBe("400 Bad Request: message caption is too long");
    expect(await refusal(api.answerCallbackQuery("q2", { text: "a".repeat(201) }))).toBe("400 Bad Request: MESSAGE_TOO_LONG");
  });

  it("callback data over 64 bytes and more than 100 buttons are refused", async () => {
    const telegram = createFakeTelegram();
    const api = apiOn(telegram.fetch);
    // 33 Cyrillic letters are 66 bytes.
    expect(await refusal(api.sendMessage(chat, "x", { reply_markup: kb("б".repeat(33)) }))).toBe("400 Bad Request: BUTTON_DATA_INVALID");
    expect(await refusal(api.sendMessage(chat, "x", { reply_markup: kb("b".repeat(64)) }))).toBe("accepted");
    const many = { inline_keyboard: Array.from({ length: 101 }, (_, i) => [{ text: String(i), callback_data: String(i) }]) };
    expect(await refusal(api.sendMessage(chat, "x", { reply_markup: many }))).toBe("400 Bad Request: REPLY_MARKUP_TOO_LONG");
  });

  it("a Mini App button's page must be https", async () => {
    const telegram = createFakeTelegram();
    const api = apiOn(telegram.fetch);
    const webApp = (url: string) => ({ inline_keyboard: [[{ text: "📈", web_app: { url } }]] });
    expect(await refusal(api.sendMessage(chat, "x", { reply_markup: webApp("http://bot.example.kz/app/") }))).toBe("400 Bad Request: inline keyboard button Web App URL is invalid: Only HTTPS links are allowed");
    expect(await refusal(api.sendMessage(chat, "x", { reply_markup: webApp("https://bot.example.kz/app/") }))).toBe("accepted");
  });

  it("commands must be 1–32 of a-z, 0-9, _ with a description of 1–256 characters", async () => {
    const telegram = createFakeTelegram();
    const api = apiOn(telegram.fetch);
    expect(await refusal(api.setMyCommands([{ command: "report", description: "Отчёт" }]))).toBe("accepted");
    expect(await refusal(api.setMyCommands([{ command: "Report", description: "Отчёт" }]))).toBe("400 Bad Request: BOT_COMMAND_INVALID");
    expect(await refusal(api.setMyCommands([{ command: "a".repeat(33), description: "x" }]))).toBe("400 Bad Request: BOT_COMMAND_INVALID");
    expect(await refusal(api.setMyCommands([{ command: "report", description: "" }]))).toBe("400 Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
    expect(await refusal(api.setMyCommands([{ command: "report", description: "d".repeat(257) }]))).toBe("400 Bad Request: BOT_COMMAND_DESCRIPTION_INVALID");
  });

  it("the delivery double applies the same rules to what the sender sends", async () => {
    const double = createTelegramDouble({ globalPerSecond: 1000, perChatPerSecond: 1000 });
    const api = apiOn(double.fetch);
    expect(await refusal(api.sendMessage(chat, "я".repeat(4097)))).toBe("400 Bad Request: message is too long");
    expect(await refusal(api.sendMessage(chat, "ok"))).toBe("accepted");
    expect(double.delivered.map((d) => d.text)).toEqual(["ok"]);
  });
});
