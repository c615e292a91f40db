import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/** Telegram's initData older than this is refused (the page is reopened from /status for a fresh one). */
export const INIT_DATA_MAX_AGE_SECONDS = 60 * 60;

/** Why the page's request was refused; the page shows each in the user's language. */
export type InitDataRefusal = "missing" | "forged" | "expired";

const userSchema = z.object({ id: z.number().int().positive(), language_code: z.string().optional() });

export type VerifiedInitData = { ok: true; userId: number; languageCode?: string; authDate: Date } | { ok: false; reason: InitDataRefusal };

/** The key Telegram signs a bot's Mini App data with: HMAC-SHA256 of the bot token, keyed by "WebAppData". */
export function initDataSecret(botToken: string): Buffer {
  return createHmac("sha256", "WebAppData").update(botToken).digest();
}

/** Every field but `hash`, sorted by key, as `key=value` lines (values URL-decoded): what the hash signs. */
export function dataCheckString(fields: [string, string][]): string {
  return fields
    .filter(([key]) => key !== "hash")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join("\n");
}

/**
 * Checks a Mini App's `initData` as Telegram's documentation describes ("Validating data received
 * via the Mini App"): hash = HMAC-SHA256(data_check_string, secret), compared in constant time;
 * then refuses data signed more than an hour before `now` (or in the future beyond a minute of
 * clock skew). A field given twice is forged (the check string would be ambiguous).
 */
export function verifyInitData(raw: string | undefined, secret: Buffer, now: Date, maxAgeSeconds = INIT_DATA_MAX_AGE_SECONDS): VerifiedInitData {
  if (!raw) return { ok: false, reason: "missing" };
  const fields = [...new URLSearchParams(raw).entries()];
  const keys = new Set(fields.map(([key]) => key));
  const hash = fields.find(([key]) => key === "hash")?.[1];
  if (keys.size !== fields.length || !hash || !/^[0-9a-f]{64}$/.test(hash)) return { ok: false, reason: "forged" };
  const expected = createHmac("sha256", secret).update(dataCheckString(fields)).digest();
  if (!timingSafeEqual(expected, Buffer.from(hash, "hex"))) return { ok: false, reason: "forged" };
  const authSeconds = Number(fields.find(([key]) => key === "auth_date")?.[1]);
  if (!Number.isSafeInteger(authSeconds)) return { ok: false, reason: "forged" };
  const ageSeconds = now.getTime() / 1000 - authSeconds;
  if (ageSeconds > maxAgeSeconds || ageSeconds < -60) return { ok: false, reason: "expired" };
  let user: z.infer<typeof userSchema>;
  try {
    const parsed = userSchema.safeParse(JSON.parse(fields.find(([key]) => key === "user")?.[1] ?? "null"));
    if (!parsed.success) return { ok: false, reason: "forged" };
    user = parsed.data;
  } catch {
    return { ok: false, reason: "forged" };
  }
  return { ok: true, userId: user.id, ...(user.language_code ? { languageCode: user.language_code } : {}), authDate: new Date(authSeconds * 1000) };
}
