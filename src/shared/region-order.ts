import type { Language } from "../registration/roles.js";

const collators: Record<Language, Intl.Collator> = { kk: new Intl.Collator("kk"), ru: new Intl.Collator("ru") };

/**
 * Regions (or anything named per language) in the reader's alphabetical order: Kazakh collation
 * puts ә after а, ғ after г, қ after к…; a list sorted by Latin region codes reads as random.
 * The one order of regions in /status, the weekly digest, the .xlsx, the charts and the .docx.
 */
export function byRegionName<T>(language: Language, nameOf: (item: T) => { kk: string; ru: string }): (a: T, b: T) => number {
  const collator = collators[language];
  return (a, b) => collator.compare(nameOf(a)[language], nameOf(b)[language]);
}

export function sortRegionsByName<T>(items: readonly T[], language: Language, nameOf: (item: T) => { kk: string; ru: string }): T[] {
  return [...items].sort(byRegionName(language, nameOf));
}
