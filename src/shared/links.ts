/**
 * Finds something in a text that a reader could follow as a link: a URL with a scheme (also written
 * `hxxp`, with spaces, or with the dot as `[.]`/`(dot)`), `www.`, Telegram's `t.me/…` and
 * `@username`, an e-mail address, an IP address, or a bare domain such as `example.com/xyz` or
 * `сайт.рф`. Used where a text goes out to many people under an official name and must carry no
 * link at all. Meant for Kazakh and Russian prose: a Latin word with a dot and letters after it
 * (`Lego.Ok`) counts as a link, which such texts hardly ever need.
 */
export function findLink(text: string): string | null {
  const plain = normalise(text);
  for (const candidate of [plain, withoutSpacesAroundDots(plain)]) {
    for (const pattern of PATTERNS) {
      const match = pattern.exec(candidate);
      if (match) return match[0].trim();
    }
  }
  // Letters spaced out to hide a scheme or a host: "h t t p s : / /", "w w w . x", "t . me / x".
  const squeezed = plain.replace(/\s+/g, "");
  for (const pattern of SQUEEZED_PATTERNS) {
    const match = pattern.exec(squeezed);
    if (match) return match[0];
  }
  return null;
}

/** Unicode look-alikes folded (NFKC: full-width letters, ligatures), invisible characters dropped, written-out dots made dots. */
function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g, "")
    .toLowerCase()
    .replace(/\s*(?:\[\s*(?:\.|dot|точка|нүкте)\s*\]|\(\s*(?:\.|dot|точка|нүкте)\s*\)|\{\s*(?:\.|dot)\s*\}|<\s*(?:\.|dot)\s*>)\s*/g, ".")
    .replace(/\s+(?:dot)\s+/g, ".")
    .replace(/[。．｡]/g, ".")
    .replace(/[⁄∕／]/g, "/");
}

/**
 * "example . com" → "example.com" where the dot is between two Latin words (prose puts a space after
 * a full stop, not before it); "example. com" only before a common top-level domain.
 */
function withoutSpacesAroundDots(text: string): string {
  return text
    .replace(/([a-z0-9])\s+\.\s*([a-z])/g, "$1.$2")
    .replace(new RegExp(`([a-z0-9])\\.\\s+(${COMMON_TLDS.join("|")})(?![\\p{L}\\p{N}])`, "gu"), "$1.$2");
}

const COMMON_TLDS = ["com", "net", "org", "kz", "ru", "info", "me", "io", "ly", "xyz", "site", "online", "top", "biz", "su", "uz", "kg", "co", "app", "link", "click", "shop", "pro"];

/** Top-level domains in Cyrillic that a Kazakh or Russian reader would take for an address. */
const CYRILLIC_TLDS = ["рф", "қаз", "каз", "рус", "дети", "онлайн", "сайт", "орг", "ком", "бел", "укр", "срб", "мкд", "мон", "москва"];

const PATTERNS: RegExp[] = [
  // A scheme, however disguised: http, https, hxxp, h**p, ftp, tg, also with spaces before "//".
  /\b(?:h[t*x]{2}ps?|ftp|tg|file|javascript|data)\s*:\s*\/*\s*\/*\s*\S*/u,
  /(?<![\p{L}\p{N}])www\d{0,3}\.\S+/u,
  // Telegram: t.me/…, telegram.me/…, telegram.dog/…, and @usernames (5–32 of a–z 0–9 _).
  /(?<![\p{L}\p{N}])(?:t|telegram)\.(?:me|dog)\s*\/\s*\S*/u,
  /(?<![\p{L}\p{N}_@.])@[a-z][a-z0-9_]{3,31}(?![a-z0-9_])/u,
  // E-mail.
  /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}/u,
  // An IP address.
  /(?<![\p{N}.])\d{1,3}(?:\.\d{1,3}){3}(?![\p{N}])/u,
  // A bare domain: Latin labels (one with a letter) and a Latin top-level domain, or punycode.
  /(?<![\p{L}\p{N}_@-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*(?:[a-z0-9-]*[a-z][a-z0-9-]*|xn--[a-z0-9-]+)\.(?:[a-z]{2,24}|xn--[a-z0-9-]+)(?![\p{L}\p{N}_-])(?:[/:?#]\S*)?/u,
  // A bare domain in Cyrillic: any label and one of the Cyrillic top-level domains.
  new RegExp(`(?<![\\p{L}\\p{N}_@-])[\\p{L}\\p{N}-]+\\.(?:${CYRILLIC_TLDS.join("|")})(?![\\p{L}\\p{N}_-])(?:[/:?#]\\S*)?`, "u"),
];

const SQUEEZED_PATTERNS: RegExp[] = [/(?:h[t*x]{2}ps?|ftp):\/\/\S*/u, /www\d{0,3}\.[a-z0-9-]{2,}/u, /(?:t|telegram)\.(?:me|dog)\/[a-z0-9_+]{2,}/u];
