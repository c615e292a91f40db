import { afterAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../src/cli/run-cli.js";
import { startLockHolder } from "./helpers/lock-holder.js";

const root = mkdtempSync(join(tmpdir(), "erte-backup-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function cli(args: string[], env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { env, io: { out: (l) => out.push(l), err: (l) => err.push(l) } });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("npm run cli -- backup / restore (the embedded database)", () => {
  it("a backup restored into a new data folder has the data, and a restore never overwrites a database", async () => {
    const original = join(root, "original");
    const file = join(root, "erte.tar.gz");
    const added = await cli(["add-org", "--registry-no", "777", "--region", "astana", "--name", "«Бэкап» бөбекжайы", "--legal-form", "ЖШС"], { DATA_DIR: original });
    expect(added.code).toBe(0);

    // A leftover of an interrupted backup, world-readable, must not lend its mode to the new one.
    writeFileSync(`${file}.partial`, "old");
    chmodSync(`${file}.partial`, 0o644);
    const backup = await cli(["backup", file], { DATA_DIR: original });
    expect(backup).toMatchObject({ code: 0, err: "" });
    expect(backup.out).toContain(`written to ${file}`);
    expect(existsSync(`${file}.partial`)).toBe(false);
    // Readable by the bot's own user only, and so is the data folder.
    const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);
    expect(mode(file)).toBe("600");
    expect(mode(original)).toBe("700");
    expect(mode(join(original, "pglite"))).toBe("700");
    // Inside the tarball: relative names (extracting it never writes outside the folder) and private modes.
    const listing = execFileSync("tar", ["-tvzf", file], { encoding: "utf8" }).trim().split("\n");
    expect(listing.length).toBeGreaterThan(100);
    const entries = listing.map((line) => ({ mode: line.split(/\s+/)[0]!, name: line.split(/\s+/).at(-1)! }));
    expect(entries.filter((e) => e.name.startsWith("/") || e.name.split("/").includes(".."))).toEqual([]);
    expect(entries.map((e) => e.name)).toContain("PG_VERSION");
    expect(new Set(entries.map((e) => e.mode))).toEqual(new Set(["-rw-------", "drwx------"]));

    const restoredDir = join(root, "restored");
    mkdirSync(restoredDir, { mode: 0o755 });
    chmodSync(restoredDir, 0o755);
    expect(await cli(["restore", file], { DATA_DIR: restoredDir })).toMatchObject({ code: 0, out: `restored ${file} into ${restoredDir}` });
    const orgs = await cli(["orgs", "--region", "astana"], { DATA_DIR: restoredDir });
    expect(orgs.out).toContain(" 777  astana");
    expect(orgs.out).toContain("«Бэкап» бөбекжайы");
    expect(mode(restoredDir)).toBe("700");
    expect(mode(join(restoredDir, "pglite"))).toBe("700");

    const again = await cli(["restore", file], { DATA_DIR: restoredDir });
    expect(again.code).toBe(1);
    expect(again.err).toContain("already holds a database");
  }, 120_000);

  it("refuses while the bot holds the data folder, and points PostgreSQL users to pg_dump", async () => {
    const dir = join(root, "busy");
    const holder = await startLockHolder(dir);
    try {
      const busy = await cli(["backup", join(root, "busy.tar.gz")], { DATA_DIR: dir });
      expect(busy.code).toBe(1);
      expect(busy.err).toContain(`in use by process ${holder.child.pid}`);
      expect(existsSync(join(root, "busy.tar.gz"))).toBe(false);
    } finally {
      holder.child.kill("SIGKILL");
      await holder.exited;
    }
    const pg = await cli(["backup", join(root, "pg.tar.gz")], { DATABASE_URL: "postgres://postgres@127.0.0.1:5432/test" });
    expect(pg.code).toBe(1);
    expect(pg.err).toContain("pg_dump");
    expect((await cli(["backup"], { DATA_DIR: dir })).code).toBe(2);
  }, 120_000);
});
