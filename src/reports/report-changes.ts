import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { reportReviews, reportVersions } from "../db/schema/index.js";
import type { Answers, AnswerValue, FormDefinition } from "./form/types.js";

export interface AnswerChange {
  key: string;
  before: AnswerValue | null | undefined;
  after: AnswerValue | null | undefined;
  /** The methodologist's comment when this field was returned. */
  comment?: string;
}

/**
 * What a resubmitted report changed since the version the methodologist returned, field by field
 * in the form's order, with that methodologist's comments. Null when the latest version is not a
 * resubmission after a return.
 */
export async function changesSinceReturn(
  db: Db,
  input: { reportId: number; form: FormDefinition; answers: Answers },
): Promise<{ fromVersion: number; toVersion: number; changes: AnswerChange[] } | null> {
  const [returned] = await db
    .select()
    .from(reportReviews)
    .where(and(eq(reportReviews.reportId, input.reportId), eq(reportReviews.decision, "returned")))
    .orderBy(desc(reportReviews.version))
    .limit(1);
  if (!returned) return null;
  const [latest] = await db.select().from(reportVersions).where(eq(reportVersions.reportId, input.reportId)).orderBy(desc(reportVersions.version)).limit(1);
  if (!latest || latest.version <= returned.version) return null;
  const [before] = await db
    .select()
    .from(reportVersions)
    .where(and(eq(reportVersions.reportId, input.reportId), eq(reportVersions.version, returned.version)));
  if (!before) return null;
  const old = before.answers as Answers;
  const comments = returned.fieldComments ?? {};
  const changes: AnswerChange[] = [];
  for (const field of input.form.fields) {
    const a = old[field.key];
    const b = input.answers[field.key];
    const changed = JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);
    if (changed || field.key in comments) {
      changes.push({ key: field.key, before: a, after: b, ...(field.key in comments ? { comment: comments[field.key] } : {}) });
    }
  }
  return { fromVersion: returned.version, toVersion: latest.version, changes };
}
