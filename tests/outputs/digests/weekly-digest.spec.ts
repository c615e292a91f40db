import { describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import type { Database } from "../../../src/db/client.js";
import { deliveryFiles, outbox } from "../../../src/db/schema/index.js";
import { createI18n } from "../../../src/bot/i18n.js";
import { parseConfig, ConfigError } from "../../../src/config.js";
import { WEEKLY_DIGEST_KIND, packParts, runWeeklyDigest } from "../../../src/outputs/digests/weekly.js";
import { weekStartOf } from "../../../src/shared/local-date.js";
import { WEEKLY_DIGEST_CRON, weeklyDigestTask } from "../../../src/outputs/digests/weekly-task.js";
import { createFakeClock, createTestSender } from "../../../testing/delivery.js";
import { joinedUser } from "../../helpers/fixtures.js";
import type { TestBot } from "../../../testing/test-bot.js";
import { useBotSpec } from "../../helpers/spec.js";
import { pngSize } from "../../helpers/zip.js";
import { addKindergartens, seedAktobe } from "./fixtures.js";

let database: Database;
let t: TestBot;
useBotSpec((spec) => ({ database, t } = spec));

const i18n = createI18n();
const translate = (locale: "kk" | "ru", key: string, params?: Record<string, string | number>) => i18n.t(locale, key, params);
/** Monday 23.11.2026, 09:00 in Asia/Almaty. */
const MONDAY_9 = new Date("2026-11-23T04:00:00Z");

/** Delivers everything queued; each request takes real time, so many chats are in flight together. */
async function deliverAll(db: Database["db"]) {
  const fakeClock = createFakeClock(MONDAY_9);
  const { sender, telegram } = createTestSender(db, { fakeClock, double: { latencyMs: 20 } });
  await sender.runUntilIdle();
  return telegram.delivered;
}
const textsOnly = (delivered: Awaited<ReturnType<typeof deliverAll>>) => delivered.filter((m) => !m.attachment);

describe("the weekly digest", () => {
  it("reaches each coordinator and methodologist in their language with their scope, the overdue list and how to drill down; heads and parents get none; once a week", async () => {
    await seedAktobe(t, database.db);
    const national = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");

    const first = await runWeeklyDigest(database.db, MONDAY_9, translate);
    // A chart photo and one text part each.
    expect(first).toMatchObject({ recipients: 2, enqueued: 4 });
    const rows = await database.db.select().from(outbox).where(eq(outbox.kind, WEEKLY_DIGEST_KIND));
    expect(rows.map((r) => r.priority)).toEqual(["bulk", "bulk", "bulk", "bulk"]);

    const delivered = textsOnly(await deliverAll(database.db));
    expect(delivered.map((m) => m.chatId).sort()).toEqual([national.id, methodologist.id].sort());
    const toNational = delivered.find((m) => m.chatId === national.id)!;
    expect(toNational.text).toContain("📬 Сводка недели: вся республика\n4-й квартал 2026 года · срок сдачи — 20.11.2026");
    expect(toNational.text).toContain("⏰ Не сдано в срок отчётов: 97. По регионам:");
    expect(toNational.text).toContain("2/5 ⏰2 ⚠️4 Актюбинская область");
    expect(toNational.text).toContain("Подробнее — /status: республика → регион → детский сад, там же прошлые кварталы.");
    expect(toNational.replyMarkup?.inline_keyboard[0]![0]).toEqual({ text: "📊 Открыть сводку", callback_data: "st:4" });

    const toMethodologist = delivered.find((m) => m.chatId === methodologist.id)!;
    expect(toMethodologist.text).toContain("📬 Апта жиынтығы: Ақтөбе облысы");
    expect(toMethodologist.text).toContain(
      "⏰ Есебін мерзімінде тапсырмаған балабақшалар (2), мерзім өткелі 3 күн болды:\n👤 меңгерушісі ботқа тіркелмеген · 📵 меңгерушіге хабар жетпейді · ↩️ қайтарылған есеп қайта тапсырылмаған\n• 👤 14. «NURSULTAN 7777» бөбекжай-бақшасы» ЖШС\n• 👤 15. «Айлин» балабақшасы» ЖШС",
    );
    expect(toMethodologist.text).toContain("Жиынтық керек емес пе? /digest off");
    expect(toMethodologist.text).not.toContain("Атырау");

    // The button opens /status for the digest's quarter.
    const opened = await t.press(methodologist, "st:4");
    expect(opened.text).toContain("📊 Ақтөбе облысы");

    // A second run in the same week (a retry, another replica) adds nothing.
    expect(await runWeeklyDigest(database.db, new Date(MONDAY_9.getTime() + 3_600_000), translate)).toMatchObject({ recipients: 2, enqueued: 0 });
    // Nor on another day of that week (a retry the next day, DIGEST_CRON set to daily): Wednesday,
    // and Sunday 23:59 in Almaty.
    expect(await runWeeklyDigest(database.db, new Date(MONDAY_9.getTime() + 2 * 86_400_000), translate)).toMatchObject({ recipients: 2, enqueued: 0 });
    expect(await runWeeklyDigest(database.db, new Date("2026-11-29T18:59:00Z"), translate)).toMatchObject({ recipients: 2, enqueued: 0 });
    // Next Monday is a new week.
    expect((await runWeeklyDigest(database.db, new Date(MONDAY_9.getTime() + 7 * 86_400_000), translate)).enqueued).toBe(4);
  });

  it("/digest off stops it and /digest on brings it back, in both languages", async () => {
    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "atyrau" }, "kk");
    expect((await t.send(coordinator, "/digest")).text).toBe("Еженедельная сводка включена: она приходит по понедельникам. Отключить: /digest off");
    expect((await t.send(coordinator, "/digest off")).text).toBe("Готово: еженедельная сводка отключена. Включить снова: /digest on");
    expect((await t.send(coordinator, "/digest off")).text).toBe("Еженедельная сводка уже отключена.");
    expect((await t.send(coordinator, "/digest")).text).toBe("Еженедельная сводка отключена. Включить: /digest on");
    expect((await t.send(methodologist, "/digest выкл")).text).toBe("Апталық жиынтықты өшіру үшін /digest off, қайта қосу үшін /digest on деп жазыңыз.");
    expect((await t.send(methodologist, "/digest OFF")).text).toBe("Дайын: апталық жиынтық өшірілді. Қайта қосу: /digest on");

    expect(await runWeeklyDigest(database.db, MONDAY_9, translate)).toMatchObject({ recipients: 0, enqueued: 0 });
    expect((await t.send(methodologist, "/digest on")).text).toBe("Дайын: апталық жиынтық қосылды.");
    expect((await t.send(methodologist, "/digest on")).text).toBe("Апталық жиынтық онсыз да қосулы.");
    expect(await runWeeklyDigest(database.db, MONDAY_9, translate)).toMatchObject({ recipients: 1, enqueued: 2 });
    const rows = await database.db.select().from(outbox).where(eq(outbox.kind, WEEKLY_DIGEST_KIND));
    expect(rows.map((r) => r.chatId)).toEqual([methodologist.id, methodologist.id]);
  });

  it("/digest is for coordinators and methodologists only", async () => {
    const seeded = await seedAktobe(t, database.db);
    expect((await t.send(seeded.head11, "/digest off")).text).toBe("Еженедельную сводку получают координаторы и методисты проекта.");
    expect((await t.send(seeded.head12, "/digest")).text).toBe("Апталық жиынтықты жоба үйлестірушілері мен әдіскерлері алады.");
  });

  it("a region with 705 overdue kindergartens of 300-character names is split into numbered messages within 4,096 characters, each kindergarten listed once", async () => {
    const all = await addKindergartens(database.db, "aktobe", 700, 300);
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const run = await runWeeklyDigest(database.db, MONDAY_9, translate);
    expect(run.enqueued).toBeGreaterThan(40);
    const all705 = (await deliverAll(database.db)).filter((m) => m.chatId === methodologist.id);
    expect(all705).toHaveLength(run.enqueued);
    // First the chart: 705 kindergartens are about 30 bars of consecutive registry numbers, so the
    // picture stays the size of a phone screen or two.
    expect(all705[0]!.attachment).toMatchObject({ type: "photo", uploaded: true });
    const [chart] = await database.db.select().from(deliveryFiles);
    expect(pngSize(chart!.content).width).toBe(1000);
    expect(pngSize(chart!.content).height).toBeLessThanOrEqual(150 + 30 * 31);
    const delivered = textsOnly(all705);
    for (const [i, m] of delivered.entries()) {
      expect(m.text.length).toBeLessThanOrEqual(4096);
      expect(m.text.endsWith(`(${i + 1}/${delivered.length})`)).toBe(true);
    }
    const listed = delivered.flatMap((m) => m.text.split("\n").filter((l) => l.startsWith("• ")));
    expect(listed).toHaveLength(705);
    for (const o of all) expect(listed).toContain(`• 👤 ${o.registryNo}. ${o.name}`);
    // Only the last part carries the button.
    expect(delivered.filter((m) => m.replyMarkup)).toHaveLength(1);
    expect(delivered.at(-1)!.replyMarkup).toBeDefined();
  }, 180_000);
});

