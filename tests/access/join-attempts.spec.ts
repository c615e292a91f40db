import { afterEach, describe, expect, it, vi } from "vitest";
import type { Database } from "../../src/db/client.js";
import { joinAttempts } from "../../src/db/schema/index.js";
import { JOIN_ATTEMPT_WINDOW_MS, JOIN_FAILURES_WARN_AT } from "../../src/registration/join-rate-limit.js";
import { personalDataPruningTask } from "../../src/registration/retention.js";
import { getParentLink, rotateParentLink } from "../../src/registration/invitations.js";
import { inviteToken, joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";

let database: Database;
let t: TestBot;

useBotSpec((spec) => {
  ({ database, t } = spec);
});
afterEach(() => vi.restoreAllMocks());

const INVALID = "Эта ссылка или код не действует. Проверьте, правильно ли он введён, или попросите в детском саду актуальную ссылку или код.";

describe("invalid codes get one reply; personal links say why", () => {
  it("unknown, revoked and expired parent links and codes all read the same", async () => {
    const org = await orgByRegistryNo(database.db, 41);
    const old = await getParentLink(database.db, org.id);
    await rotateParentLink(database.db, org.id, null, t.now);
    const user = newUser();
    await t.meet(user, "ru");
    const replies = [
      (await t.send(user, "ZZZZ-ZZZZ")).text,
      (await t.send(user, old.joinCode!)).text,
      (await t.send(user, `/start ${old.token}`)).text,
      (await t.send(user, "/start AAAAAAAAAAAAAAAAAAAAAA")).text,
    ];
    expect(new Set(replies)).toEqual(new Set([INVALID]));
  });

  it("the holder of a personal invitation is told it was used or has expired", async () => {
    const org = await orgByRegistryNo(database.db, 41);
    const token = await inviteToken(database.db, { role: "head", organizationId: org.id }, t.now, 1);
    await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "ru"); // another invitation
    const first = newUser();
    await t.meet(first, "ru");
    await t.press(first, (await t.send(first, `/start ${token}`)).buttons[0]!.data);
    const second = newUser();
    await t.meet(second, "ru");
    expect((await t.send(second, `/start ${token}`)).text).toContain("Это приглашение уже использовано");
    const late = await inviteToken(database.db, { role: "head", organizationId: org.id }, t.now, 1);
    t.advance(2 * 24 * 60 * 60 * 1000);
    expect((await t.send(second, `/start ${late}`)).text).toContain("Срок действия этого приглашения истёк");
  });
});

describe("failed attempts are counted across users", () => {
  it("an unusual number of failures from many accounts is logged as a warning, once per step", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    // Guessing spread over accounts: each stays under the per-user limit of 5.
    for (let i = 0; i < JOIN_FAILURES_WARN_AT - 1; i++) {
      await database.db.insert(joinAttempts).values({ telegramId: 700_000_000 + i, at: t.now });
    }
    expect(warn).not.toHaveBeenCalled();
    const guesser = newUser();
    await t.meet(guesser, "ru");
    expect((await t.send(guesser, "ZZZZ-ZZZY")).text).toBe(INVALID);
    expect(warn).toHaveBeenCalledTimes(1);
    const line = JSON.parse(String(warn.mock.calls[0]![0]));
    expect(line).toMatchObject({ level: "warn", failuresIn15Min: JOIN_FAILURES_WARN_AT });
    expect(line.updateId).toEqual(expect.any(Number));
    await t.send(guesser, "ZZZZ-ZZZX");
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("the scheduled pruning removes attempts older than the window (it never ran before)", async () => {
    await database.db.insert(joinAttempts).values([
      { telegramId: 1, at: new Date(t.now.getTime() - JOIN_ATTEMPT_WINDOW_MS - 1000) },
      { telegramId: 2, at: t.now },
    ]);
    expect(personalDataPruningTask.cron).toBe("17 * * * *");
    await personalDataPruningTask.run({ db: database.db, now: t.now, slot: t.now });
    expect((await database.db.select().from(joinAttempts)).map((a) => a.telegramId)).toEqual([2]);
  });
});
