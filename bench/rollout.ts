import { loadavg } from "node:os";
import { benchRegistryImport } from "./rollout-import.js";

/** `npm run bench:rollout` (PostgreSQL): the national roll-out's bulk work. The import part is in rollout-import.ts. */
const lines = [`load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`, ...(await benchRegistryImport())];
lines.push(`load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
for (const line of lines) console.log(line);
