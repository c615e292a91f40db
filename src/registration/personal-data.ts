import type { Db } from "../db/client.js";
import type { memberships } from "../db/schema/index.js";

/** The person being erased on /leave, inside the erasure's one transaction. */
export interface ErasedPerson {
  telegramId: number;
  /** Stands in for their id in what is kept for the record (`newPseudonym`). */
  pseudonym: number;
  now: Date;
}

/**
 * What one feature keeps about a person, and how it lets go of it. `erase` runs on /leave of
 * everything, inside the erasure's transaction: it deletes the person's own words, files and
 * drafts, and puts the pseudonym in place of their id in what stays for the record (README,
 * "Personal data"). `prune` is the feature's part of the scheduled retention: own words and photos
 * older than `before` go; it answers how many, under the names `prunePersonalData` reports.
 * `leave` runs when the person leaves one membership and keeps others (a head's place in that
 * kindergarten's report ends with it).
 * Each feature declares this in its own folder; `src/registration/personal-data-registry.ts` lists them.
 */
export interface PersonalData {
  feature: string;
  erase(tx: Db, person: ErasedPerson): Promise<void>;
  leave?(tx: Db, telegramId: number, membership: typeof memberships.$inferSelect): Promise<void>;
  prune?(db: Db, before: Date): Promise<Record<string, number>>;
}
