/**
 * A report form is data: fields with a type, labels (Fluent keys, so both languages live in
 * locales/), whether required, and cross-field rules. The walker, the validation, the summary, the
 * review and later exports all read the same definition. Submissions record `version`.
 */
export type Arm = "experimental" | "control";

export interface FormContext {
  quarter: 1 | 2 | 3 | 4;
  /** Children per arm in the organisation's active groups (from its group list). */
  armChildren: Record<Arm, number>;
}

interface FieldBase {
  key: string;
  /** Fluent key of the question; `<labelKey>-help` is shown below it when `hasHelp`. */
  labelKey: string;
  hasHelp?: boolean;
  /** Required always (true), never (false), or only in these quarters. */
  required: boolean | { quarters: number[] };
  /** Ask only when this holds for the answers so far (and the context). */
  showIf?: Condition;
}

export type Condition =
  | { kind: "answered-above"; field: string; min: number }
  | { kind: "arm-has-children"; arm: Arm };

export interface IntegerField extends FieldBase {
  type: "integer";
  min: number;
  max: number;
}
export interface ChoiceOption {
  value: string;
  labelKey: string;
}
export interface ChoiceField extends FieldBase {
  type: "choice";
  options: ChoiceOption[];
}
export interface MultiChoiceField extends FieldBase {
  type: "multi";
  options: ChoiceOption[];
  minSelected: number;
}
export interface YesNoField extends FieldBase {
  type: "yesno";
}
export interface TextField extends FieldBase {
  type: "text";
  maxLength: number;
}
export interface PhotosField extends FieldBase {
  type: "photos";
  max: number;
}

export type FieldDef = IntegerField | ChoiceField | MultiChoiceField | YesNoField | TextField | PhotosField;

/** Cross-field rules, checked when the last of their fields is answered and again before submitting. */
export type Rule = {
  kind: "sum-equals-arm-children";
  fields: string[];
  arm: Arm;
  /** Fluent key of the explanation; gets $expected and $actual. */
  messageKey: string;
};

export interface FormDefinition {
  version: string;
  titleKey: string;
  fields: FieldDef[];
  rules: Rule[];
}

/** Stored answer values: numbers, strings, string arrays (choices, photo file ids), booleans. */
export type AnswerValue = number | string | boolean | string[];
export type Answers = Record<string, AnswerValue | null>;
