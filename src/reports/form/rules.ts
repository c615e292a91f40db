import type { Answers, Condition, FieldDef, FormContext, FormDefinition, Rule } from "./types.js";

export function isRequired(field: FieldDef, context: FormContext): boolean {
  return typeof field.required === "boolean" ? field.required : field.required.quarters.includes(context.quarter);
}

export function conditionHolds(condition: Condition | undefined, answers: Answers, context: FormContext): boolean {
  if (!condition) return true;
  switch (condition.kind) {
    case "answered-above": {
      const value = answers[condition.field];
      return typeof value === "number" && value >= condition.min;
    }
    case "arm-has-children":
      return context.armChildren[condition.arm] > 0;
  }
}

/** The fields that apply to this organisation and quarter, given the answers so far. */
export function applicableFields(form: FormDefinition, answers: Answers, context: FormContext): FieldDef[] {
  return form.fields.filter((f) => conditionHolds(f.showIf, answers, context));
}

export function isAnswered(answers: Answers, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(answers, key);
}

/** The next field to ask in a first walk through the form: the first applicable one not answered yet. */
export function nextUnanswered(form: FormDefinition, answers: Answers, context: FormContext): FieldDef | null {
  return applicableFields(form, answers, context).find((f) => !isAnswered(answers, f.key)) ?? null;
}

export interface RuleViolation {
  rule: Rule;
  messageKey: string;
  params: Record<string, number>;
}

/**
 * Checks the cross-field rules whose fields are all answered. A rule over optional fields that were
 * all skipped does not apply; if some are answered, the skipped ones count as missing.
 */
export function checkRules(form: FormDefinition, answers: Answers, context: FormContext, onlyFor?: string): RuleViolation[] {
  const violations: RuleViolation[] = [];
  for (const rule of form.rules) {
    if (onlyFor && !rule.fields.includes(onlyFor)) continue;
    const fields = rule.fields.filter((key) => {
      const field = form.fields.find((f) => f.key === key);
      return field && conditionHolds(field.showIf, answers, context);
    });
    if (fields.length === 0 || !fields.every((key) => isAnswered(answers, key))) continue;
    const values = fields.map((key) => answers[key]);
    if (values.every((v) => v === null)) continue;
    const actual = values.reduce<number>((sum, v) => sum + (typeof v === "number" ? v : 0), 0);
    const expected = context.armChildren[rule.arm];
    if (actual !== expected || values.some((v) => v === null)) {
      violations.push({ rule, messageKey: rule.messageKey, params: { expected, actual } });
    }
  }
  return violations;
}

/** What still stands between the draft and submission: unanswered required fields and broken rules. */
export function missingForSubmission(form: FormDefinition, answers: Answers, context: FormContext): { missing: FieldDef[]; violations: RuleViolation[] } {
  const missing = applicableFields(form, answers, context).filter(
    (f) => !isAnswered(answers, f.key) || (isRequired(f, context) && (answers[f.key] === null || (Array.isArray(answers[f.key]) && (answers[f.key] as string[]).length === 0 && f.type !== "photos"))),
  );
  return { missing, violations: checkRules(form, answers, context) };
}

/** Drops answers to fields that no longer apply (e.g. a description after the count went to 0). */
export function pruneAnswers(form: FormDefinition, answers: Answers, context: FormContext): Answers {
  const keep = new Set(applicableFields(form, answers, context).map((f) => f.key));
  return Object.fromEntries(Object.entries(answers).filter(([key]) => keep.has(key)));
}
