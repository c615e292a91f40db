import { sql } from "drizzle-orm";
import type { BotError } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPostgres, type Database, type Db } from "../../src/db/client.js";
import { isDatabaseUnavailable } from "../../src/db/errors.js";
import { createTestDatabase, onPostgres } from "../helpers/test-db.js";
import { createTestBot, newUser } from "../../testing/test-bot.js";
import { textMessage } from "../../testing/updates.js";

/** A user writes while the database is out of reach (as during a restart or failover). */
describe("the apology when the database is briefly unavailable", () => {
  let database: Database & { url?: string };
  // Nothing listens on port 1: every query fails to connect, through the real driver and drizzle.
  let unreachable: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    unreachable = connectPostgres("postgres://postgres@127.0.0.1:1/none", { max: 1 });
  });
  afterAll(async () => {
    await unreachable.close();
    await database.close();
  });

  async function replyTo(db: Db, user: ReturnType<typeof newUser>, text: string) {
    const t = createTestBot(db);
    // As the runner and the webhook do: a failed update goes to the bot's error handler (bot.catch).
    await t.bot.handleUpdate(textMessage(user, text)).catch((error: BotError<never>) => t.bot.errorHandler(error));
    return { replies: t.telegram.calls.filter((c) => c.method === "sendMessage").map((c) => String(c.payload.text)), errors: t.errors };
  }

  it("tells a Russian speaker the service is briefly unavailable and to try again in a minute", async () => {
    const { replies, errors } = await replyTo(unreachable.db, newUser({ language_code: "ru" }), "/start");
    expect(errors).toHaveLength(1); // logged for the operator
    expect(replies).toEqual(["Сервис ненадолго недоступен, ваше сообщение не обработано. Пожалуйста, повторите его через минуту."]);
  });

  it("tells it in Kazakh to a Kazakh speaker (the database could not say which language they chose)", async () => {
    const { replies } = await replyTo(unreachable.db, newUser({ language_code: "kk" }), "/me");
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain("Қызмет аз уақытқа қолжетімсіз");
    expect(replies[0]).toContain("Бір минуттан кейін");
  });

  it("any other failure still gets the general apology, not the outage one", async () => {
    const broken = new Proxy(database.db, {
      get(target, property, receiver) {
        if (["select", "insert", "update", "execute", "transaction", "query"].includes(String(property))) {
          return () => {
            throw new Error("a bug, not an outage");
          };
        }
        return Reflect.get(target, property, receiver);
      },
    });
    const { replies, errors } = await replyTo(broken, newUser({ language_code: "ru" }), "/start");
    expect(errors).toHaveLength(1);
    expect(replies).toHaveLength(1);
    expect(replies[0]).not.toContain("ненадолго недоступен");
    expect(replies[0]).toMatch(/Произошла ошибка|Что-то пошло не так/);
  });

  it("a query error (constraint, syntax) is not mistaken for an outage", async () => {
    const error = await database.db.execute(sql`select 1/0`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it.skipIf(!onPostgres)("a connection killed by the server (as in a restart) counts as an outage", async () => {
    const victim = connectPostgres(database.url!, { max: 1 });
    try {
      const [{ pid }] = (await victim.db.execute(sql`select pg_backend_pid() as pid`)) as unknown as [{ pid: number }];
      const running = victim.db.execute(sql`select pg_sleep(5)`).then(
        () => null,
        (e: unknown) => e,
      );
      await new Promise((r) => setTimeout(r, 200));
      await database.db.execute(sql`select pg_terminate_backend(${pid})`);
      const error = await running;
      expect(error).not.toBeNull();
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await victim.close();
    }
  });
});
