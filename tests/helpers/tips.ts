import type { Db } from "../../src/db/client.js";
import { addGroup, type AgeBand } from "../../src/reports/groups.js";
import type { ActivityText, LibraryActivity } from "../../src/tips/library/schema.js";
import { joinedUser, orgByRegistryNo } from "./fixtures.js";
import { newUser, type TestBot } from "../../testing/test-bot.js";
import type { TestUser } from "../../testing/updates.js";

// Set-up the weekly-activities (tips) specs share: libraries to sync, groups, and parents who chose them.

type Language = "kk" | "ru";

/** The n-th numbered activity's text in `lang` (title `ru-title-3`, a 220-character activity, three words), with `extra` over it. */
export const activityText = (lang: Language, n: number, extra: Partial<ActivityText> = {}): ActivityText => ({
  title: `${lang}-title-${n}`,
  activity: `${lang}-activity-${n} `.padEnd(220, "."),
  words: [`${lang}-a`, `${lang}-b`, `${lang}-c`],
  ...extra,
});

export interface NumberedLibraryOptions {
  /** The n-th activity's slug; `activity-n` unless given. */
  slug?: (n: number) => string;
  /** The n-th activity's minutes; 10 unless given. */
  minutes?: (n: number) => number;
  /** What the n-th activity's text in `lang` has besides, or instead of, its numbered title, activity and words. */
  text?: (lang: Language, n: number) => Partial<ActivityText>;
}

/** `count` household activities for any season, numbered from 1 in the national order. */
export function numberedLibrary(count: number, options: NumberedLibraryOptions = {}): LibraryActivity[] {
  const { slug = (n) => `activity-${n}`, minutes = () => 10, text = () => ({}) } = options;
  return Array.from({ length: count }, (_, i) => ({
    slug: slug(i + 1),
    direction: "household" as const,
    season: "any" as const,
    minutes: minutes(i + 1),
    kk: activityText("kk", i + 1, text("kk", i + 1)),
    ru: activityText("ru", i + 1, text("ru", i + 1)),
  }));
}

/** Two household activities for any season (`activity-1`, `activity-2`) with the same 200-character text and words. */
export function twoActivityLibrary(): LibraryActivity[] {
  return [1, 2].map((n) => ({
    slug: `activity-${n}`,
    direction: "household" as const,
    season: "any" as const,
    minutes: 10,
    kk: { title: `kk-title-${n}`, activity: "kk ".padEnd(200, "."), words: ["алма", "нан", "сүт"] },
    ru: { title: `ru-title-${n}`, activity: "ru ".padEnd(200, "."), words: ["яблоко", "хлеб", "молоко"] },
  }));
}

export interface GroupOptions {
  /** The kindergarten's registry number; 11 (Aktobe) unless given. */
  registryNo?: number;
  /** «Балапан» unless given. */
  name?: string;
  /** Experimental unless given. */
  arm?: "experimental" | "control";
  /** Senior unless given. */
  ageBand?: AgeBand;
}

/** A group of 20 children added to a kindergarten, by nobody in particular. */
export async function kindergartenGroup(db: Db, options: GroupOptions = {}) {
  const { registryNo = 11, name = "Балапан", arm = "experimental", ageBand = "senior" } = options;
  const org = await orgByRegistryNo(db, registryNo);
  return addGroup(db, { organizationId: org.id, name, ageBand, childrenCount: 20, arm, createdBy: null });
}

/**
 * A parent who joined kindergarten `registryNo` through its parent link in `language` and, asked
 * through /child, chose `groups` for their child (one child for each group named). `user` may
 * already be a parent elsewhere.
 */
export async function parentIn(t: TestBot, db: Db, registryNo: number, groups: string | readonly string[], language: Language = "ru", user: TestUser = newUser()) {
  const org = await orgByRegistryNo(db, registryNo);
  await joinedUser(t, db, { role: "parent", organizationId: org.id }, language, user);
  for (const groupName of typeof groups === "string" ? [groups] : groups) {
    const overview = await t.send(user, "/child");
    const add = overview.buttons.filter((b) => b.data?.startsWith("child-add:")).at(-1)!;
    const asked = await t.press(user, add.data);
    await t.press(user, asked.button(groupName).data);
  }
  return user;
}
