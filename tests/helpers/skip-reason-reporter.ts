import type { Reporter, TestModule } from "vitest/node";

/**
 * Says why tests were skipped, after vitest's own summary: on PGlite (no TEST_DATABASE_URL) the
 * PostgreSQL-only specs — locks, concurrency, replicas, restarts — skip themselves.
 */
export default class SkipReasonReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let skipped = 0;
    for (const module of testModules) for (const _ of module.children.allTests("skipped")) skipped++;
    if (skipped === 0) return;
    const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
    process.stdout.write(
      onPostgres
        ? `\n${skipped} test${skipped === 1 ? "" : "s"} skipped (marked skip or todo).\n`
        : `\n${skipped} PostgreSQL-only test${skipped === 1 ? "" : "s"} skipped (locks, concurrency, replicas): ` +
            `set TEST_DATABASE_URL to run them, e.g. TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm test\n`,
    );
  }
}
