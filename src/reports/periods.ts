import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client.js";
import { reportingPeriods } from "../db/schema/index.js";
import { writeAudit } from "../registration/audit.js";

/**
 * Reporting periods are data administrators set. Dates are calendar days in Asia/Almaty (UTC+5 all
 * year since 1 March 2024): a period is open from the start of `opensOn` to the end of `dueOn`.
 */
export type ReportingPeriod = typeof reportingPeriods.$inferSelect;
type PeriodDays = Pick<ReportingPeriod, "opensOn" | "dueOn">;

const ALMATY_OFFSET = "+05:00";
const DAY_MS = 24 * 60 * 60 * 1000;

/** 00:00 of a calendar day in Asia/Almaty. */
function startOfAlmatyDay(day: string): Date {
  return new Date(`${day}T00:00:00${ALMATY_OFFSET}`);
}

/** When the period opens: the start of its opening day in Asia/Almaty. */
export function periodOpensAt(period: Pick<ReportingPeriod, "opensOn">): Date {
  return startOfAlmatyDay(period.opensOn);
}

/** The end of the due day in Asia/Almaty: the instant the next day begins (exclusive bound). */
export function periodDueEnd(period: Pick<ReportingPeriod, "dueOn">): Date {
  return new Date(startOfAlmatyDay(period.dueOn).getTime() + DAY_MS);
}

/** Whether something handed in at `at` is late: after the due day has ended in Asia/Almaty. */
export function isLate(period: Pick<ReportingPeriod, "dueOn">, at: Date): boolean {
  return at.getTime() >= periodDueEnd(period).getTime();
}

/**
 * The calendar quarter a reporting period is about, as Asia/Almaty days [from, to) — what happened
 * in the quarter (activities sent, seminars held), as opposed to the period's reporting window.
 */
export function calendarQuarterDays(period: Pick<ReportingPeriod, "year" | "quarter">): { from: string; to: string } {
  const month = (q: number) => String(3 * (q - 1) + 1).padStart(2, "0");
  const from = `${period.year}-${month(period.quarter)}-01`;
  const to = period.quarter === 4 ? `${period.year + 1}-01-01` : `${period.year}-${month(period.quarter + 1)}-01`;
  return { from, to };
}

/** The same calendar quarter as instants: 00:00 in Asia/Almaty of its first day and of the next quarter's. */
export function calendarQuarterRange(period: Pick<ReportingPeriod, "year" | "quarter">): { from: Date; to: Date } {
  const { from, to } = calendarQuarterDays(period);
  return { from: startOfAlmatyDay(from), to: startOfAlmatyDay(to) };
}

export function isOpen(period: PeriodDays, at: Date): boolean {
  return at.getTime() >= periodOpensAt(period).getTime() && !isLate(period, at);
}

export function listPeriods(db: Db): Promise<ReportingPeriod[]> {
  return db.select().from(reportingPeriods).orderBy(asc(reportingPeriods.year), asc(reportingPeriods.quarter));
}

export async function getPeriod(db: Db, id: number): Promise<ReportingPeriod | undefined> {
  const [row] = await db.select().from(reportingPeriods).where(eq(reportingPeriods.id, id));
  return row;
}

/** The period open at `now`; when several overlap, the latest (by year and quarter). */
export async function findOpenPeriod(db: Db, now: Date): Promise<ReportingPeriod | undefined> {
  const open = (await listPeriods(db)).filter((p) => isOpen(p, now));
  return open.at(-1);
}

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "must be a date YYYY-MM-DD", abort: true })
  .refine((day) => {
    const date = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
  }, "is not a calendar date");

/** Each field on its own, so the CLI and the bot can say exactly which argument is wrong. */
export const periodFields = {
  year: z.coerce.number({ error: "must be a year" }).int("must be a year").min(2020, "must be 2020..2100").max(2100, "must be 2020..2100"),
  quarter: z.coerce.number({ error: "must be 1, 2, 3 or 4" }).int("must be 1, 2, 3 or 4").min(1, "must be 1, 2, 3 or 4").max(4, "must be 1, 2, 3 or 4"),
  day: isoDay,
};

export const periodInputSchema = z
  .object({ year: periodFields.year, quarter: periodFields.quarter, opensOn: periodFields.day, dueOn: periodFields.day })
  .refine((p) => p.opensOn <= p.dueOn, { message: "the opening date must not be after the due date", path: ["dueOn"] });
export type PeriodInput = z.input<typeof periodInputSchema>;

/** Creates the period or moves its dates; validated (quarter 1..4, YYYY-MM-DD dates, opensOn <= dueOn). */
export async function upsertPeriod(
  db: Db,
  input: PeriodInput,
  actorId: number | null = null,
): Promise<{ period: ReportingPeriod; created: boolean }> {
  const data = periodInputSchema.parse(input);
  const [existing] = await db
    .select()
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.year, data.year), eq(reportingPeriods.quarter, data.quarter)));
  const [period] = await db
    .insert(reportingPeriods)
    .values(data)
    .onConflictDoUpdate({
      target: [reportingPeriods.year, reportingPeriods.quarter],
      set: { opensOn: data.opensOn, dueOn: data.dueOn },
    })
    .returning();
  await writeAudit(db, {
    actorId,
    action: "period.set",
    details: { year: data.year, quarter: data.quarter, opensOn: data.opensOn, dueOn: data.dueOn, ...(existing ? { before: { opensOn: existing.opensOn, dueOn: existing.dueOn } } : {}) },
  });
  return { period: period!, created: !existing };
}
