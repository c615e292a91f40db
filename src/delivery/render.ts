import type { Language } from "../registration/roles.js";
import { buttonsSchema, localizedTextSchema, paramsSchema } from "./message.js";

export type Translate = (locale: Language, key: string, params?: Record<string, string | number>) => string;

export interface RenderedMessage {
  text: string;
  replyMarkup?: { inline_keyboard: { text: string; callback_data: string }[][] };
}

/** Thrown when a stored row cannot be rendered (bad params or buttons): the row fails, never retried. */
export class RenderError extends Error {}

/**
 * Renders an outbox row in the recipient's language at send time. Parameters given per language
 * ({ kk, ru }) are resolved first; buttons are one per row, labels from the locale files.
 */
export function createRenderer(translate: Translate, fallbackLanguage: Language = "ru") {
  return (row: { templateKey: string; params: unknown; buttons: unknown }, language: Language | null): RenderedMessage => {
    const lang = language ?? fallbackLanguage;
    const params = paramsSchema.safeParse(row.params ?? {});
    if (!params.success) throw new RenderError(`invalid params: ${params.error.message}`);
    const resolved: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(params.data)) {
      const localized = localizedTextSchema.safeParse(value);
      resolved[key] = localized.success ? localized.data[lang] : (value as string | number);
    }
    const text = translate(lang, row.templateKey, resolved);
    if (!text || text === `{${row.templateKey}}`) throw new RenderError(`missing template ${row.templateKey}`);
    if (row.buttons === null || row.buttons === undefined) return { text };
    const buttons = buttonsSchema.safeParse(row.buttons);
    if (!buttons.success) throw new RenderError(`invalid buttons: ${buttons.error.message}`);
    if (buttons.data.length === 0) return { text };
    return {
      text,
      replyMarkup: { inline_keyboard: buttons.data.map((b) => [{ text: translate(lang, b.textKey), callback_data: b.callbackData }]) },
    };
  };
}

export type Renderer = ReturnType<typeof createRenderer>;
