import { describe, expect, it } from "vitest";
import { eq, inArray } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { deliveryFiles, invitationBatches, outbox } from "../../src/db/schema/index.js";
import { cb } from "../../src/shared/callback-data.js";
import { INVITATION_BATCH_FILE_KIND } from "../../src/invitation-batches/deliver-invitation-batch.js";
import { loadBatchCards } from "../../src/invitation-batches/invitation-batch.js";
import { createFakeClock, createTestSender } from "../../testing/delivery.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";

let database: Database;
let t: TestBot;
const admin = newUser();
useBotSpec((spec) => ({ database, t } = spec), { adminIds: [admin.id] });

async function batchFiles() {
  const rows = await database.db.select().from(outbox).where(eq(outbox.kind, INVITATION_BATCH_FILE_KIND)).orderBy(outbox.id);
  const fileIds = rows.map((r) => (r.attachment as { fileId: number }).fileId);
  const files = fileIds.length ? await database.db.select().from(deliveryFiles).where(inArray(deliveryFiles.id, fileIds)).orderBy(deliveryFiles.id) : [];
  return { rows, files };
}

async function deliverAll() {
  const { sender, telegram } = createTestSender(database.db, { fakeClock: createFakeClock(t.now) });
  await sender.runUntilIdle();
  return telegram.delivered;
}

describe("a regional coordinator goes from /status's 'no head registered' to every head's invitation", { timeout: 180_000 }, () => {
  it("asks, confirms, and gets the region's PDF and .xlsx as documents; a second batch replaces the links (an old one is refused in the chat)", async () => {
    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");
    // 11's head is in the bot already: it is left out.
    await joinedUser(t, database.db, { role: "head", organizationId: (await orgByRegistryNo(database.db, 11)).id }, "kk");

    const status = await t.send(coordinator, "/status");
    expect(status.text).toContain("👤 Детских садов без зарегистрированного руководителя: 4");
    const asked = await t.press(coordinator, status.button("✉️ Пакет приглашений").data);
    expect(asked.text).toContain("Персональные приглашения руководителям. Охват: Актюбинская область.");
    expect(asked.text).toContain("Организаций проекта без зарегистрированного руководителя: 4.");
    expect(asked.text).toContain("действующую до 06.12.2026 включительно");
    expect(asked.text).toContain("Неиспользованных ссылок прежних пакетов нет.");

    const done = await t.press(coordinator, asked.button("✅ Создать").data);
    expect(done.alerts).toEqual(["Создаю приглашения…"]);
    expect(done.text).toContain("Создано приглашений: 4; отключено прежних ссылок: 0. Действуют до 06.12.2026 включительно.");
    expect(done.text).toContain("(PDF: 1, .xlsx: 1)");
    const [batch] = await database.db.select().from(invitationBatches);
    expect(batch).toMatchObject({ regionCode: "aktobe", createdBy: coordinator.id, invitations: 4 });
    const firstCards = await loadBatchCards(database.db, batch!.id);
    expect(firstCards.map((c) => c.registryNo)).toEqual([12, 13, 14, 15]);

    const { rows, files } = await batchFiles();
    expect(rows.map((r) => [r.chatId, r.templateKey, r.priority])).toEqual([
      [coordinator.id, "invite-batch-file-pdf", "urgent"],
      [coordinator.id, "invite-batch-file-xlsx", "urgent"],
    ]);
    expect(files.map((f) => [f.filename, f.mimeType])).toEqual([
      [`invitations-aktobe-${batch!.id}.pdf`, "application/pdf"],
      [`invitations-aktobe-${batch!.id}-ru.xlsx`, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ]);
    expect(files[0]!.content.subarray(0, 5).toString()).toBe("%PDF-");
    expect(files[1]!.content.subarray(0, 2).toString()).toBe("PK");
    const delivered = await deliverAll();
    expect(delivered.map((m) => [m.chatId, m.attachment?.type, m.text])).toEqual([
      [coordinator.id, "document", "Карточки приглашений для печати. Охват: Актюбинская область. Карточек: 4 (часть 1 из 1)."],
      [coordinator.id, "document", "Ссылки-приглашения для рассылки. Охват: Актюбинская область. Ссылок: 4. Действуют до 06.12.2026 включительно."],
    ]);

    // The same confirmation pressed again is stale: nothing is replaced.
    const again = await t.press(coordinator, asked.button("✅ Создать").data);
    expect(again.alerts[0]).toContain("уже создан более новый пакет");
    expect(await database.db.select().from(invitationBatches)).toHaveLength(1);

    // A new batch: the question says the 4 unused links stop working; after it, an old one is refused.
    t.advance(60_000);
    const status2 = await t.send(coordinator, "/status");
    const asked2 = await t.press(coordinator, status2.button("✉️ Пакет приглашений").data);
    expect(asked2.text).toContain("Неиспользованные ссылки прежних пакетов (4) перестанут работать.");
    const done2 = await t.press(coordinator, asked2.button("✅ Создать").data);
    expect(done2.text).toContain("Создано приглашений: 4; отключено прежних ссылок: 4.");
    const stranger = newUser();
    await t.meet(stranger, "ru");
    const old = await t.send(stranger, `/start ${firstCards[0]!.token}`);
    expect(old.text).toContain("Это приглашение отозвано.");
  });

  it("cancel changes nothing; with every head in the bot there is no button and nothing to make", async () => {
    const coordinator = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");
    const asked = await t.press(coordinator, cb.inviteBatchAsk.pack("aktobe"));
    const cancelled = await t.press(coordinator, asked.button("Отмена").data);
    expect(cancelled.text).toContain("Приглашения не созданы, ничего не изменилось.");
    expect(await database.db.select().from(invitationBatches)).toHaveLength(0);
    for (const registryNo of [11, 12, 13, 14, 15]) {
      await joinedUser(t, database.db, { role: "head", organizationId: (await orgByRegistryNo(database.db, registryNo)).id }, "kk");
    }
    const status = await t.send(coordinator, "/status");
    expect(status.buttons.some((b) => b.text.includes("Пакет приглашений"))).toBe(false);
    const none = await t.press(coordinator, cb.inviteBatchAsk.pack("aktobe"));
    expect(none.text).toContain("Во всех организациях проекта руководитель уже зарегистрирован, приглашать некого.");
  });
});

describe("who may make a batch in the chat", { timeout: 180_000 }, () => {
  it("refuses a coordinator of another region, a methodologist, a head and a parent, at every button, and changes nothing", async () => {
    const astana = await joinedUser(t, database.db, { role: "coordinator", regionCode: "astana" }, "ru");
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "kk");
    const org = await orgByRegistryNo(database.db, 12);
    const head = await joinedUser(t, database.db, { role: "head", organizationId: org.id }, "ru");
    const parent = await joinedUser(t, database.db, { role: "parent", organizationId: org.id }, "kk");
    const presses = [cb.inviteBatchAsk.pack("aktobe"), cb.inviteBatchYes.pack("aktobe", 0), cb.inviteBatchAskCountry.pack(), cb.inviteBatchYesCountry.pack(0)];
    for (const person of [astana, methodologist, head, parent]) {
      for (const data of presses) {
        const out = await t.press(person, data);
        expect(out.alerts).toEqual([person === astana || person === head ? "Извините, это действие недоступно для вашей роли." : "Кешіріңіз, бұл әрекет сіздің рөліңізге қолжетімсіз."]);
      }
    }
    // A methodologist sees the region's "no head" list but no batch button.
    const status = await t.send(methodologist, "/status");
    expect(status.text).toContain("👤 Меңгерушісі тіркелмеген балабақшалар: 4");
    expect(status.buttons.some((b) => b.data?.startsWith("ib-"))).toBe(false);
    expect(await database.db.select().from(invitationBatches)).toHaveLength(0);
    expect(await batchFiles()).toEqual({ rows: [], files: [] });
  });
});

