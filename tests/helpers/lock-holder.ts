import { spawn, type ChildProcess } from "node:child_process";

const root = new URL("../..", import.meta.url).pathname;

/** Starts a separate process holding the lock on `dataDir`; resolves once it holds it. */
export async function startLockHolder(dataDir: string): Promise<{ child: ChildProcess; exited: Promise<void> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/hold-data-dir-lock.ts", dataDir], { cwd: root });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let output = "";
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d) => {
      output += d;
      if (output.includes("locked")) resolve();
    });
    child.stderr!.on("data", (d) => (output += d));
    child.once("exit", (code) => reject(new Error(`lock holder exited with ${code}: ${output}`)));
  });
  return { child, exited };
}
