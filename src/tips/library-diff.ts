import { shorten } from "../shared/message-limits.js";
import { changedFields, partText, type ActivitySnapshot, type ChangedField } from "./library-revisions.js";

/**
 * A short comparison of two revisions that fits one chat message: for each changed field, only the
 * stretch that differs (the common beginning and end cut down to a little context), each side at
 * most `perSide` characters. Long texts (1,800 characters each, two languages) never add up to more
 * than the budget the caller gives.
 */
export interface FieldDiff {
  field: ChangedField;
  /** The changed stretch before and after, with "…" where text was left out; "" when the part was empty. */
  before: string;
  after: string;
}

const CONTEXT = 24;

export function compareSnapshots(before: ActivitySnapshot, after: ActivitySnapshot, budget: number): FieldDiff[] {
  const fields = changedFields(before, after);
  if (fields.length === 0) return [];
  const perSide = Math.max(40, Math.min(400, Math.floor(budget / (fields.length * 2))));
  return fields.map((field) => {
    const [a, b] = values(before, after, field);
    return { field, ...excerpt(a, b, perSide) };
  });
}

function values(before: ActivitySnapshot, after: ActivitySnapshot, field: ChangedField): [string, string] {
  if (field === "ageBands") return [before.ageBands.join(","), after.ageBands.join(",")];
  if (field === "direction" || field === "season" || field === "step" || field === "minutes") return [String(before[field]), String(after[field])];
  const [language, part] = field.split(".") as ["kk" | "ru", Parameters<typeof partText>[2]];
  return [partText(before, language, part), partText(after, language, part)];
}

/** The differing middle of `a` and `b` with a little context around it, each side within `max` characters. */
export function excerpt(a: string, b: string, max: number): { before: string; after: string } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  // Show from the start of the word (and a few words before it), up to the end of the word after.
  const from = contextStart(a, start);
  const side = (text: string): string => {
    if (text === "") return "";
    const to = contextEnd(text, text.length - end);
    const middle = text.slice(from, to);
    const lead = from > 0 ? "…" : "";
    const tail = to < text.length ? "…" : "";
    return shorten(`${lead}${middle}`, max - tail.length) + (middle.length + lead.length <= max - tail.length ? tail : "");
  };
  return { before: side(a), after: side(b) };
}

function contextStart(text: string, at: number): number {
  const from = Math.max(0, at - CONTEXT);
  if (from === 0) return 0;
  const space = text.indexOf(" ", from);
  return space >= 0 && space < at ? space + 1 : from;
}

function contextEnd(text: string, at: number): number {
  const to = Math.min(text.length, at + CONTEXT);
  if (to === text.length) return to;
  const space = text.lastIndexOf(" ", to);
  return space > at ? space : to;
}
