import type { Db } from "../../src/db/client.js";
import { memberships, users } from "../../src/db/schema/index.js";
import { acceptReport } from "../../src/reports/accept-report.js";
import { ensureReport, replaceAnswers } from "../../src/reports/report-draft.js";
import { returnReport } from "../../src/reports/return-report.js";
import { submitReport } from "../../src/reports/submit-report.js";
import { addGroup } from "../../src/reports/groups.js";
import { findPeriod } from "../../src/figures/period-reports.js";
import { orgByRegistryNo } from "../helpers/fixtures.js";

/** Q4 2026 is due on 20.11.2026; on the 28th a report not handed in is overdue (day +8). */
export const AFTER_DEADLINE = new Date("2026-11-28T06:00:00Z");
export const REVIEWER_ID = 900_000_001;

export function answers(overrides: Record<string, unknown> = {}) {
  return {
    directions: ["medicine", "digital"],
    activities: 14,
    meetings: 2,
    parents: 31,
    zones: 1,
    zones_description: "Уголок «Юный врач»",
    exp_high: 8,
    exp_middle: 9,
    exp_low: 3,
    ctl_high: 3,
    ctl_middle: 9,
    ctl_low: 6,
    best_practice: "Неделя профессий",
    difficulties: "Не хватает костюмов",
    help_topics: ["materials"],
    best_practice_photos: ["photo-a"],
    help_text: null,
    ...overrides,
  };
}

/** The kindergarten's head (only a head of the kindergarten may submit its report). */
async function headOf(db: Db, organizationId: number): Promise<number> {
  const telegramId = 800_000_000 + organizationId;
  await db.insert(users).values({ telegramId, language: "ru", languageConfirmed: true }).onConflictDoNothing();
  await db.insert(memberships).values({ userId: telegramId, role: "head", organizationId, scopeKey: `org:${organizationId}` }).onConflictDoNothing();
  return telegramId;
}

async function handIn(db: Db, registryNo: number, periodYearQuarter: [number, number], at: Date, values: Record<string, unknown>): Promise<number> {
  const org = await orgByRegistryNo(db, registryNo);
  const head = await headOf(db, org.id);
  const period = (await findPeriod(db, ...periodYearQuarter))!;
  const report = await ensureReport(db, org.id, period.id);
  await replaceAnswers(db, report.id, values as never);
  const result = await submitReport(db, { reportId: report.id, userId: head, now: at });
  if (!result.ok) throw new Error(`submit ${registryNo}: ${JSON.stringify(result)}`);
  return report.id;
}

/**
 * Aktobe (registry 11–15) in Q4 2026: 11 accepted on time, 12 handed in late, 13 returned with a
 * comment, 14 a draft (overdue by the 28th), 15 not started (overdue too). East Kazakhstan's 81 handed in
 * with a text no Aktobe user may see. Q1 2026 gives the baseline of skill levels for 11 and 12.
 */
export async function seedQuarterReports(db: Db): Promise<void> {
  for (const registryNo of [11, 12, 13, 14, 15, 81]) {
    const org = await orgByRegistryNo(db, registryNo);
    await addGroup(db, { organizationId: org.id, name: "Айгөлек", ageBand: "senior", childrenCount: 20, arm: "experimental", createdBy: null });
    await addGroup(db, { organizationId: org.id, name: "Ботақан", ageBand: "preschool", childrenCount: 18, arm: "control", createdBy: null });
  }
  const q4: [number, number] = [2026, 4];
  const onTime = new Date("2026-11-15T06:00:00Z");
  const accepted = await handIn(db, 11, q4, onTime, answers({ best_practice: "Семейный проект «Профессии моих родителей»: папы и мамы приходили в группу", activities: 20 }));
  await acceptReport(db, { reportId: accepted, reviewerId: REVIEWER_ID, now: new Date("2026-11-16T06:00:00Z") });
  await handIn(db, 12, q4, new Date("2026-11-23T06:00:00Z"), answers({ help_text: "Нужны методические пособия на казахском языке" }));
  const returned = await handIn(db, 13, q4, onTime, answers());
  await returnReport(db, { reportId: returned, reviewerId: REVIEWER_ID, fieldComments: { parents: "Проверьте число родителей" }, comment: null, now: new Date("2026-11-17T06:00:00Z") });
  await ensureReport(db, (await orgByRegistryNo(db, 14)).id, (await findPeriod(db, 2026, 4))!.id);
  await handIn(db, 81, q4, onTime, answers({ best_practice: "OTHER-REGION practice", activities: 999 }));

  const q1: [number, number] = [2026, 1];
  for (const registryNo of [11, 12]) {
    await handIn(db, registryNo, q1, new Date("2026-04-01T06:00:00Z"), answers({ exp_high: 2, exp_middle: 10, exp_low: 8, ctl_high: 2, ctl_middle: 9, ctl_low: 7 }));
  }
}
