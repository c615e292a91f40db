/**
 * The report walker's step cost: time of the first and of the last answer of the full
 * v1 form and of a synthetic 40-field form, and the size of what is stored per person — on PGlite
 * and PostgreSQL. Beside it, the baseline that made us keep answers in the draft: the same 40
 * questions as one @grammyjs/conversations v2 loop, whose every step replays all previous ones.
 */
import { conversations, createConversation, type Conversation, type ConversationFlavor } from "@grammyjs/conversations";
import { Bot, type Context } from "grammy";
import { eq, sql } from "drizzle-orm";
import { createBot } from "../src/bot/create-bot.js";
import { createI18n } from "../src/bot/i18n.js";
import type { Database } from "../src/db/client.js";
import { memberships, quarterlyReports, reportSessions, users } from "../src/db/schema/index.js";
import { findReportingPeriod, ensureReport } from "../src/reports/report-draft.js";
import { registerForm } from "../src/reports/form/forms.js";
import type { FormDefinition } from "../src/reports/form/types.js";
import { addGroup } from "../src/reports/groups.js";
import { findOrganizationByRegistryNo } from "../src/registration/registry.js";
import { createFakeTelegram, testBotInfo } from "../testing/fake-telegram.js";
import { callbackQuery, photoMessage, textMessage, type TestUser } from "../testing/updates.js";
import { percentile } from "./lib.js";

const TOKEN = "123456789:BENCH-token_abcdefghijklmnopqrstuvwxyz";
const NOW = new Date("2026-11-10T06:00:00Z");
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 15);

function leanFetch(telegram: ReturnType<typeof createFakeTelegram>): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await telegram.fetch(input, init);
    telegram.clear();
    return response;
  };
}

const form40: FormDefinition = {
  version: "bench.40",
  titleKey: "form-v1-title",
  fields: Array.from({ length: 40 }, (_, i) => ({ key: `n${i}`, type: "integer" as const, labelKey: "form-v1-activities", required: true, min: 0, max: 1000 })),
  rules: [],
};
registerForm(form40);

/** The answers a head gives to v1, as updates (after /report); the multi choice is two presses and done. */
function v1Steps(user: TestUser): (() => ReturnType<typeof textMessage>)[] {
  const texts = ["12", "3", "25", "2", "Мини-огород", "5", "10", "5", "4", "10", "4", "Неделя профессий"];
  return [
    () => callbackQuery(user, "rf-opt:0:0"),
    () => callbackQuery(user, "rf-opt:0:1"),
    () => callbackQuery(user, "rf-done:0"),
    ...texts.map((text) => () => textMessage(user, text)),
    () => photoMessage(user),
    () => callbackQuery(user, "rf-done:15"),
    () => textMessage(user, "Не хватает материалов"),
    () => callbackQuery(user, "rf-done:17"),
    () => callbackQuery(user, "rf-skip:18"),
  ];
}

async function timeSteps(bot: { handleUpdate: (u: never) => Promise<void> }, steps: (() => unknown)[]): Promise<number[]> {
  const times: number[] = [];
  for (const step of steps) {
    const t0 = performance.now();
    await bot.handleUpdate(step() as never);
    times.push(performance.now() - t0);
  }
  return times;
}

export interface WalkFigures {
  label: string;
  steps: number;
  firstMs: number;
  lastMs: number;
  storedBytes: number;
}

