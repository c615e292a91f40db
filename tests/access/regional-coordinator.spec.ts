import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { broadcasts, invitations } from "../../src/db/schema/index.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { useBotSpec } from "../helpers/spec.js";
import type { TestBot } from "../../testing/test-bot.js";
import type { TestUser } from "../../testing/updates.js";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec), { now: new Date("2026-11-22T06:00:00Z") });

const refusal = ["Извините, это действие недоступно для вашей роли."];
const Q4 = 4; // the 2026 Q4 period's id in the seeded periods

/** Aktobe's coordinator: every action reaches Aktobe, and no further. */
let coordinator: TestUser;
let aktobeOrg: number;
let almatyOrg: number;
beforeEach(async () => {
  coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");
  aktobeOrg = (await orgByRegistryNo(database.db, 11)).id;
  almatyOrg = (await orgByRegistryNo(database.db, 60)).id;
});

describe("a regional coordinator acts in their own region", () => {
  it("sees the region's figures and a kindergarten's card, exports the region, announces to it, opens its groups, invites into it", async () => {
    const status = await t.send(coordinator, "/status");
    expect(status.text.split("\n")[0]).toBe("📊 Актюбинская область");
    expect(status.buttons.filter((b) => b.data?.startsWith("st-o:")).length).toBe(5);
    const card = await t.press(coordinator, `st-o:${aktobeOrg}:${Q4}`);
    expect(card.alerts).toEqual([]);
    expect(card.text).toContain("Думан");
    expect((await t.press(coordinator, `st-r:aktobe:${Q4}:0`)).alerts).toEqual([]);
    expect((await t.send(coordinator, "/export")).text).toBe("Выгрузка в Excel: Актюбинская область. За какой отчётный период?");
    const targets = await t.send(coordinator, "/broadcast");
    expect(targets.buttons.every((b) => b.data?.includes(":region:aktobe:"))).toBe(true);
    expect((await t.press(coordinator, "bc-to:heads:region:aktobe:all")).text).toContain("на казахском");
    expect((await t.send(coordinator, "/groups")).text).toBe("Актюбинская область: выберите детский сад.");
    expect((await t.press(coordinator, `grp-org:${aktobeOrg}`)).alerts).toEqual([]);
    const invite = await t.send(coordinator, "/invite");
    expect(invite.buttons.map((b) => b.data)).toEqual(["inv-role:head", "inv-role:methodologist"]);
    const orgs = await t.press(coordinator, "inv-role:head");
    expect(orgs.buttons.some((b) => b.data === `inv-org:head:${aktobeOrg}`)).toBe(true);
  });
});

describe("a regional coordinator is refused in another region and for the whole country", () => {
  it("every forged button of another region or of the country gets the refusal and changes nothing", async () => {
    for (const data of [
      `st-r:almaty:${Q4}:0`,
      `st-o:${almatyOrg}:${Q4}`,
      `ana-r:${Q4}:almaty`,
      `ana-n:${Q4}`,
      "bc-to:heads:region:almaty:all",
      "bc-to:parents:region:almaty:all",
      "bc-to:heads:national:-:all",
      "bc-to:parents:national:-:all",
      "grp-reg:almaty:0",
      `grp-org:${almatyOrg}`,
      "inv-reg:methodologist:almaty",
      `inv-org:head:${almatyOrg}`,
      "inv-role:coordinator",
      "inv-nat",
    ]) {
      expect((await t.press(coordinator, data)).alerts, data).toEqual(refusal);
    }
    expect(await database.db.select().from(invitations).where(eq(invitations.createdBy, coordinator.id))).toEqual([]);
    expect(await database.db.select().from(broadcasts)).toEqual([]);
  });
});
