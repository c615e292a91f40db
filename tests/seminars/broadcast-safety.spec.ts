import { beforeEach, describe, expect, it } from "vitest";
import { eq, like } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { broadcasts, memberships, outbox, users } from "../../src/db/schema/index.js";
import { Writable } from "node:stream";
import { createLogger } from "../../src/observability/logger.js";
import { joinedUser, orgByRegistryNo } from "../helpers/fixtures.js";
import type { TestBot } from "../../testing/test-bot.js";
import { useBotSpec } from "../helpers/spec.js";
import { documentMessage, type TestUser } from "../../testing/updates.js";
import { renderMessage } from "../../testing/delivery.js";

let database: Database;
let t: TestBot;
let head: TestUser;
let parentKk: TestUser;
let parentRu: TestUser;
let orgs: { aktobe1: number; aktobe2: number; abai: number };
const NOW = new Date("2026-11-22T06:00:00Z");
const MB = 1024 * 1024;

useBotSpec((spec) => ({ database, t } = spec), { now: NOW });

beforeEach(async () => {
  orgs = { aktobe1: (await orgByRegistryNo(database.db, 11)).id, aktobe2: (await orgByRegistryNo(database.db, 12)).id, abai: (await orgByRegistryNo(database.db, 1)).id };
  head = await joinedUser(t, database.db, { role: "head", organizationId: orgs.aktobe1 }, "ru");
  parentKk = await joinedUser(t, database.db, { role: "parent", organizationId: orgs.aktobe1 }, "kk");
  parentRu = await joinedUser(t, database.db, { role: "parent", organizationId: orgs.aktobe2 }, "ru");
});

const broadcastRows = () => database.db.select().from(outbox).where(like(outbox.kind, "broadcast-%"));
const drafts = () => database.db.select().from(broadcasts);

/** /broadcast to the first target offered, both texts, up to the attachment step. */
async function toAttachment(author: TestUser, target: string | RegExp = /./) {
  const targets = await t.send(author, "/broadcast");
  await t.press(author, targets.button(target).data);
  await t.send(author, "Ертең ата-аналар жиналысы.");
  return t.send(author, "Завтра родительское собрание.");
}

