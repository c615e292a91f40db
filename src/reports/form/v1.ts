import type { ChoiceOption, FormDefinition } from "./types.js";

const opts = (prefix: string, values: string[]): ChoiceOption[] => values.map((value) => ({ value, labelKey: `${prefix}-${value}` }));

/** Profession areas of the programme, for "directions of work chosen this quarter". */
export const directionValues = [
  "agriculture",
  "construction",
  "medicine",
  "transport",
  "industry",
  "trade-services",
  "education",
  "culture-arts",
  "digital",
  "household",
] as const;

const helpTopicValues = ["environment", "methods", "parents", "monitoring", "materials"] as const;

const skillLevels = (arm: "experimental" | "control", prefix: "exp" | "ctl") =>
  (["high", "middle", "low"] as const).map((level) => ({
    key: `${prefix}_${level}`,
    type: "integer" as const,
    labelKey: `form-v1-${prefix}-${level}`,
    min: 0,
    max: 1000,
    // The programme observes skills at the start and the end of the year.
    required: { quarters: [1, 4] },
    showIf: { kind: "arm-has-children" as const, arm },
  }));

/** Version 1 of the quarterly report (2026 pilot). */
export const reportFormV1: FormDefinition = {
  version: "2026.1",
  titleKey: "form-v1-title",
  fields: [
    { key: "directions", type: "multi", labelKey: "form-v1-directions", required: true, minSelected: 1, options: opts("form-v1-direction", [...directionValues]) },
    { key: "activities", type: "integer", labelKey: "form-v1-activities", hasHelp: true, required: true, min: 0, max: 1000 },
    { key: "meetings", type: "integer", labelKey: "form-v1-meetings", required: true, min: 0, max: 200 },
    { key: "parents", type: "integer", labelKey: "form-v1-parents", required: true, min: 0, max: 5000 },
    { key: "zones", type: "integer", labelKey: "form-v1-zones", hasHelp: true, required: true, min: 0, max: 50 },
    { key: "zones_description", type: "text", labelKey: "form-v1-zones-description", required: true, maxLength: 500, showIf: { kind: "answered-above", field: "zones", min: 1 } },
    ...skillLevels("experimental", "exp"),
    ...skillLevels("control", "ctl"),
    { key: "best_practice", type: "text", labelKey: "form-v1-best-practice", hasHelp: true, required: true, maxLength: 1500 },
    { key: "best_practice_photos", type: "photos", labelKey: "form-v1-best-practice-photos", required: false, max: 5 },
    { key: "difficulties", type: "text", labelKey: "form-v1-difficulties", required: true, maxLength: 1000 },
    { key: "help_topics", type: "multi", labelKey: "form-v1-help-topics", required: false, minSelected: 0, options: opts("form-v1-help-topic", [...helpTopicValues]) },
    { key: "help_text", type: "text", labelKey: "form-v1-help-text", required: false, maxLength: 1000 },
  ],
  rules: [
    { kind: "sum-equals-arm-children", fields: ["exp_high", "exp_middle", "exp_low"], arm: "experimental", messageKey: "form-v1-rule-exp-sum" },
    { kind: "sum-equals-arm-children", fields: ["ctl_high", "ctl_middle", "ctl_low"], arm: "control", messageKey: "form-v1-rule-ctl-sum" },
  ],
};
