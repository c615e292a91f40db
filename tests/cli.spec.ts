import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../src/db/client.js";
import { invitations } from "../src/db/schema/index.js";
import { runCli } from "../src/cli/run-cli.js";
import { startBotApiServer } from "./helpers/bot-api-server.js";
import { createFakeTelegram } from "../testing/fake-telegram.js";
import { TEST_TOKEN } from "../testing/test-bot.js";
import { createTestDatabase, resetDatabase } from "./helpers/test-db.js";
import { startLockHolder } from "./helpers/lock-holder.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => resetDatabase(database.db));

async function cli(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    env: { BOT_TOKEN: TEST_TOKEN, ...env },
    io: { out: (l) => out.push(l), err: (l) => err.push(l) },
    database,
    fetch: createFakeTelegram().fetch,
    clock: () => new Date("2026-11-22T06:00:00Z"),
  });
  return { code, out, err: err.join("\n") };
}

describe("operator CLI", () => {
  it("lists regions and a region's organisations", async () => {
    const regions = await cli(["regions"]);
    expect(regions.code).toBe(0);
    expect(regions.out).toHaveLength(20);
    expect(regions.out).toContain("aktobe             Ақтөбе облысы / Актюбинская область");
    const orgs = await cli(["orgs", "--region", "ulytau"]);
    expect(orgs.out).toHaveLength(5);
    expect((await cli(["orgs", "--region", "nowhere"])).code).toBe(2);
  });

  it("adds an organisation, refusing a taken number with a clear message", async () => {
    const added = await cli(["add-org", "--registry-no", "150", "--region", "astana", "--name", "«Болашақ» балабақшасы", "--legal-form", "ЖШС"]);
    expect(added).toMatchObject({ code: 0, out: ["added 150: «Болашақ» балабақшасы (astana)"] });
    expect(await cli(["add-org", "--registry-no", "150", "--region", "astana", "--name", "Басқа"])).toMatchObject({
      code: 1,
      err: "registry number 150 is already taken",
    });
    expect((await cli(["add-org", "--registry-no", "x", "--region", "astana", "--name", "N"])).err).toContain("--registryNo: must be a number");
  });

  it("creates invitations of every kind, the deep link as the last line", async () => {
    const cases: [string[], Record<string, unknown>][] = [
      [["--role", "head", "--org", "11"], { role: "head", multiUse: false }],
      [["--role", "methodologist", "--region", "aktobe"], { role: "methodologist", regionCode: "aktobe" }],
      [["--role", "coordinator", "--region", "abai"], { role: "coordinator", regionCode: "abai" }],
      [["--role", "coordinator", "--national"], { role: "coordinator", regionCode: null, organizationId: null }],
      [["--role", "parent", "--org", "11"], { role: "parent", multiUse: true }],
    ];
    for (const [args, expected] of cases) {
      const result = await cli(["invite", ...args]);
      expect(result.code).toBe(0);
      const last = result.out.at(-1)!;
      expect(last).toMatch(/^https:\/\/t\.me\/erte_pilot_bot\?start=[A-Za-z0-9_-]{22}$/);
      const token = last.split("=")[1]!;
      const [row] = await database.db.select().from(invitations).where(eq(invitations.token, token));
      expect(row).toMatchObject(expected);
    }
    expect((await cli(["invite", "--role", "head", "--org", "11"])).out[0]).toContain("valid until 06.12.2026");
  });

  it("refuses bad invitation arguments before touching anything", async () => {
    expect((await cli(["invite", "--role", "head"])).err).toContain("--role head needs --org <registry no>");
    expect((await cli(["invite", "--role", "coordinator", "--national", "--region", "abai"])).err).toContain("exactly one of");
    expect((await cli(["invite", "--role", "head", "--org", "999"])).err).toContain("no organisation with registry number 999");
    expect((await cli(["invite", "--role", "boss", "--org", "1"])).code).toBe(2);
    expect((await cli(["invite", "--role", "head", "--org", "1"], { BOT_TOKEN: "" })).err).toContain("BOT_TOKEN is required");
    expect((await cli(["frobnicate"])).err).toContain('unknown command "frobnicate"');
    expect(await database.db.select().from(invitations)).toEqual([]);
  });
});

describe("the real CLI process with the embedded database", () => {
  let api: Awaited<ReturnType<typeof startBotApiServer>>;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "erte-cli-"));
    // A stand-in Bot API server: the CLI learns the bot's username from its getMe.
    api = await startBotApiServer({ username: "selfhosted_erte_bot" });
  });
  afterAll(async () => {
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  function runProcess(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
        env: { PATH: process.env.PATH ?? "", ...env },
        cwd: new URL("..", import.meta.url).pathname,
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
  }

  it("asks the configured Bot API server for the username and prints the link last", async () => {
    const result = await runProcess(["invite", "--role", "head", "--org", "12"], { BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api.url, DATA_DIR: dataDir });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n").at(-1)).toMatch(/^https:\/\/t\.me\/selfhosted_erte_bot\?start=[A-Za-z0-9_-]{22}$/);
    expect(api.requests.some((r) => r.method === "getMe")).toBe(true);
  }, 150_000);
  it("refuses to open a data folder that a running bot holds", async () => {
    const holder = await startLockHolder(dataDir);
    try {
      const result = await runProcess(["regions"], { DATA_DIR: dataDir });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`in use by process ${holder.child.pid}`);
      expect(result.stderr).toContain("DATABASE_URL");
      expect(result.stdout).toBe("");
    } finally {
      holder.child.kill("SIGKILL");
      await holder.exited;
    }
  }, 150_000);
});
