import { I18n } from "@grammyjs/i18n";
import { fileURLToPath } from "node:url";
import type { Language } from "../registration/roles.js";

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** The Fluent files (kk.ftl, ru.ftl) the bot, the files and the Mini App read. */
export const localesDirectory = fileURLToPath(new URL("../../locales", import.meta.url)).replace(/\/$/, "");
let shared: I18n | undefined;

/**
 * Texts of one language outside an update (charts, files, the CLI): the same Fluent files and
 * options as the bot's, loaded once per process.
 */
export function textsFor(language: Language): Translate {
  shared ??= new I18n({ defaultLocale: "ru", directory: localesDirectory, useSession: false, fluentBundleOptions: { useIsolating: false } });
  const i18n = shared;
  return (key, params) => i18n.t(language, key, params);
}