describe("broadcast attachments", () => {
  it("a head's .apk declared at 100 MB is refused with a clear answer and nothing is queued; so are an archive, a renamed .apk and a 25 MB PDF", async () => {
    await toAttachment(head);
    const apk = await t.deliver(documentMessage(head, "app.apk", { mime_type: "application/vnd.android.package-archive", file_size: 100 * MB }));
    expect(apk.text).toContain("Файл слишком большой. Наибольший размер вложения, МБ: 20.");
    const smallApk = await t.deliver(documentMessage(head, "app.apk", { mime_type: "application/vnd.android.package-archive", file_size: 1 * MB }));
    expect(smallApk.text).toContain("исполняемые файлы и архивы (.apk, .exe, .zip, .rar и другие) не принимаются");
    for (const [name, mime] of [
      ["photos.zip", "application/zip"],
      ["app.pdf", "application/vnd.android.package-archive"],
      ["setup.exe", "application/pdf"],
      ["no-extension", "application/pdf"],
    ] as const) {
      expect((await t.deliver(documentMessage(head, name, { mime_type: mime, file_size: MB }))).text).toContain("не принимаются");
    }
    expect((await t.deliver(documentMessage(head, "big.pdf", { mime_type: "application/pdf", file_size: 25 * MB }))).text).toContain("Наибольший размер вложения, МБ: 20.");
    expect((await drafts())[0]).toMatchObject({ step: "attachment", attachmentFileId: null });
    expect(await broadcastRows()).toEqual([]);

    const preview = await t.deliver(documentMessage(head, "Жиналыс.PDF", { mime_type: "application/pdf", file_size: 2 * MB }));
    expect(preview.called("sendDocument")).toHaveLength(2);
    await t.press(head, preview.button("Отправить (1)").data);
    expect((await broadcastRows()).map((r) => [r.chatId, r.attachment])).toEqual([[parentKk.id, { type: "document", telegramFileId: "BQACAgIAAx" }]]);
  });

  it("a Kazakh-speaking author is answered in Kazakh; Word and Excel files pass", async () => {
    const headKk = await joinedUser(t, database.db, { role: "head", organizationId: orgs.aktobe2 }, "kk");
    await toAttachment(headKk);
    expect((await t.deliver(documentMessage(headKk, "a.rar", { mime_type: "application/vnd.rar", file_size: MB }))).text).toContain("орындалатын файлдар мен архивтер");
    const docx = await t.deliver(documentMessage(headKk, "Хат.docx", { mime_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", file_size: MB }));
    expect(docx.called("sendDocument")).toHaveLength(2);
  });
});

describe("a broadcast to parents beyond one kindergarten needs a second person's approval", () => {
  it("a regional coordinator's announcement to the region's parents waits; the author, a methodologist and another region's coordinator cannot approve it; a national coordinator does, once", async () => {
    const author = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");
    const national = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "kk");
    const colleague = await joinedUser(t, database.db, { role: "coordinator", regionCode: "aktobe" }, "ru");
    const methodologist = await joinedUser(t, database.db, { role: "methodologist", regionCode: "aktobe" }, "ru");
    const elsewhere = await joinedUser(t, database.db, { role: "coordinator", regionCode: "abai" }, "ru");
    await toAttachment(author, "Родителям");
    const preview = await t.press(author, "bc-noatt");
    const sent = await t.press(author, preview.button("Отправить (2)").data);
    expect(sent.text).toContain("отправится после одобрения вторым человеком");
    expect(sent.text).toContain("получателей запроса: 2");
    const [b] = await drafts();
    expect(b).toMatchObject({ status: "awaiting_approval", sentAt: null });
    expect(await broadcastRows()).toEqual([]);

    // The approvers get the announcement as parents would, then the question with the buttons.
    const asked = await database.db.select().from(outbox).where(eq(outbox.kind, "announcement-approval"));
    expect(asked.map((r) => r.chatId).sort()).toEqual([national.id, national.id, colleague.id, colleague.id].sort());
    const [shown, ask] = asked.filter((r) => r.chatId === national.id).sort((x, y) => x.id - y.id);
    expect(renderMessage(shown!, "kk").text).toBe("📢 Ертең ата-аналар жиналысы.");
    expect(renderMessage(ask!, "kk").text).toContain("Алушылар: ата-аналар (Ақтөбе облысы), барлығы 2.");
    expect(ask!.buttons).toEqual([
      { textKey: "broadcast-button-approve", callbackData: `bc-ok:${b!.id}` },
      { textKey: "broadcast-button-decline", callbackData: `bc-no:${b!.id}` },
    ]);

    const refusal = "Извините, это действие недоступно для вашей роли.";
    for (const who of [author, methodologist, elsewhere, head, parentRu]) {
      expect((await t.press(who, `bc-ok:${b!.id}`)).alerts).toEqual([refusal]);
    }
    expect(await broadcastRows()).toEqual([]);

    const approved = await t.press(national, `bc-ok:${b!.id}`);
    expect(approved.text).toContain("Мақұлданды");
    expect((await broadcastRows()).map((r) => r.chatId).sort()).toEqual([parentKk.id, parentRu.id].sort());
    expect((await drafts())[0]).toMatchObject({ status: "sent", recipients: 2, decidedBy: national.id });
    const told = await database.db.select().from(outbox).where(eq(outbox.chatId, author.id));
    expect(told.map((r) => r.templateKey)).toEqual(["broadcast-approval-author-approved"]);
    // The other approver is too late; nothing goes twice.
    expect((await t.press(colleague, `bc-ok:${b!.id}`)).alerts).toEqual(["По этому объявлению уже принято решение."]);
    expect(await broadcastRows()).toHaveLength(2);
  });

  it("a declined announcement never goes out and its author is told; an administrator who wrote one still needs someone else", async () => {
    const admin = 777_000_001;
    const { createTestBot } = await import("../../testing/test-bot.js");
    t = createTestBot(database.db, { now: NOW, adminIds: [admin] });
    const adminUser = { id: admin, first_name: "Admin", language_code: "ru" };
    await t.meet(adminUser, "ru");
    const national = await joinedUser(t, database.db, { role: "coordinator", regionCode: null }, "ru");
    await toAttachment(adminUser, "Родителям");
    const preview = await t.press(adminUser, "bc-noatt");
    await t.press(adminUser, preview.button("Отправить (2)").data);
    const [b] = await drafts();
    expect(b!.status).toBe("awaiting_approval");
    expect((await t.press(adminUser, `bc-ok:${b!.id}`)).alerts).toEqual(["Извините, это действие недоступно для вашей роли."]);
    expect((await t.press(national, `bc-no:${b!.id}`)).text).toContain("Не одобрено");
    expect((await drafts())[0]).toMatchObject({ status: "declined", decidedBy: national.id });
    expect((await t.press(national, `bc-ok:${b!.id}`)).alerts).toEqual(["По этому объявлению уже принято решение."]);
    expect(await broadcastRows()).toEqual([]);
    expect((await database.db.select().from(outbox).where(eq(outbox.chatId, admin))).map((r) => r.templateKey)).toEqual(["broadcast-approval-author-declined"]);
  });

  it("a head's announcement to their own kindergarten's parents goes at once", async () => {
    await toAttachment(head);
    const preview = await t.press(head, "bc-noatt");
    expect((await t.press(head, preview.button("Отправить (1)").data)).text).toContain("1 получател");
    expect(await broadcastRows()).toHaveLength(1);
  });
});

describe("a per-author daily limit", () => {
  it("the sixth announcement of the day is refused (the draft is kept); the next day it goes", async () => {
    for (let i = 0; i < 5; i++) {
      await toAttachment(head);
      const preview = await t.press(head, "bc-noatt");
      await t.press(head, preview.button("Отправить (1)").data);
    }
    await toAttachment(head);
    const preview = await t.press(head, "bc-noatt");
    const refused = await t.press(head, preview.button("Отправить (1)").data);
    expect(refused.alerts).toEqual(["Сегодня вы уже отправили 5 объявлений — это предел на день. Черновик сохранён: отправить его можно будет завтра."]);
    expect(await broadcastRows()).toHaveLength(5);
    expect((await drafts()).filter((d) => d.status === "draft")).toHaveLength(1);
    // Midnight in Almaty (UTC+5) has passed.
    t.setNow(new Date("2026-11-22T19:30:00Z"));
    expect((await t.press(head, preview.button("Отправить (1)").data)).text).toContain("получател");
    expect(await broadcastRows()).toHaveLength(6);
  });
});

describe("a large broadcast", () => {
  it("is logged as a warning with its size and reach, without its text or anyone's id", async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => 880_000_000 + i);
    await database.db.insert(users).values(ids.map((telegramId) => ({ telegramId, language: "kk" as const })));
    await database.db.insert(memberships).values(ids.map((userId) => ({ userId, role: "parent" as const, organizationId: orgs.aktobe1, scopeKey: `org:${orgs.aktobe1}` })));
    const lines: string[] = [];
    const destination = new Writable({ write: (chunk, _e, done) => (lines.push(...String(chunk).split("\n").filter(Boolean)), done()) });
    const { createTestBot } = await import("../../testing/test-bot.js");
    t = createTestBot(database.db, { now: NOW, logger: createLogger({ destination, level: "info" }) });
    await toAttachment(head);
    const preview = await t.press(head, "bc-noatt");
    await t.press(head, preview.button(/Отправить/).data);
    const warnings = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === "large broadcast queued");
    expect(warnings).toMatchObject([{ level: 40, recipients: 1001, scope: `org:${orgs.aktobe1}`, audience: "parents" }]);
    expect(JSON.stringify(warnings)).not.toMatch(/собрание|жиналысы|8800000/);
  });
});
