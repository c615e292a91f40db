import type { Language } from "../registration/roles.js";
import type { MessageButtons, MessageParams } from "../delivery/message.js";
import { activityTextSchema, type ActivityText } from "./library/schema.js";
import { tipCallbacks } from "./tip-callbacks.js";

/** The `tips-weekly` template's parameters for one language, as a direct reply (/tip) needs them. */
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

/**
 * The same parameters in both languages, as the outbox renderer takes them ({ kk, ru } per part):
 * what a planned activity's reference becomes when it is sent, from the activity's text then.
 */
export function tipParamsBoth(content: unknown, minutes: number): MessageParams {
  const kk = tipParams(content, minutes, "kk");
  const ru = tipParams(content, minutes, "ru");
  const params: MessageParams = {};
  for (const key of Object.keys(ru)) {
    const [k, r] = [kk[key]!, ru[key]!];
    params[key] = typeof r === "number" && k === r ? r : { kk: String(k), ru: String(r) };
  }
  return params;
}

/** The answer buttons under a weekly activity: labels are locale keys, rendered at send time. */
export function tipButtons(deliveryId: number): MessageButtons {
  return [
    { textKey: "tips-button-done", callbackData: tipCallbacks.feedback.pack(deliveryId, "done") },
    { textKey: "tips-button-too-hard", callbackData: tipCallbacks.feedback.pack(deliveryId, "too_hard") },
    { textKey: "tips-button-not-for-us", callbackData: tipCallbacks.feedback.pack(deliveryId, "not_for_us") },
  ];
}
