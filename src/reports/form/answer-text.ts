import type { Translate } from "../../shared/locale-text.js";
import type { AnswerValue, FieldDef } from "./types.js";

/** One answer as a person reads it, in their language. */
export function formatValue(t: Translate, field: FieldDef, value: AnswerValue | null | undefined): string {
  if (value === undefined) return t("report-value-unanswered");
  if (value === null || (Array.isArray(value) && value.length === 0)) return t("report-value-skipped");
  switch (field.type) {
    case "integer":
      return String(value);
    case "text":
      return String(value);
    case "choice":
      return t(field.options.find((o) => o.value === value)?.labelKey ?? "report-value-unanswered");
    case "multi":
      return (value as string[]).map((v) => t(field.options.find((o) => o.value === v)?.labelKey ?? "report-value-unanswered")).join("; ");
    case "yesno":
      return t(value ? "report-value-yes" : "report-value-no");
    case "photos":
      return t("report-value-photos", { count: (value as string[]).length });
  }
}
