import { I18n } from "@grammyjs/i18n";
import { fileURLToPath } from "node:url";
import type { BotContext } from "./context.js";

export const localesDirectory = fileURLToPath(new URL("../../locales", import.meta.url)).replace(/\/$/, "");

/** Fluent translations; the locale is the user's stored language (loaded once per update). */
export function createI18n(): I18n<BotContext> {
  return new I18n<BotContext>({
    defaultLocale: "ru",
    directory: localesDirectory,
    useSession: false,
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => ctx.user?.language ?? "ru",
  });
}
