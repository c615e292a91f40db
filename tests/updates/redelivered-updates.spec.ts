import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { connectPostgres, type Database } from "../../src/db/client.js";
import { invitations, processedUpdates, quarterlyReports } from "../../src/db/schema/index.js";
import { addGroup } from "../../src/reports/groups.js";
import { claimUpdate, finishUpdate, pruneProcessedUpdates } from "../../src/updates/processed-updates.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { createTestBot, newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import { callbackQuery, textMessage } from "../../testing/updates.js";

let database: Database;
let t: TestBot;
const admin = newUser();
const Q4_OPEN = new Date("2026-11-10T06:00:00Z");

useBotSpec((spec) => {
  ({ database, t } = spec);
}, { adminIds: [admin.id], now: Q4_OPEN });

describe("Telegram delivers the same update twice (crash before the offset, slow webhook answer)", () => {
  it("the last press of /invite twice creates one invitation, and the copy gets no answer", async () => {
    await t.meet(admin, "ru");
    const regions = await t.press(admin, (await t.send(admin, "/invite")).button("Заведующий").data);
    const orgs = await t.press(admin, regions.button("Актюбинская область").data);
    const press = callbackQuery(admin, orgs.button("Думан").data!);
    const first = await t.deliver(press);
    expect(first.text).toContain("https://t.me/erte_pilot_bot?start=");
    const again = await t.deliver(press);
    expect(again.calls).toEqual([]);
    expect(await database.db.select().from(invitations)).toHaveLength(1);
  });

  describe("a head's report", () => {
    let orgId: number;
    beforeEach(async () => {
      orgId = (await orgByRegistryNo(database.db, 11)).id;
      await addGroup(database.db, { organizationId: orgId, name: "Балапан", ageBand: "senior", childrenCount: 20, arm: "experimental", createdBy: null });
    });
    const report = async () => (await database.db.select().from(quarterlyReports).where(eq(quarterlyReports.organizationId, orgId)))[0]!;

    it("an answer delivered twice is stored once and does not fill the next question", async () => {
      const head = await joinedUser(t, database.db, { role: "head", organizationId: orgId }, "ru");
      const first = await t.send(head, "/report");
      await t.press(head, first.buttons[0]!.data);
      await t.press(head, first.button(/Готово/).data);
      const twelve = textMessage(head, "12");
      expect((await t.deliver(twelve)).text).toContain("встреч с людьми разных профессий");
      expect((await t.deliver(twelve)).calls).toEqual([]);
      expect((await report()).answers).toEqual({ directions: ["agriculture"], activities: 12 });
    });
  });

  it("an update whose handling failed is processed again when redelivered", async () => {
    const user = newUser();
    const failing = createTestBot(database.db, { adminIds: [admin.id] });
    let broken = true;
    failing.bot.api.config.use((prev, method, payload, signal) => {
      if (broken && method === "sendMessage") throw new Error("network down");
      return prev(method, payload, signal);
    });
    const start = textMessage(user, "/start");
    await expect(failing.deliver(start)).rejects.toThrow("network down");
    broken = false;
    const retried = await failing.deliver(start);
    expect(retried.called("sendMessage")).toHaveLength(1);
    expect((await t.deliver(start)).calls).toEqual([]);
  });

  it("a claim left unfinished by a killed process is taken over by the next process", async () => {
    const now = new Date("2026-11-22T06:00:00Z");
    const claim = (instance: string, updateId: number) => claimUpdate(database.db, { botId: 1, updateId, instance, now, otherInstanceStaleMs: 0 });
    expect(await claim("dead:1:aa", 10)).toBe(true);
    // The same process (e.g. a concurrent copy through a slow webhook) does not get it twice.
    expect(await claim("dead:1:aa", 10)).toBe(false);
    // The process died mid-update: its successor takes the update over.
    expect(await claim("new:1:bb", 10)).toBe(true);
    // Webhook replicas side by side wait a minute before taking over another's claim.
    const webhookClaim = (instance: string) =>
      claimUpdate(database.db, { botId: 1, updateId: 11, instance, now, otherInstanceStaleMs: 60_000 });
    expect(await webhookClaim("a:1:aa")).toBe(true);
    expect(await webhookClaim("b:1:bb")).toBe(false);
  });

  it("a finished update is not handled again by the process that starts after a restart", async () => {
    await t.meet(admin, "ru");
    const regions = await t.press(admin, (await t.send(admin, "/invite")).button("Заведующий").data);
    const orgs = await t.press(admin, regions.button("Актюбинская область").data);
    const press = callbackQuery(admin, orgs.button("Думан").data!);
    expect((await t.deliver(press)).text).toContain("https://t.me/erte_pilot_bot?start=");
    // The restart: a new process (its own instance id) on its own connection to the same database.
    const url = (database as Database & { url?: string }).url;
    const reconnected = url ? connectPostgres(url) : undefined;
    try {
      const restarted = createTestBot(reconnected?.db ?? database.db, { adminIds: [admin.id], now: Q4_OPEN });
      restarted.advance(10 * 60_000);
      expect((await restarted.deliver(press)).calls).toEqual([]);
      expect(await database.db.select().from(invitations)).toHaveLength(1);
    } finally {
      await reconnected?.close();
    }
  });

  it("a finished claim is never taken over, however old, by another process or its own", async () => {
    const claimedAt = new Date("2026-11-22T06:00:00Z");
    expect(await claimUpdate(database.db, { botId: 1, updateId: 12, instance: "old:1:aa", now: claimedAt, otherInstanceStaleMs: 0 })).toBe(true);
    await finishUpdate(database.db, 1, 12, "old:1:aa", claimedAt);
    const hourLater = new Date(claimedAt.getTime() + 60 * 60_000);
    expect(await claimUpdate(database.db, { botId: 1, updateId: 12, instance: "new:1:bb", now: hourLater, otherInstanceStaleMs: 0 })).toBe(false);
    expect(await claimUpdate(database.db, { botId: 1, updateId: 12, instance: "old:1:aa", now: hourLater, otherInstanceStaleMs: 0 })).toBe(false);
  });

  it("old claims are pruned by the scheduled task", async () => {
    await t.send(newUser(), "/start");
    expect(await database.db.select().from(processedUpdates)).toHaveLength(1);
    expect(await pruneProcessedUpdates(database.db, new Date(Q4_OPEN.getTime() - 1000))).toBe(0);
    expect(await pruneProcessedUpdates(database.db, new Date(Q4_OPEN.getTime() + 1000))).toBe(1);
  });
});