describe("a national administrator in Kazakh", { timeout: 180_000 }, () => {
  it("makes the country's batch from /status: one PDF per region and one .xlsx, captions in Kazakh", async () => {
    await t.meet(admin, "kk");
    const status = await t.send(admin, "/status");
    const asked = await t.press(admin, status.button("✉️ Шақырулар: республика").data);
    expect(asked.text).toContain("Меңгерушілерге жеке шақырулар. Аумағы: бүкіл республика.");
    expect(asked.text).toContain("Меңгерушісі тіркелмеген жобадағы ұйымдар: 100.");
    const done = await t.press(admin, asked.button("✅ Жасау").data);
    expect(done.text).toContain("Жасалған шақырулар: 100; жұмысы тоқтатылған бұрынғы сілтемелер: 0.");
    expect(done.text).toContain("(PDF: 20, .xlsx: 1)");
    const { rows, files } = await batchFiles();
    expect(rows).toHaveLength(21);
    expect(files.filter((f) => f.filename.endsWith(".pdf"))).toHaveLength(20);
    expect(files.some((f) => /^invitations-kz-\d+-aktobe\.pdf$/.test(f.filename))).toBe(true);
    expect(files.at(-1)!.filename).toMatch(/^invitations-kz-\d+-kk\.xlsx$/);
    const delivered = await deliverAll();
    expect(delivered).toHaveLength(21);
    expect(delivered.map((m) => m.text)).toContain("Басып шығаруға арналған шақыру карточкалары. Аумағы: Ақтөбе облысы. Карточкалар: 5 (бөлігі: 1/1).");
    expect(delivered.at(-1)!.text).toBe("Таратуға арналған шақыру сілтемелері. Аумағы: бүкіл республика. Сілтемелер: 100. Соңғы жарамды күні — 06.12.2026.");
  });
});
