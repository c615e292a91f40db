import { z } from "zod";
import { languages, type Language } from "../registration/roles.js";

/** A parameter the template receives: a plain value, or one text per language (e.g. a region's name). */
export const localizedTextSchema = z.object({ kk: z.string(), ru: z.string() });
export type LocalizedText = z.infer<typeof localizedTextSchema>;
export const paramsSchema = z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), z.union([z.string(), z.number(), localizedTextSchema]));
export type MessageParams = z.infer<typeof paramsSchema>;

/** Inline buttons stored with the row: the label is a locale key, rendered at send time. */
export const buttonsSchema = z
  .array(
    z.object({
      textKey: z.string().min(1),
      callbackData: z.string().min(1).refine((d) => Buffer.byteLength(d) <= 64, "callback data longer than 64 bytes"),
    }),
  )
  .max(8);
export type MessageButtons = z.infer<typeof buttonsSchema>;

/**
 * A photo or document sent with the rendered text as its caption (≤ 1,024 characters): either a
 * Telegram file_id the bot already has, or a file stored with `storeDeliveryFile` (delivery/files.ts).
 */
export const attachmentSchema = z
  .object({
    type: z.enum(["photo", "document"]),
    telegramFileId: z.string().min(1).max(300).optional(),
    fileId: z.number().int().positive().optional(),
  })
  .strict()
  .refine((a) => (a.telegramFileId === undefined) !== (a.fileId === undefined), "exactly one of telegramFileId and fileId");
export type Attachment = z.infer<typeof attachmentSchema>;

export const priorities = ["urgent", "normal", "bulk"] as const;
export type Priority = (typeof priorities)[number];

/** What a domain service asks to deliver; validated when enqueued. */
export const outboxMessageSchema = z.object({
  chatId: z.number().int(),
  kind: z.string().regex(/^[a-z][a-z0-9-]*$/, "kind is kebab-case"),
  templateKey: z.string().min(1),
  params: paramsSchema.default({}),
  buttons: buttonsSchema.optional(),
  attachment: attachmentSchema.optional(),
  priority: z.enum(priorities).default("normal"),
  /** Same key twice → enqueued once. */
  dedupKey: z.string().min(1).max(300).optional(),
  notBefore: z.date().optional(),
  organizationId: z.number().int().optional(),
});
export type OutboxMessage = z.input<typeof outboxMessageSchema>;

export function isLanguage(value: unknown): value is Language {
  return (languages as readonly unknown[]).includes(value);
}
