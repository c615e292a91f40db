import { ne } from "drizzle-orm";
import type { Db } from "../../src/db/client.js";
import { reportingPeriods } from "../../src/db/schema/index.js";
import { upsertPeriod } from "../../src/reports/periods.js";

/** resetDatabase keeps reporting periods (they are not user data): put back the seeded 2026 defaults. */
export async function restoreDefaultPeriods(db: Db): Promise<void> {
  await db.delete(reportingPeriods).where(ne(reportingPeriods.year, 2026));
  for (const [quarter, opensOn, dueOn] of [
    [1, "2026-03-16", "2026-04-06"],
    [2, "2026-06-15", "2026-07-06"],
    [3, "2026-09-14", "2026-10-05"],
    [4, "2026-11-02", "2026-11-20"],
  ] as const) {
    await upsertPeriod(db, { year: 2026, quarter, opensOn, dueOn });
  }
}
