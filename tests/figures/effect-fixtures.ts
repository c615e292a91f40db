import type { Db } from "../../src/db/client.js";
import { memberships, users } from "../../src/db/schema/index.js";
import { findPeriod } from "../../src/figures/period-reports.js";
import { ensureReport, replaceAnswers } from "../../src/reports/report-draft.js";
import { submitReport } from "../../src/reports/submit-report.js";
import { addGroup } from "../../src/reports/groups.js";
import { orgByRegistryNo } from "../helpers/fixtures.js";

const base = { directions: ["medicine"], activities: 10, meetings: 1, parents: 20, zones: 1, zones_description: "Уголок", best_practice: "—", difficulties: "—", help_topics: ["materials"], best_practice_photos: [], help_text: null };

async function handIn(db: Db, registryNo: number, quarter: 1 | 4, skills: [number, number, number, number, number, number]) {
  const org = await orgByRegistryNo(db, registryNo);
  const head = 800_000_000 + org.id;
  await db.insert(users).values({ telegramId: head, language: "ru", languageConfirmed: true }).onConflictDoNothing();
  await db.insert(memberships).values({ userId: head, role: "head", organizationId: org.id, scopeKey: `org:${org.id}` }).onConflictDoNothing();
  const period = (await findPeriod(db, 2026, quarter))!;
  const report = await ensureReport(db, org.id, period.id);
  const [eh, em, el, ch, cm, cl] = skills;
  await replaceAnswers(db, report.id, { ...base, exp_high: eh, exp_middle: em, exp_low: el, ctl_high: ch, ctl_middle: cm, ctl_low: cl } as never);
  const result = await submitReport(db, { reportId: report.id, userId: head, now: quarter === 1 ? new Date("2026-04-01T06:00:00Z") : new Date("2026-11-15T06:00:00Z") });
  if (!result.ok) throw new Error(JSON.stringify(result));
}

/**
 * `count` kindergartens of several regions (registry numbers 1, 6, 11, …): each has 20 children per
 * arm; experimental groups go from 4 to 10 at a high level (+30 points), control from 4 to 6 (+10):
 * the true difference is +20 points in every kindergarten, so the interval is exactly [+20, +20].
 */
export async function seedPilot(db: Db, count: number) {
  for (let i = 0; i < count; i++) {
    const registryNo = 1 + i * 5;
    const org = await orgByRegistryNo(db, registryNo);
    await addGroup(db, { organizationId: org.id, name: "Айгөлек", ageBand: "senior", childrenCount: 20, arm: "experimental", createdBy: null });
    await addGroup(db, { organizationId: org.id, name: "Ботақан", ageBand: "preschool", childrenCount: 20, arm: "control", createdBy: null });
    await handIn(db, registryNo, 1, [4, 10, 6, 4, 10, 6]);
    await handIn(db, registryNo, 4, [10, 8, 2, 6, 10, 4]);
  }
}

