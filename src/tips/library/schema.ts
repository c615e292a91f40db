import { z } from "zod";
import { directionValues } from "../../reports/form/v1.js";
import type { AgeBand } from "../../reports/groups.js";
import { findLink } from "../../shared/links.js";

/**
 * The season an activity is sent in (it is sent in no other); "any" fits every week of the year,
 * so its text must be true in any month.
 */
export const seasons = ["autumn", "winter", "spring", "summer", "any"] as const;
export type Season = (typeof seasons)[number];
export type CalendarSeason = Exclude<Season, "any">;

/**
 * The season of a calendar day in Asia/Almaty ('YYYY-MM-DD'): meteorological seasons, as families
 * and kindergartens in Kazakhstan count them (winter December–February, and so on).
 */
export function seasonOfDay(day: string): CalendarSeason {
  const month = Number(day.slice(5, 7));
  if (month === 12 || month <= 2) return "winter";
  if (month <= 5) return "spring";
  if (month <= 8) return "summer";
  return "autumn";
}

/**
 * The groups whose parents receive activities: the library is written for children of 3 to 6.
 * Parents of the 1–2 and 2–3 groups get none until a set for under-threes exists (they are told why).
 */
export const tipAgeBands = ["middle", "senior", "preschool"] as const satisfies readonly AgeBand[];
export type TipAgeBand = (typeof tipAgeBands)[number];
export type DirectionValue = (typeof directionValues)[number];

/** An activity is sent as one Telegram message (4,096 characters at most) with three buttons: room to spare for labels. */
export const ACTIVITY_MESSAGE_BUDGET = 3500;
/** What the labels, emoji and line breaks of a rendered activity may add to its parts, generously. */
export const ACTIVITY_RENDER_OVERHEAD = 200;

const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

/** One language's text of an activity, as a parent reads it. */
export const activityTextSchema = z
  .object({
    title: z.string().trim().min(3).max(80),
    /** What to do, 10–15 minutes, with things every home has. */
    activity: z.string().trim().min(200).max(1800),
    /** Words to talk about together. */
    words: z.array(z.string().trim().min(2).max(40)).min(3).max(6),
    /** Where it matters: knives, the stove, water, small objects… */
    safety: z.string().trim().min(20).max(500).optional(),
    /** How to do it with a three-year-old, where that differs. */
    youngest: z.string().trim().min(20).max(600).optional(),
  })
  .strict();
export type ActivityText = z.infer<typeof activityTextSchema>;

export const libraryActivitySchema = z
  .object({
    /** kebab-case, unique and stable: what was sent to whom is recorded by it. */
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(60),
    direction: z.enum(directionValues),
    season: z.enum(seasons),
    /** The groups it suits; all of 3–6 when left out. */
    ageBands: z.array(z.enum(tipAgeBands)).min(1).optional(),
    /** 2: a theme returning a step harder; sent after the first steps in the same season. */
    step: z.union([z.literal(1), z.literal(2)]).optional(),
    minutes: z.number().int().min(10).max(15),
    kk: activityTextSchema,
    ru: activityTextSchema,
  })
  .strict()
  .superRefine((a, ctx) => {
    for (const part of ["safety", "youngest"] as const) {
      if ((a.kk[part] === undefined) !== (a.ru[part] === undefined)) {
        ctx.addIssue({ code: "custom", path: [part], message: `${a.slug}: "${part}" must be in both languages or in neither` });
      }
    }
    const ru = [a.ru.title, a.ru.activity, ...a.ru.words, a.ru.safety ?? "", a.ru.youngest ?? ""].join("\n");
    if (KAZAKH_LETTERS.test(ru)) ctx.addIssue({ code: "custom", path: ["ru"], message: `${a.slug}: Kazakh letters in the Russian text` });
    for (const language of ["kk", "ru"] as const) {
      const text = a[language];
      const link = findLink([text.title, text.activity, ...text.words, text.safety ?? "", text.youngest ?? ""].join("\n"));
      // Parents get these under the ministry's name: no link, not even a harmless one.
      if (link) ctx.addIssue({ code: "custom", path: [language], message: `${a.slug}: a link in the ${language} text (${link})` });
      if (renderedLength(a[language]) > ACTIVITY_MESSAGE_BUDGET) {
        ctx.addIssue({ code: "custom", path: [language], message: `${a.slug}: the ${language} message would be too long` });
      }
    }
  });
export type LibraryActivity = z.infer<typeof libraryActivitySchema>;

export const activityLibrarySchema = z.array(libraryActivitySchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  for (const a of list) {
    if (seen.has(a.slug)) ctx.addIssue({ code: "custom", message: `duplicate slug ${a.slug}` });
    seen.add(a.slug);
  }
});

/** An upper bound of the length of one language's message: every part plus the labels around them. */
export function renderedLength(text: ActivityText): number {
  const parts = [text.title, text.activity, text.words.join(", "), text.safety ?? "", text.youngest ?? ""];
  return parts.reduce((sum, part) => sum + part.length, 0) + ACTIVITY_RENDER_OVERHEAD;
}
