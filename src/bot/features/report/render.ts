import { InlineKeyboard } from "grammy";
import { applicableFields, isRequired } from "../../../reports/form/rules.js";
import type { AnswerValue, Answers, FieldDef, FormContext, FormDefinition } from "../../../reports/form/types.js";
import type { WalkerView } from "../../../reports/report-walker.js";
import type { BotContext } from "../../context.js";
import { reportCb } from "./callbacks.js";
import { formatValue } from "../../../reports/form/answer-text.js";

type Translate = BotContext["t"];
const SUMMARY_TEXT_LIMIT = 300;

function hint(t: Translate, field: FieldDef): string {
  switch (field.type) {
    case "integer":
      return t("report-hint-integer", { min: String(field.min), max: String(field.max) });
    case "text":
      return t("report-hint-text", { max: String(field.maxLength) });
    case "multi":
      return t("report-hint-multi");
    case "photos":
      return t("report-hint-photos", { max: String(field.max) });
    default:
      return t("report-hint-choice");
  }
}

export function questionText(ctx: BotContext, view: Extract<WalkerView, { kind: "question" }>): string {
  const { t } = ctx;
  const { field, form, answers, context } = view;
  // A follow-up (a description asked only when the count above it is > 0) shares its question's
  // number, so the count does not jump when it appears: "5 of 16", then "5 of 16, a detail".
  const followUpOf = (f: FieldDef) => (f.showIf?.kind === "answered-above" ? f.showIf.field : null);
  const numbered = applicableFields(form, answers, context).filter((f) => followUpOf(f) === null);
  const parent = followUpOf(field);
  const position = numbered.findIndex((f) => f.key === (parent ?? field.key)) + 1;
  const parts: string[] = [];
  if (view.error) parts.push(`⚠️ ${t(view.error.key, view.error.params)}`);
  if (view.notice) parts.push(t(view.notice.key, view.notice.params));
  if (view.comment) parts.push(t("report-returned-comment", { comment: view.comment }));
  const positionText = t(parent ? "ux-report-question-follow-up" : "report-question-position", { position, total: numbered.length });
  parts.push(`${positionText}\n${t(field.labelKey)}${isRequired(field, context) ? "" : ` ${t("report-optional-mark")}`}`);
  if (field.hasHelp) parts.push(t(`${field.labelKey}-help`));
  if (field.type !== "multi" && field.type !== "photos" && field.key in answers && answers[field.key] !== undefined) {
    parts.push(t("report-current-answer", { value: formatValue(t, field, answers[field.key]) }));
  }
  parts.push(hint(t, field));
  return parts.join("\n\n");
}

export function questionKeyboard(ctx: BotContext, view: Extract<WalkerView, { kind: "question" }>): InlineKeyboard | undefined {
  const { t } = ctx;
  const { field, fieldIndex, answers, context } = view;
  const keyboard = new InlineKeyboard();
  switch (field.type) {
    case "choice":
      field.options.forEach((o, i) => keyboard.text(t(o.labelKey), reportCb.option.pack(fieldIndex, i)).row());
      break;
    case "multi": {
      const selected = Array.isArray(answers[field.key]) ? (answers[field.key] as string[]) : [];
      field.options.forEach((o, i) => keyboard.text(`${selected.includes(o.value) ? "✅" : "▫️"} ${t(o.labelKey)}`, reportCb.option.pack(fieldIndex, i)).row());
      keyboard.text(t("report-button-done"), reportCb.done.pack(fieldIndex));
      break;
    }
    case "yesno":
      keyboard.text(t("report-value-yes"), reportCb.option.pack(fieldIndex, 0)).text(t("report-value-no"), reportCb.option.pack(fieldIndex, 1));
      break;
    case "photos":
      keyboard.text(t("report-button-photos-done"), reportCb.done.pack(fieldIndex));
      break;
  }
  if (!isRequired(field, context) && field.type !== "multi" && field.type !== "photos") {
    keyboard.row().text(t("report-button-skip"), reportCb.skip.pack(fieldIndex));
  }
  return keyboard.inline_keyboard.length > 0 && keyboard.inline_keyboard.some((r) => r.length > 0) ? keyboard : undefined;
}

/** The answers, numbered, as the summary and the review show them. */
export function answersText(
  t: Translate,
  form: FormDefinition,
  answers: Answers,
  context: FormContext,
  options: { full?: boolean } = {},
): { text: string; indexes: number[] } {
  const lines: string[] = [];
  const indexes: number[] = [];
  let n = 0;
  form.fields.forEach((field, index) => {
    if (!applicableFields(form, answers, context).includes(field)) return;
    n++;
    indexes.push(index);
    let value = formatValue(t, field, answers[field.key]);
    if (!options.full && value.length > SUMMARY_TEXT_LIMIT) value = `${value.slice(0, SUMMARY_TEXT_LIMIT)}…`;
    lines.push(`${n}. ${t(field.labelKey)}\n    → ${value}`);
  });
  return { text: lines.join("\n"), indexes };
}

export function summaryText(ctx: BotContext, view: Extract<WalkerView, { kind: "summary" }>, organizationName: string): string {
  const { t } = ctx;
  const { text } = answersText(t, view.form, view.answers, view.context);
  const header = t("report-summary-title", { organization: organizationName, year: String(view.period.year), quarter: String(view.period.quarter) });
  const notice = view.notice ? `⚠️ ${t(view.notice.key, view.notice.params)}\n\n` : "";
  return `${notice}${header}\n\n${text}\n\n${t("report-summary-footer")}`;
}

export function summaryKeyboard(ctx: BotContext, view: Extract<WalkerView, { kind: "summary" }>): InlineKeyboard {
  const { indexes } = answersText(ctx.t, view.form, view.answers, view.context);
  const keyboard = new InlineKeyboard();
  indexes.forEach((fieldIndex, i) => {
    keyboard.text(`✏️ ${i + 1}`, reportCb.edit.pack(fieldIndex));
    if ((i + 1) % 5 === 0) keyboard.row();
  });
  keyboard.row().text(ctx.t(view.report.status === "submitted" ? "report-button-resubmit" : "report-button-submit"), reportCb.submit.pack());
  return keyboard;
}
