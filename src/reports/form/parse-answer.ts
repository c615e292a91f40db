import { z } from "zod";
import type { AnswerValue, FieldDef } from "./types.js";

/** What the person did: typed text, sent a photo, or pressed an option button. */
export type AnswerInput = { kind: "text"; text: string } | { kind: "photo"; fileId: string } | { kind: "option"; value: string };

export type ParseResult = { ok: true; value: AnswerValue } | { ok: false; errorKey: string; params?: Record<string, string | number> };

const wholeNumber = z
  .string()
  .trim()
  .regex(/^[+-]?\d{1,9}$/)
  .transform(Number);

/**
 * Turns one input into the field's value, or says why not (a Fluent key with parameters). Multi
 * choices and photos are collected by the walker; here they are validated one option/photo at a time.
 */
export function parseAnswer(field: FieldDef, input: AnswerInput): ParseResult {
  switch (field.type) {
    case "integer": {
      if (input.kind !== "text") return { ok: false, errorKey: "report-error-expected-number" };
      const parsed = wholeNumber.safeParse(input.text.replace(/\s/g, ""));
      if (!parsed.success) return { ok: false, errorKey: "report-error-not-a-number", params: { min: String(field.min), max: String(field.max) } };
      if (parsed.data < field.min || parsed.data > field.max) {
        return { ok: false, errorKey: "report-error-out-of-range", params: { min: String(field.min), max: String(field.max) } };
      }
      return { ok: true, value: parsed.data };
    }
    case "text": {
      if (input.kind !== "text") return { ok: false, errorKey: "report-error-expected-text" };
      const text = input.text.trim();
      if (text.length === 0) return { ok: false, errorKey: "report-error-expected-text" };
      if (text.length > field.maxLength) return { ok: false, errorKey: "report-error-too-long", params: { max: String(field.maxLength), length: String(text.length) } };
      return { ok: true, value: text };
    }
    case "choice":
    case "multi": {
      if (input.kind !== "option") return { ok: false, errorKey: "report-error-use-buttons" };
      if (!field.options.some((o) => o.value === input.value)) return { ok: false, errorKey: "report-error-use-buttons" };
      return { ok: true, value: input.value };
    }
    case "yesno": {
      if (input.kind !== "option" || (input.value !== "yes" && input.value !== "no")) return { ok: false, errorKey: "report-error-use-buttons" };
      return { ok: true, value: input.value === "yes" };
    }
    case "photos": {
      if (input.kind !== "photo") return { ok: false, errorKey: "report-error-expected-photo", params: { max: String(field.max) } };
      return { ok: true, value: input.fileId };
    }
  }
}

/** The zod schema of a complete set of answers, derived from the same definition (used on submit and by exports). */
export function answerSchemaFor(fields: FieldDef[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    let schema: z.ZodType;
    switch (field.type) {
      case "integer":
        schema = z.number().int().min(field.min).max(field.max);
        break;
      case "text":
        schema = z.string().min(1).max(field.maxLength);
        break;
      case "choice":
        schema = z.enum(field.options.map((o) => o.value) as [string, ...string[]]);
        break;
      case "multi":
        schema = z.array(z.enum(field.options.map((o) => o.value) as [string, ...string[]]));
        break;
      case "yesno":
        schema = z.boolean();
        break;
      case "photos":
        schema = z.array(z.string()).max(field.max);
        break;
    }
    shape[field.key] = schema.nullable().optional();
  }
  return z.object(shape);
}
