import { I18n } from "@grammyjs/i18n";
import type { BotContext } from "./context.js";
import { localesDirectory } from "../shared/locale-text.js";

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
