import type { Language } from "../registration/roles.js";
import { CAPTION_LIMIT, MESSAGE_TEXT_LIMIT } from "../shared/message-limits.js";
import { attachmentSchema, buttonsSchema, localizedTextSchema, paramsSchema, type Attachment } from "./message.js";

export type Translate = (locale: Language, key: string, params?: Record<string, string | number>) => string;

export interface RenderedMessage {
  /** The message text, or the caption when there is an attachment. */
  text: string;
  replyMarkup?: { inline_keyboard: { text: string; callback_data: string }[][] };
  attachment?: Attachment;
}


/** Thrown when a stored row cannot be rendered (bad params or buttons): the row fails, never retried. */
export class RenderError extends Error {}

/**
 * Renders an outbox row in the recipient's language at send time. Parameters given per language
 * ({ kk, ru }) are resolved first; buttons are one per row, labels from the locale files.
 */
export function createRenderer(translate: Translate, fallbackLanguage: Language = "ru") {
  return (row: { templateKey: string; params: unknown; buttons: unknown; attachment?: unknown }, language: Language | null): RenderedMessage => {
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
    let attachment: Attachment | undefined;
    if (row.attachment !== null && row.attachment !== undefined) {
      const parsed = attachmentSchema.safeParse(row.attachment);
      if (!parsed.success) throw new RenderError(`invalid attachment: ${parsed.error.message}`);
      attachment = parsed.data;
    }
    const limit = attachment ? CAPTION_LIMIT : MESSAGE_TEXT_LIMIT;
    if (text.length > limit) throw new RenderError(`${attachment ? "caption" : "text"} of ${text.length} characters is over ${limit}`);
    const message: RenderedMessage = attachment ? { text, attachment } : { text };
    if (row.buttons === null || row.buttons === undefined) return message;
    const buttons = buttonsSchema.safeParse(row.buttons);
    if (!buttons.success) throw new RenderError(`invalid buttons: ${buttons.error.message}`);
    if (buttons.data.length === 0) return message;
    return {
      ...message,
      replyMarkup: { inline_keyboard: buttons.data.map((b) => [{ text: translate(lang, b.textKey), callback_data: b.callbackData }]) },
    };
  };
}

export type Renderer = ReturnType<typeof createRenderer>;
