import { it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type TestBot } from "../helpers/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec));

it("smoke", async () => {
  const org = await orgByRegistryNo(database.db, 11);
  const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "kk");
  const coord = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
  const top = await t.send(coord, "/status");
  console.log(top.text, JSON.stringify(top.buttons));
  const region = await t.press(coord, top.button("Актюб").data);
  console.log(region.text, JSON.stringify(region.buttons));
  const card = await t.press(coord, region.buttons[0]!.data);
  console.log(card.text, JSON.stringify(card.buttons));
  const own = await t.send(head, "/status");
  console.log(own.text, JSON.stringify(own.buttons));
  void newUser;
});
