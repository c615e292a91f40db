import { describe, expect, it } from "vitest";
import { directionValues } from "../../src/reports/form/v1.js";
import { activityLibrary } from "../../src/tips/library/activities.js";
import {
  ACTIVITY_MESSAGE_BUDGET,
  activityLibrarySchema,
  libraryActivitySchema,
  renderedLength,
  seasons,
  type LibraryActivity,
} from "../../src/tips/library/schema.js";

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;
const languages = ["kk", "ru"] as const;

describe("the weekly activity library", () => {
  it("holds at least 40 activities that pass the schema", () => {
    expect(activityLibrary.length).toBeGreaterThanOrEqual(40);
    const parsed = activityLibrarySchema.safeParse(activityLibrary);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
  });

  it("names each activity by a unique, stable kebab-case slug", () => {
    const slugs = activityLibrary.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.filter((s) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s))).toEqual([]);
  });

  it("covers every direction of work at least 3 times and every season", () => {
    for (const direction of directionValues) {
      expect(activityLibrary.filter((a) => a.direction === direction).length, direction).toBeGreaterThanOrEqual(3);
    }
    for (const season of seasons) expect(activityLibrary.some((a) => a.season === season), season).toBe(true);
  });

  it("gives every part in both languages: a title, a 10–15 minute activity, 3–6 words", () => {
    for (const a of activityLibrary) {
      expect(a.minutes, a.slug).toBeGreaterThanOrEqual(10);
      expect(a.minutes, a.slug).toBeLessThanOrEqual(15);
      for (const language of languages) {
        const text = a[language];
        expect(text.title.trim().length, `${a.slug} ${language} title`).toBeGreaterThan(2);
        expect(text.activity.trim().length, `${a.slug} ${language} activity`).toBeGreaterThanOrEqual(200);
        expect(text.words.length, `${a.slug} ${language} words`).toBeGreaterThanOrEqual(3);
        expect(text.words.length, `${a.slug} ${language} words`).toBeLessThanOrEqual(6);
        expect(text.words.filter((w) => w.trim() === ""), `${a.slug} ${language} words`).toEqual([]);
      }
      expect(a.kk.words.length, `${a.slug}: as many words to talk about in both languages`).toBe(a.ru.words.length);
    }
  });

  it("has a safety note and a variant for the youngest in both languages or in neither", () => {
    const mismatched = activityLibrary.flatMap((a) =>
      (["safety", "youngest"] as const).filter((part) => (a.kk[part] === undefined) !== (a.ru[part] === undefined)).map((part) => `${a.slug}.${part}`),
    );
    expect(mismatched).toEqual([]);
    // Safety notes are where knives, the stove, water and small things are.
    expect(activityLibrary.filter((a) => a.kk.safety).length).toBeGreaterThanOrEqual(20);
  });

  it("writes Russian without Kazakh letters (Kazakh words are spelled the Russian way there)", () => {
    const offending = activityLibrary.filter((a) =>
      KAZAKH_LETTERS.test([a.ru.title, a.ru.activity, ...a.ru.words, a.ru.safety ?? "", a.ru.youngest ?? ""].join("\n")),
    );
    expect(offending.map((a) => a.slug)).toEqual([]);
  });

  it("writes Kazakh in Kazakh: every Kazakh text has Kazakh letters and differs from the Russian", () => {
    for (const a of activityLibrary) {
      expect(KAZAKH_LETTERS.test(a.kk.activity), a.slug).toBe(true);
      expect(a.kk.title, a.slug).not.toBe(a.ru.title);
    }
  });

  it("keeps each language's message well within one Telegram message", () => {
    for (const a of activityLibrary) {
      for (const language of languages) {
        expect(renderedLength(a[language]), `${a.slug} ${language}`).toBeLessThanOrEqual(ACTIVITY_MESSAGE_BUDGET);
      }
    }
  });

  it("the schema refuses what the tests above guard against", () => {
    const sample = activityLibrary[0]!;
    const broken = (change: (a: LibraryActivity) => void) => {
      const copy = structuredClone(sample) as LibraryActivity;
      change(copy);
      return libraryActivitySchema.safeParse(copy).success;
    };
    expect(broken(() => {})).toBe(true);
    expect(broken((a) => void (a.minutes = 30))).toBe(false);
    expect(broken((a) => void (a.slug = "Not Kebab"))).toBe(false);
    expect(broken((a) => void (a.ru.title = "Киіз басу"))).toBe(false);
    expect(broken((a) => void (a.kk.words = ["бір", "екі"]))).toBe(false);
    expect(broken((a) => void (a.ru.activity = "x".repeat(1800) + "y".repeat(1700)))).toBe(false);
    expect(broken((a) => {
      a.kk.youngest = "Кішкентайларға: тек қарап, атауын қайталасын.";
      delete a.ru.youngest;
    })).toBe(false);
    expect(activityLibrarySchema.safeParse([sample, sample]).success).toBe(false);
  });
});
