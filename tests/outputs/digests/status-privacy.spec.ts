import { describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/client.js";
import { joinedUser, orgByRegistryNo } from "../../helpers/fixtures.js";
import type { TestBot } from "../../../testing/test-bot.js";
import { useBotSpec } from "../../helpers/spec.js";
import { handIn, periods2026 } from "./fixtures.js";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec));

const base = { directions: ["medicine"], zones: 0, meetings: 1, parents: 10, best_practice: "Тәжірибе", best_practice_photos: [], difficulties: "Жоқ", help_topics: [], help_text: null };

/** Hands in a fourth-quarter report with `activities` for each kindergarten of `registryNos`. */
async function reports(figures: Record<number, number>) {
  const { q4 } = await periods2026(database.db);
  for (const [registryNo, activities] of Object.entries(figures)) {
    const org = await orgByRegistryNo(database.db, Number(registryNo));
    await handIn(database.db, org.id, q4.id, { ...base, activities }, new Date("2026-11-15T05:00:00Z"));
  }
}

const activitiesLine = (text: string) => text.split("\n").find((l) => l.startsWith("Занятия:") || l.startsWith("Сабақтар:"))!;

describe("a head's /status compares without showing other kindergartens' figures", () => {
  it("with five kindergartens in the region the region's minimum and maximum (others' exact figures) are not shown, the median is", async () => {
    // Aktobe has five kindergartens (registry 11–15); the head of 11 knows their own 12.
    await reports({ 11: 12, 12: 2, 13: 7, 14: 20, 15: 31 });
    const head = await joinedUser(t, database.db, { role: "head", organizationId: (await orgByRegistryNo(database.db, 11)).id }, "ru");
    const out = await t.send(head, "/status");
    const line = activitiesLine(out.text);
    expect(line).toBe("Занятия: у вас 12 · регион 12 · республика 12");
    for (const other of ["2", "7", "20", "31"]) expect(line).not.toMatch(new RegExp(`\\b${other}\\b`));
    expect(out.text).toContain("не меньше 3 других детских садов, минимум и максимум — не меньше 5");
  });

  it("with two other kindergartens no median either (it would be their average); in Kazakh too", async () => {
    await reports({ 11: 12, 12: 2, 13: 20 });
    const head = await joinedUser(t, database.db, { role: "head", organizationId: (await orgByRegistryNo(database.db, 11)).id }, "kk");
    const line = activitiesLine((await t.send(head, "/status")).text);
    expect(line).toBe("Сабақтар: сізде 12 · өңірде салыстыруға балабақша аз · республикада салыстыруға балабақша аз");
  });

  it("where five other kindergartens stand behind a figure, its range is shown", async () => {
    // Five in Aktobe, two more elsewhere: the country has six others, the region four.
    await reports({ 11: 12, 12: 2, 13: 7, 14: 20, 15: 31, 1: 40, 2: 1 });
    const head = await joinedUser(t, database.db, { role: "head", organizationId: (await orgByRegistryNo(database.db, 11)).id }, "ru");
    expect(activitiesLine((await t.send(head, "/status")).text)).toBe("Занятия: у вас 12 · регион 12 · республика 12 (1–40)");
  });
});