describe("the chart beside the weekly digest", () => {
  it("each recipient gets a photo of their scope before the text, in their language; a file per scope and language, uploaded once and then sent by file_id; a second run adds nothing", async () => {
    await seedAktobe(t, database.db);
    const national = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
    const kk1 = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");
    const kk2 = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");
    const ruAktobe = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");

    const run = await runWeeklyDigest(database.db, MONDAY_9, translate);
    expect(run).toMatchObject({ recipients: 4, enqueued: 8, charts: { drawn: 3, failed: 0 } });
    // Only the languages someone reads: the country in Russian; Aktobe in Kazakh and in Russian.
    const files = await database.db.select({ id: deliveryFiles.id, filename: deliveryFiles.filename, content: deliveryFiles.content }).from(deliveryFiles).orderBy(asc(deliveryFiles.id));
    expect(files.map((f) => f.filename)).toEqual(["digest-national-2026-11-23-ru.png", "digest-region-aktobe-2026-11-23-kk.png", "digest-region-aktobe-2026-11-23-ru.png"]);
    for (const f of files) expect(pngSize(f.content).width).toBe(1000);
    const fileOf = (name: string) => files.find((f) => f.filename.includes(name))!.id;
    const rows = await database.db.select().from(outbox).where(eq(outbox.kind, WEEKLY_DIGEST_KIND)).orderBy(asc(outbox.id));
    const firstRowOf = (chatId: number) => rows.find((r) => r.chatId === chatId)!;
    expect(firstRowOf(national.id).attachment).toEqual({ type: "photo", fileId: fileOf("national") });
    expect(firstRowOf(kk1.id).attachment).toEqual({ type: "photo", fileId: fileOf("aktobe-2026-11-23-kk") });
    expect(firstRowOf(kk2.id).attachment).toEqual({ type: "photo", fileId: fileOf("aktobe-2026-11-23-kk") });
    expect(firstRowOf(ruAktobe.id).attachment).toEqual({ type: "photo", fileId: fileOf("aktobe-2026-11-23-ru") });
    expect(firstRowOf(kk1.id).dedupKey).toBe(`${WEEKLY_DIGEST_KIND}:2026-11-23:${kk1.id}:region:aktobe:chart`);

    const delivered = await deliverAll(database.db);
    expect(delivered).toHaveLength(8);
    for (const user of [national, kk1, kk2, ruAktobe]) {
      const own = delivered.filter((m) => m.chatId === user.id);
      expect(own.map((m) => m.attachment?.type ?? "text")).toEqual(["photo", "text"]);
      expect(own[0]!.text.length).toBeLessThanOrEqual(1024);
    }
    const photoOf = (user: { id: number }) => delivered.find((m) => m.chatId === user.id && m.attachment)!;
    expect(photoOf(national).text).toBe(
      "📊 Республика Казахстан, 4-й квартал 2026 года: вверху — статус отчётов, внизу — уровни навыков детей в экспериментальных и контрольных группах.",
    );
    expect(photoOf(kk1).text).toBe(
      "📊 Ақтөбе облысы, 2026 жылғы 4-тоқсан: жоғарыда — есептердің жағдайы, төменде — эксперименттік және бақылау топтарындағы балалардың дағды деңгейлері.",
    );
    // Three files, three uploads; the second Kazakh reader of Aktobe gets the first one's file_id.
    expect(delivered.filter((m) => m.attachment?.uploaded)).toHaveLength(3);
    expect(photoOf(kk2).attachment!.fileId).toBe(photoOf(kk1).attachment!.fileId);
    expect(photoOf(ruAktobe).attachment!.fileId).not.toBe(photoOf(kk1).attachment!.fileId);

    // The same week again: no message, no chart drawn, no file stored.
    expect(await runWeeklyDigest(database.db, new Date(MONDAY_9.getTime() + 3_600_000), translate)).toMatchObject({ enqueued: 0, charts: { drawn: 0 } });
    expect(await database.db.select({ id: deliveryFiles.id }).from(deliveryFiles)).toHaveLength(3);
  });

  it("a chart that cannot be drawn is logged and the text digest goes out without it", async () => {
    await seedAktobe(t, database.db);
    const national = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");
    const logged: string[] = [];
    const run = await runWeeklyDigest(database.db, MONDAY_9, translate, {
      charts: {
        draw: async (_db, request) => {
          if (request.regionCode === "aktobe") throw new Error("resvg crashed");
          return { pngs: new Map(request.languages.map((l) => [l, Buffer.from([0x89, 0x50, 0x4e, 0x47])])), rows: 0, skills: false };
        },
        log: (message, error) => logged.push(`${message}: ${(error as Error).message}`),
      },
    });
    expect(run).toMatchObject({ recipients: 2, enqueued: 3, charts: { drawn: 1, failed: 1 } });
    expect(logged).toEqual(["weekly digest: the chart of region:aktobe could not be drawn; the text goes without it: resvg crashed"]);
    const delivered = await deliverAll(database.db);
    expect(delivered.filter((m) => m.chatId === methodologist.id).map((m) => m.attachment?.type ?? "text")).toEqual(["text"]);
    expect(delivered.filter((m) => m.chatId === national.id).map((m) => m.attachment?.type ?? "text")).toEqual(["photo", "text"]);
    expect(delivered.find((m) => m.chatId === national.id && m.attachment)!.text).toBe("📊 Республика Казахстан, 4-й квартал 2026 года: статус отчётов.");
  });
});

