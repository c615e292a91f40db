import type { Language } from "../registration/roles.js";
import { activityTextSchema, type ActivityText } from "./library/schema.js";

/**
 * The `tips-weekly` template's parameters for one language, as a direct reply (/tip) needs them.
 * The weekly plan builds the same parameters in SQL (plan-week.ts) for both languages at once;
 * a spec checks that the two render alike.
 */
export function tipParams(content: unknown, minutes: number, language: Language): Record<string, string | number> {
  const text: ActivityText = activityTextSchema.parse((content as Record<string, unknown>)[language]);
  return {
    title: text.title,
    activity: text.activity,
    words: text.words.join(", "),
    safety: text.safety ?? "",
    youngest: text.youngest ?? "",
    hasSafety: text.safety ? 1 : 0,
    hasYoungest: text.youngest ? 1 : 0,
    minutes,
  };
}