export async function walkerFigures(database: Database, label: string): Promise<WalkFigures[]> {
  const { db } = database;
  const telegram = createFakeTelegram();
  const bot = createBot({
    token: TOKEN,
    botInfo: testBotInfo,
    fetch: leanFetch(telegram),
    deps: { db, adminIds: new Set(), invitationTtlDays: 14, clock: () => NOW, i18n: createI18n() },
  });
  const period = (await findReportingPeriod(db, NOW))!;
  const results: WalkFigures[] = [];
  for (const kind of ["v1", "40"] as const) {
    const firsts: number[] = [];
    const lasts: number[] = [];
    let storedBytes = 0;
    let steps = 0;
    for (let run = 0; run < RUNS; run++) {
      // A kindergarten and its head per run, so every walk starts from an empty draft.
      const org = (await findOrganizationByRegistryNo(db, 1 + ((run + (kind === "40" ? RUNS : 0)) % 100)))!;
      await db.delete(quarterlyReports).where(eq(quarterlyReports.organizationId, org.id));
      const user: TestUser = { id: 9_000_000 + run + (kind === "40" ? 1000 : 0), first_name: "Head", language_code: "ru" };
      await db.insert(users).values({ telegramId: user.id, language: "ru", languageConfirmed: true }).onConflictDoNothing();
      await db.insert(memberships).values({ userId: user.id, role: "head", organizationId: org.id, scopeKey: `org:${org.id}` }).onConflictDoNothing();
      if (run === 0 || kind === "v1") {
        await addGroup(db, { organizationId: org.id, name: `E${run}-${kind}`, ageBand: "senior", childrenCount: 20, arm: "experimental", createdBy: null }).catch(() => {});
        await addGroup(db, { organizationId: org.id, name: `C${run}-${kind}`, ageBand: "senior", childrenCount: 18, arm: "control", createdBy: null }).catch(() => {});
      }
      if (kind === "40") {
        const report = await ensureReport(db, org.id, period.id);
        await db.update(quarterlyReports).set({ formVersion: form40.version }).where(eq(quarterlyReports.id, report.id));
      }
      await bot.handleUpdate(textMessage(user, "/report"));
      const stepList = kind === "v1" ? v1Steps(user) : form40.fields.map((_, i) => () => textMessage(user, String(i)));
      const times = await timeSteps(bot, stepList);
      if (run > 1) {
        firsts.push(times[0]!);
        lasts.push(times.at(-1)!);
      }
      steps = times.length;
      const [row] = await db
        .select({ answers: sql<number>`pg_column_size(${quarterlyReports.answers})`, session: sql<number>`pg_column_size(${reportSessions}.*)` })
        .from(quarterlyReports)
        .leftJoin(reportSessions, eq(reportSessions.reportId, quarterlyReports.id))
        .where(eq(quarterlyReports.organizationId, org.id));
      storedBytes = Number(row?.answers ?? 0) + Number(row?.session ?? 0);
    }
    firsts.sort((a, b) => a - b);
    lasts.sort((a, b) => a - b);
    results.push({ label: `${label}: ${kind === "v1" ? "form v1" : "40-field form"}`, steps, firstMs: percentile(firsts, 50), lastMs: percentile(lasts, 50), storedBytes });
  }
  return results;
}

/** Baseline: one conversation that asks 40 questions in a loop, state kept by the plugin. */
export async function conversationBaseline(): Promise<WalkFigures> {
  type Ctx = ConversationFlavor<Context>;
  const store = new Map<string, unknown>();
  const telegram = createFakeTelegram();
  const bot = new Bot<Ctx>(TOKEN, { botInfo: testBotInfo, client: { fetch: leanFetch(telegram) } });
  bot.use(
    conversations({
      storage: {
        type: "key",
        version: 1,
        adapter: { read: (k: string) => store.get(k) as never, write: (k: string, v: unknown) => void store.set(k, structuredClone(v)), delete: (k: string) => void store.delete(k) },
      },
    }),
  );
  async function fortyQuestions(conversation: Conversation<Ctx, Context>, ctx: Context) {
    for (let i = 0; i < 40; i++) {
      await ctx.reply(`Question ${i + 1}`);
      ctx = await conversation.waitFor("message:text");
      await conversation.external(() => Number(ctx.message!.text));
    }
    await ctx.reply("done");
  }
  bot.use(createConversation(fortyQuestions, "forty"));
  bot.command("go", (ctx) => ctx.conversation.enter("forty"));
  const firsts: number[] = [];
  const lasts: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const user: TestUser = { id: 8_000_000 + run, first_name: "B", language_code: "ru" };
    await bot.handleUpdate(textMessage(user, "/go"));
    const steps = Array.from({ length: 40 }, (_, i) => () => textMessage(user, String(i)));
    const times = await timeSteps(bot as never, steps.slice(0, 39));
    // The state before the last answer is the largest the plugin stores for this walk.
    bytes = Math.max(bytes, ...[...store.values()].map((v) => JSON.stringify(v).length));
    times.push(...(await timeSteps(bot as never, steps.slice(39))));
    if (run > 1) {
      firsts.push(times[0]!);
      lasts.push(times.at(-1)!);
    }
    store.clear();
  }
  firsts.sort((a, b) => a - b);
  lasts.sort((a, b) => a - b);
  return { label: "baseline: 40 questions as one conversations v2 loop (in-memory storage)", steps: 40, firstMs: percentile(firsts, 50), lastMs: percentile(lasts, 50), storedBytes: bytes };
}

export function printWalkTable(rows: WalkFigures[]): void {
  console.log(`${"report walk".padEnd(66)} ${"steps".padStart(5)} ${"first ms".padStart(9)} ${"last ms".padStart(8)} ${"last÷first".padStart(10)} ${"stored B".padStart(9)}`);
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(66)} ${String(r.steps).padStart(5)} ${r.firstMs.toFixed(2).padStart(9)} ${r.lastMs.toFixed(2).padStart(8)} ${(r.lastMs / r.firstMs).toFixed(2).padStart(10)} ${String(r.storedBytes).padStart(9)}`,
    );
  }
}