describe("digest building blocks", () => {
  it("parts of both languages break at the same lines", () => {
    const kk = Array.from({ length: 100 }, (_, i) => `ққ ${i} ${"ә".repeat(90)}`);
    const ru = Array.from({ length: 100 }, (_, i) => `рр ${i} ${"я".repeat(40)}`);
    const parts = packParts(kk, ru, 1000);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.kk.length).toBeLessThanOrEqual(1000 + 12);
      expect(p.kk.split("\n")[0]!.split(" ")[1]).toBe(p.ru.split("\n")[0]!.split(" ")[1]);
    }
  });

  it("a week is named by its Monday; the task runs Monday 09:00 unless DIGEST_CRON says otherwise", () => {
    expect(weekStartOf("2026-11-23")).toBe("2026-11-23");
    expect(weekStartOf("2026-11-29")).toBe("2026-11-23");
    expect(weekStartOf("2026-11-30")).toBe("2026-11-30");
    expect(weeklyDigestTask({ translate }).cron).toBe(WEEKLY_DIGEST_CRON);
    expect(WEEKLY_DIGEST_CRON).toBe("0 9 * * 1");
    const base = { BOT_TOKEN: "123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ" };
    expect(parseConfig(base).DIGEST_CRON).toBe("0 9 * * 1");
    expect(parseConfig({ ...base, DIGEST_CRON: "30 8 * * 5" }).DIGEST_CRON).toBe("30 8 * * 5");
    expect(() => parseConfig({ ...base, DIGEST_CRON: "every monday" })).toThrow(ConfigError);
  });
});
