import { z } from "zod";

/**
 * What an announcement may carry to parents and staff: documents people open every day (PDF, Word,
 * Excel) and pictures. Both the declared MIME type and the file name's extension must be on the
 * list and agree with each other — an `.apk` renamed to `.pdf`, or a PDF declared as an Android
 * package, is refused. Executables and archives (apk, exe, zip, rar…) are never on it: an archive
 * hides what it carries, and a parent cannot check either.
 */
export const ALLOWED_DOCUMENTS: Readonly<Record<string, readonly string[]>> = {
  "application/pdf": ["pdf"],
  "image/jpeg": ["jpg", "jpeg"],
  "image/png": ["png"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
};

/**
 * 20 MB: the most a bot can download back through the Bot API (getFile), so every accepted file
 * stays one the bot itself could check or re-send; a bulletin, a poster or a form is far smaller,
 * and a parent on mobile data is not sent more.
 */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

/** What Telegram tells us about a file sent to the bot (nothing of it is trusted alone). */
export const incomingFileSchema = z.object({
  kind: z.enum(["photo", "document"]),
  fileSize: z.number().int().nonnegative().optional(),
  mimeType: z.string().optional(),
  fileName: z.string().optional(),
});
export type IncomingFile = z.infer<typeof incomingFileSchema>;

export type AttachmentVerdict = { ok: true } | { ok: false; reason: "broadcast-error-attachment-type" | "broadcast-error-attachment-size" };

export function checkAttachment(file: IncomingFile): AttachmentVerdict {
  if (file.fileSize !== undefined && file.fileSize > ATTACHMENT_MAX_BYTES) return { ok: false, reason: "broadcast-error-attachment-size" };
  // A photo is re-encoded by Telegram as a JPEG (10 MB at most): nothing of the sender's file is left to check.
  if (file.kind === "photo") return { ok: true };
  // A document of unknown size is refused: the cap must hold for every file that goes out.
  if (file.fileSize === undefined) return { ok: false, reason: "broadcast-error-attachment-size" };
  const mime = file.mimeType?.toLowerCase().split(";")[0]?.trim() ?? "";
  const extensions = ALLOWED_DOCUMENTS[mime];
  const extension = /\.([a-z0-9]{1,10})$/i.exec(file.fileName ?? "")?.[1]?.toLowerCase();
  if (!extensions || !extension || !extensions.includes(extension)) return { ok: false, reason: "broadcast-error-attachment-type" };
  return { ok: true };
}
