import { z } from "zod";
import { directionValues } from "../../reports/form/v1.js";

export const seasons = ["autumn", "winter", "spring", "summer", "any"] as const;
export type Season = (typeof seasons)[number];

export const activityTextSchema = z.object({
  title: z.string().min(1).max(120),
  activity: z.string().min(1).max(2000),
  words: z.array(z.string().min(1).max(60)).min(3).max(6),
  safety: z.string().min(1).max(500).optional(),
  youngest: z.string().min(1).max(600).optional(),
});
export type ActivityText = z.infer<typeof activityTextSchema>;

export const libraryActivitySchema = z
  .object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    direction: z.enum(directionValues),
    season: z.enum(seasons),
    minutes: z.number().int().min(10).max(15),
    kk: activityTextSchema,
    ru: activityTextSchema,
  })
  .refine((a) => (a.kk.safety === undefined) === (a.ru.safety === undefined), "safety in both languages or neither")
  .refine((a) => (a.kk.youngest === undefined) === (a.ru.youngest === undefined), "youngest in both languages or neither");
export type LibraryActivity = z.infer<typeof libraryActivitySchema>;
