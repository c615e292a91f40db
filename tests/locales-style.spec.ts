/**
 * The house rules written at the top of locales/kk.ftl and locales/ru.ftl, kept by tests: buttons that
 * Telegram shows in full, Russian without Kazakh letters, Russian counts that agree with their number,
 * Kazakh without case suffixes glued to numbers, registry names without extra quotes, the ministry's terms.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createI18n } from "../src/bot/i18n.js";
import { roles } from "../src/registration/roles.js";
import { currentForm } from "../src/reports/form/forms.js";
import { ageBands, arms } from "../src/reports/groups.js";
import { directionValues } from "../src/reports/form/v1.js";
import { GROUP_NAME_MAX } from "../src/reports/groups.js";
import { BUTTON_TEXT_MAX, regionButtonName } from "../src/bot/format.js";
import { ARCHIVE_BUTTON_NAME_MAX } from "../src/bot/features/groups-view.js";
import { CHILD_BUTTON_GROUP_MAX } from "../src/bot/features/tips/child.js";

const BUTTON_MAX = 25;
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
/** The pilot's official title is Kazakh in every language; the first prompt is bilingual on purpose. */
const OFFICIAL_TITLE = "«Ерте жастан еңбекке және кәсіпке баулу»";
const BILINGUAL_KEYS = new Set(["language-first-prompt"]);

const i18n = createI18n();
const locales = ["kk", "ru"] as const;

/** Each message of a locale file: key → its value as written (continuation lines joined, comments left out). */
function messagesOf(text: string): Map<string, string> {
  const result = new Map<string, string>();
  let current: string | undefined;
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const start = /^([a-z][a-z0-9-]*)\s*=\s?(.*)$/.exec(line);
    if (start) {
      current = start[1]!;
      result.set(current, start[2]!);
    } else if (current && /^\s/.test(line)) {
      result.set(current, `${result.get(current)}\n${line.trim()}`);
    } else if (line.trim() !== "") {
      current = undefined;
    }
  }
  return result;
}
const fileText = (locale: string) => readFileSync(new URL(`../locales/${locale}.ftl`, import.meta.url), "utf8");
const messages = { kk: messagesOf(fileText("kk")), ru: messagesOf(fileText("ru")) };

const graphemes = (s: string) => [...new Intl.Segmenter("ru", { granularity: "grapheme" }).segment(s)].length;

/** The regions as the migrations leave them: the seed (0001) with the Russian names of 0011. */
const regions = (() => {
  const read = (name: string) => readFileSync(new URL(`../migrations/${name}`, import.meta.url), "utf8");
  const list = [...read("0001_seed_registry.sql").matchAll(/\('([a-z-]+)', '([^']+)', '([^']+)'\)/g)].map(([, code, nameKk, nameRu]) => ({ code: code!, nameKk: nameKk!, nameRu: nameRu! }));
  for (const [, nameRu, code] of read("0011_region_names_ru.sql").matchAll(/SET "name_ru" = '([^']+)' WHERE "code" = '([a-z-]+)'/g)) {
    list.find((r) => r.code === code)!.nameRu = nameRu!;
  }
  return list;
})();

/** Placeables the code cuts before it puts them on a button: the length it cuts them to. */
const cutByCode: Record<string, Record<string, number>> = {
  "groups-button-archive": { name: ARCHIVE_BUTTON_NAME_MAX },
  "child-button-remove": { group: CHILD_BUTTON_GROUP_MAX },
};

/**
 * The longest value each placeable takes at national size: the longest region name (or the national
 * scope), an organisation's name of 300 characters, a group's name of 60, a million recipients; small
 * numbers (quarter, year, a position among a parent's kindergartens, the expiry days offered) as the
 * code bounds them. Unknown names get the largest count, so a new placeable is tested long.
 */
