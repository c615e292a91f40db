import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/client.js";
import { listPeriods } from "../../src/reports/periods.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { useBotSpec } from "../helpers/spec.js";
import { createTestBot, newUser, type TestBot } from "../../testing/test-bot.js";

let database: Database;
let t: TestBot;
const admin = newUser();

// 10 November 2026: Q4 (2 – 20 November) is open.
useBotSpec((spec) => {
  ({ database, t } = spec);
}, { adminIds: [admin.id], now: new Date("2026-11-10T06:00:00Z") });

describe("administrators set reporting periods in the bot", () => {
  it("in Russian: /periods lists them with the open one marked and the usage of /setperiod", async () => {
    await t.meet(admin, "ru");
    const out = await t.send(admin, "/periods");
    expect(out.text).toBe(
      [
        "Отчётные периоды (даты по времени Казахстана):",
        "2026 год, 1-й квартал: 16.03.2026 – 06.04.2026",
        "2026 год, 2-й квартал: 15.06.2026 – 06.07.2026",
        "2026 год, 3-й квартал: 14.09.2026 – 05.10.2026",
        "2026 год, 4-й квартал: 02.11.2026 – 20.11.2026 (сейчас открыт)",
        "",
        "Чтобы задать или изменить период: /setperiod <год> <квартал> <дата открытия> <срок сдачи>, например: /setperiod 2027 1 2027-03-15 2027-04-05 (даты в формате ГГГГ-ММ-ДД).",
        "Срок утверждения для уровня: /setapprovaldue <год> <квартал> <centre|department|institute> <дата>, например: /setapprovaldue 2026 4 department 2026-11-30.",
      ].join("\n"),
    );
  });

  it("in Kazakh: /setperiod adds a period, then moves its dates", async () => {
    await t.meet(admin, "kk");
    expect((await t.send(admin, "/setperiod 2027 1 2027-03-15 2027-04-05")).text).toBe(
      "✅ 2027 жылғы 1-тоқсан кезеңі қосылды: 15.03.2027 – 05.04.2027.",
    );
    expect((await t.send(admin, "/setperiod  2027 1 2027-03-16   2027-04-06 ")).text).toBe(
      "✅ 2027 жылғы 1-тоқсан кезеңінің күндері өзгертілді: 16.03.2027 – 06.04.2027.",
    );
    const list = await t.send(admin, "/periods");
    expect(list.text).toContain("Есеп беру кезеңдері (күндер Қазақстан уақытымен):");
    expect(list.text).toContain("2026 жыл, 4-тоқсан: 02.11.2026 – 20.11.2026 (қазір ашық)");
    expect(list.text).toContain("2027 жыл, 1-тоқсан: 16.03.2027 – 06.04.2027");
    expect((await listPeriods(database.db)).at(-1)).toMatchObject({ year: 2027, quarter: 1, opensOn: "2027-03-16", dueOn: "2027-04-06" });
  });

  it("wrong arguments get the reason and the usage line, in both languages, and change nothing", async () => {
    await t.meet(admin, "ru");
    const usageRu = "Чтобы задать или изменить период: /setperiod";
    const cases: [string, string][] = [
      ["/setperiod", "Команда написана неверно: нужны четыре значения — год, квартал, дата открытия и срок сдачи."],
      ["/setperiod 2027 1 2027-03-15", "Команда написана неверно: нужны четыре значения — год, квартал, дата открытия и срок сдачи."],
      ["/setperiod двадцать 1 2027-03-15 2027-04-05", "Команда написана неверно: год должен быть числом от 2020 до 2100."],
      ["/setperiod 1999 1 2027-03-15 2027-04-05", "Команда написана неверно: год должен быть числом от 2020 до 2100."],
      ["/setperiod 2027 5 2027-03-15 2027-04-05", "Команда написана неверно: квартал должен быть 1, 2, 3 или 4."],
      ["/setperiod 2027 1 15.03.2027 2027-04-05", "Команда написана неверно: «15.03.2027» — такой даты нет или формат неверный (нужно ГГГГ-ММ-ДД)."],
      ["/setperiod 2027 1 2027-03-15 2027-02-30", "Команда написана неверно: «2027-02-30» — такой даты нет или формат неверный (нужно ГГГГ-ММ-ДД)."],
      ["/setperiod 2027 1 2027-04-06 2027-04-05", "Команда написана неверно: дата открытия не может быть позже срока сдачи."],
    ];
    for (const [command, reason] of cases) {
      const out = await t.send(admin, command);
      expect(out.texts[0]!.split("\n\n")[0]).toBe(reason);
      expect(out.text).toContain(usageRu);
    }
    const kkAdmin = newUser();
    const t2 = createTestBot(database.db, { adminIds: [kkAdmin.id] });
    await t2.meet(kkAdmin, "kk");
    const kk = await t2.send(kkAdmin, "/setperiod 2027 5 2027-03-15 2027-04-05");
    expect(kk.text).toBe(
      "Пәрмен дұрыс жазылмады: тоқсан 1, 2, 3 немесе 4 болуы керек.\n\nКезеңді белгілеу не өзгерту: /setperiod <жыл> <тоқсан> <ашылатын күні> <тапсыру мерзімі>, мысалы: /setperiod 2027 1 2027-03-15 2027-04-05 (күндер ЖЖЖЖ-АА-КК түрінде).",
    );
    expect((await t2.send(kkAdmin, "/setperiod 2027 1 2027-04-06 2027-04-05")).text).toContain(
      "Пәрмен дұрыс жазылмады: ашылатын күні тапсыру мерзімінен кейін болмауы керек.",
    );
    expect(await listPeriods(database.db)).toHaveLength(4);
  });

  it("everyone else gets the polite refusal, and nothing changes", async () => {
    const org = await orgByRegistryNo(database.db, 11);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "kk");
    expect((await t.send(head, "/periods")).text).toBe("Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз.");
    expect((await t.send(head, "/setperiod 2027 1 2027-03-15 2027-04-05")).text).toBe("Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз.");
    const m = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    expect((await t.send(m, "/setperiod 2027 1 2027-03-15 2027-04-05")).text).toBe("Извините, это действие недоступно для вашей роли.");
    const guest = newUser();
    await t.meet(guest, "ru");
    expect((await t.send(guest, "/periods")).text).toBe("Извините, это действие недоступно для вашей роли.");
    expect(await listPeriods(database.db)).toHaveLength(4);
  });
});
