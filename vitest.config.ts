import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.spec.ts"],
    // The second says why tests were skipped (PostgreSQL-only specs on PGlite).
    reporters: ["default", "./tests/helpers/skip-reason-reporter.ts"],
    // Generous: the machine is shared (2 cores); a spec that needs it is slow under load, not stuck.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // PGlite takes ~0.8 GB per instance; two workers fit the 2-core machine.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