function longestValues(locale: "kk" | "ru", key: string, names?: string[]): Record<string, string | number> {
  const placeables = names ?? [...(messages[locale].get(key) ?? "").matchAll(/\{\s*\$([a-zA-Z]+)/g)].map(([, v]) => v!);
  const regionNames = [...regions.map((r) => (locale === "kk" ? r.nameKk : r.nameRu)), i18n.t(locale, "seminar-scope-national")];
  const longestRegion = regionNames.reduce((a, b) => (b.length > a.length ? b : a));
  const text = (n: number) => (locale === "kk" ? "Күншуақ балабақшасы " : "Детский сад Солнышко ").repeat(20).slice(0, n);
  const values: Record<string, string | number> = {
    region: longestRegion,
    scope: longestRegion,
    organization: text(300),
    name: text(GROUP_NAME_MAX),
    group: text(GROUP_NAME_MAX),
    quarter: 4,
    year: 2026,
    index: 99,
    days: 365,
    minutes: 480,
  };
  const result: Record<string, string | number> = {};
  for (const name of placeables) {
    const value = values[name] ?? 1_000_000;
    const cut = cutByCode[key]?.[name];
    result[name] = cut !== undefined && typeof value === "string" ? value.slice(0, cut) : value;
  }
  return result;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** The values a `t(\`prefix-${…}\`)` on a button can take. A new templated button key is taught here. */
const templateValues: Record<string, readonly string[]> = {
  "groups-age-button": ageBands,
  "groups-arm": arms,
  "groups-arm-short": arms,
  "form-v1-direction": directionValues,
  "tips-weekday": ["1", "2", "3", "4", "5", "6", "7"],
  "broadcast-target": ["heads", "methodologists", "parents"],
  role: roles,
  "approval-button-approve": ["centre", "department", "institute"],
};

/**
 * Every locale key that the code puts on an inline button, with the mark the code adds in front of it:
 * literal keys and templated keys on `.text(…)` and `{ text: …, data: … }` lines in src/, the report
 * form's options (multiple choice ones get ✅/▫️), and by convention every key named *-button-*.
 */
function buttonKeys(): { keys: Map<string, string>; unknownTemplates: string[] } {
  const keys = new Map<string, string>();
  const unknownTemplates: string[] = [];
  const allKeys = [...messages.ru.keys()];
  for (const key of allKeys) if (/-button-/.test(key)) keys.set(key, "");
  for (const file of sourceFiles(new URL("../src", import.meta.url).pathname)) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!/\.text\(|\{\s*text:.*\bdata:/.test(line)) continue;
      for (const m of line.matchAll(/\bt\(\s*"([a-z][a-z0-9-]*)"/g)) keys.set(m[1]!, keys.get(m[1]!) ?? "");
      for (const m of line.matchAll(/\bt\(\s*`([a-z][a-z0-9-]*)-\$\{/g)) {
        const values = templateValues[m[1]!];
        if (!values) unknownTemplates.push(`${file}: ${m[1]}-\${…}`);
        for (const v of values ?? []) keys.set(`${m[1]}-${v}`, "");
      }
    }
  }
  for (const field of currentForm.fields) {
    if (field.type !== "choice" && field.type !== "multi") continue;
    for (const option of field.options) keys.set(option.labelKey, field.type === "multi" ? "✅ " : "");
  }
  return { keys, unknownTemplates };
}

/** `{ $n } noun` in Russian where the noun does not follow the number: what the plural test looks for. */
function russianCountsWithoutPlural(messages: Map<string, string>): string[] {
  const countLike = /^(n|count|.*Count|total|days|hours|minutes|children|length|min|max|expected|actual|experimental|control|parents|photos|sent|done|position)$/;
  // Words that may follow a number as they are: prepositions, conjunctions, and «фото», which does not change.
  const free = new Set(["фото", "из", "и", "или", "а", "до", "по", "от", "в", "на"]);
  const problems: string[] = [];
  for (const [key, value] of messages) {
    for (const m of value.matchAll(/(\[[a-z]+\]\s*)?\{\s*\$([a-zA-Z]+)\s*\}\s+([А-Яа-яЁё]+)/g)) {
      const [, variant, variable, word] = m;
      // Inside a variant of a selector («[few] { $days } дня») the noun already follows the number.
      if (variant || !countLike.test(variable!) || free.has(word!.toLowerCase())) continue;
      // The number stands inside a selector on the same count, somewhere in its variant's sentence.
      if (new RegExp(`\\{\\s*\\$${variable}\\s*->`).test(value)) continue;
      problems.push(`${key}: «{ $${variable} } ${word}» needs { $${variable} -> [one] … [few] … *[many] … } or «label: { $${variable} }»`);
    }
    // Every selector on a count: from «{ $n ->» to the line that closes it.
    for (const m of value.matchAll(/(?:(\S+)\s+(?:\{\s*\$[a-zA-Z]+\s*\}\s*)?)?\{\s*\$([a-zA-Z]+)\s*->([\s\S]*?)(?:\n\}|$)/g)) {
      const [, before, variable, variants] = m;
      if (!countLike.test(variable!)) continue;
      const genitive = /^(до|больше|меньше|более|менее)$/.test((before ?? "").replace(/[^\p{L}]/gu, ""));
      if (!/\[one\]/.test(variants!) || (!genitive && !/\[few\]/.test(variants!))) {
        problems.push(`${key}: the selector on $${variable} needs [one]${genitive ? "" : " and [few]"} variants`);
      }
    }
  }
  return problems;
}

/** Kazakh: a case suffix or «мен/бен/пен» after a number placeable (its form depends on how the number is read). */
function kazakhSuffixesOnNumbers(messages: Map<string, string>): string[] {
  const glued = /\{\s*\$[a-zA-Z]+\s*\}(-(ге|ға|ке|қа|не|на|де|да|те|та|ден|дан|тен|тан|нен|нан|нің|ның|дің|дың|тің|тың|ні|ны|ді|ды|ті|ты|сі|сы|і|ы|мен|бен|пен)(?![а-яәғқңөұүһі])| (мен|бен|пен) )/;
  return [...messages].filter(([, value]) => glued.test(value)).map(([key, value]) => `${key}: ${glued.exec(value)![0]}`);
}

describe("button labels", () => {
  const { keys, unknownTemplates } = buttonKeys();

  it("finds the keys the code puts on buttons (the search itself works)", () => {
    expect(unknownTemplates).toEqual([]);
    for (const key of [
      "leave-button-yes",
      "groups-archive-yes",
      "report-button-take-over",
      "report-button-resubmit",
      "role-head",
      "groups-age-button-preschool",
      "groups-arm-short-experimental",
      "form-v1-direction-household",
      "form-v1-help-topic-monitoring",
      "review-return-button-next",
      "invite-national-button",
    ]) {
      expect(keys.has(key), key).toBe(true);
    }
  });

  it.each(locales)("fit in %s within 25 characters as Telegram shows them, marks included, with the longest real values", (locale) => {
    const tooLong = [...keys]
      .map(([key, mark]) => `${mark}${i18n.t(locale, key, longestValues(locale, key))}`)
      .filter((label) => graphemes(label) > BUTTON_MAX);
    expect(tooLong).toEqual([]);
  });

  it("the longest values are the real ones: a 300-character organisation, a 60-character group, a million recipients, the longest region", () => {
    const ru = longestValues("ru", "any", ["organization", "name", "count", "region"]);
    expect(String(ru.organization)).toHaveLength(300);
    expect(String(ru.name)).toHaveLength(GROUP_NAME_MAX);
    expect(ru.count).toBe(1_000_000);
    expect(ru.region).toBe("Восточно-Казахстанская область");
    expect(longestValues("kk", "any", ["region"]).region).toBe("Солтүстік Қазақстан облысы");
    // A button that carries them overflows: the check above would catch «Заведующим: { $scope }».
    expect(graphemes(i18n.t("ru", "status-title-region", longestValues("ru", "status-title-region")))).toBeGreaterThan(BUTTON_MAX);
  });
});

describe("region names on buttons", () => {
  it.each(locales)("every region's name in %s fits a button alone and after «⬆ », and no two regions look the same", (locale) => {
    const names = regions.map((r) => regionButtonName(r, locale));
    expect(names.filter((n) => graphemes(n) > BUTTON_TEXT_MAX)).toEqual([]);
    expect(regions.map((r) => `⬆ ${regionButtonName(r, locale, 2)}`).filter((n) => graphemes(n) > BUTTON_TEXT_MAX)).toEqual([]);
    expect(new Set(names).size).toBe(regions.length);
    // Names that fit stay whole; only the long ones take their official short names (in Kazakh only «Солтүстік Қазақстан облысы», 26).
    expect(names.filter((n) => !n.includes(" ") && n.length <= 3).sort()).toEqual(locale === "kk" ? ["СҚО"] : ["ВКО", "ЗКО", "СКО"]);
    expect(names.some((n) => n.endsWith("…"))).toBe(false);
  });
});

describe("Russian texts", () => {
  it("have no Kazakh letters in Russian words (only the project's official title and the bilingual first prompt)", () => {
    const offending = [...messages.ru]
      .filter(([key]) => !BILINGUAL_KEYS.has(key))
      .filter(([, value]) => KAZAKH_LETTERS.test(value.replaceAll(OFFICIAL_TITLE, "")))
      .map(([key]) => key);
    expect(offending).toEqual([]);
  });

  it("put a plural selector wherever a number comes before a noun", () => {
    expect(russianCountsWithoutPlural(messages.ru)).toEqual([]);
  });

  it("the plural check catches «22 детей», «до 21 знаков» and a selector without [few]", () => {
    const bad = new Map([
      ["a", "В экспериментальных группах { $expected } детей."],
      ["b", "Слишком длинно: { $length } знаков."],
      ["c", "{ $count } { $count ->\n[one] ребёнок\n*[other] детей\n}"],
      ["d", "{ $days ->\n[one] { $days } день\n*[other] { $days } дней\n}"],
    ]);
    expect(russianCountsWithoutPlural(bad)).toHaveLength(4);
    const good = new Map([
      ["a", "Всего детей: { $expected }. Пришлите до { $max } фото."],
      ["b", "не больше { $max } { $max ->\n[one] знака\n*[many] знаков\n}"],
      ["c", "{ $days ->\n[one] { $days } день\n[few] { $days } дня\n*[many] { $days } дней\n}"],
    ]);
    expect(russianCountsWithoutPlural(good)).toEqual([]);
  });

  it("render counts that agree with the number", () => {
    const line = (children: number) =>
      i18n.t("ru", "groups-line", { index: 1, name: "Солнышко", age: "—", children, arm: "control", status: "—" });
    expect(line(1)).toContain("1 ребёнок");
    expect(line(22)).toContain("22 ребёнка");
    expect(line(25)).toContain("25 детей");
    expect(i18n.t("ru", "report-error-too-long", { max: 21, length: 30 })).toContain("не больше 21 знака");
    expect(i18n.t("ru", "report-error-too-long", { max: 500, length: 502 })).toContain("не больше 500 знаков");
  });
});

describe("Kazakh texts", () => {
  it("glue no case suffix to a number placeable", () => {
    expect(kazakhSuffixesOnNumbers(messages.kk)).toEqual([]);
    expect(kazakhSuffixesOnNumbers(new Map([["a", "{ $min } мен { $max } аралығында"], ["b", "{ $count }-ге дейін"]]))).toHaveLength(2);
    expect(kazakhSuffixesOnNumbers(new Map([["a", "{ $quarter }-тоқсан, { $version }-нұсқа"]]))).toEqual([]);
  });
});

describe("both languages", () => {
  it.each(locales)("%s never wraps a registry name in extra quotes", (locale) => {
    expect([...messages[locale]].filter(([, v]) => /«\s*\{\s*\$organization\s*\}\s*»/.test(v)).map(([k]) => k)).toEqual([]);
  });

  it("call the pilot a project (жоба / проект), never a programme", () => {
    expect([...messages.kk].filter(([, v]) => /бағдарлама/i.test(v)).map(([k]) => k)).toEqual([]);
    expect([...messages.ru].filter(([, v]) => /программ/i.test(v)).map(([k]) => k)).toEqual([]);
  });

  it("open with the rules the next texts follow", () => {
    for (const locale of locales) {
      const head = fileText(locale).split("\n## ")[0]!;
      expect(head).toMatch(/^### /);
      for (const topic of ["Terms", "Buttons", "Registry names", /Numbers|Counts/, /Gender|gender/]) expect(head).toMatch(topic);
    }
  });
});
