import type { SQL } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { ReportingPeriod } from "../../reports/periods.js";
import type { Place } from "../../registration/roles.js";

/** What needs attention about a kindergarten; each is counted and marked in lists. */
export const attentionFlags = ["overdue", "no-head", "heads-unreachable", "returned"] as const;
export type AttentionFlag = (typeof attentionFlags)[number];

/** Texts of the user's language: a Fluent lookup, and the language for names given per language. */
export interface DigestText {
  language: "kk" | "ru";
  t(key: string, params?: Record<string, string | number>): string;
}

/** The level a summary is rendered for: the whole country, a region, or one kindergarten. */
export type DigestLevel = Place["kind"];

export interface DigestQuery {
  db: Db;
  scope: Place;
  period: ReportingPeriod;
  now: Date;
}

/**
 * One section of the digest. A feature adds its figures by adding a section: a query giving facts
 * per kindergarten of the scope, how facts add up (a region, the country), which facts need
 * attention, and the lines it renders. Sections know nothing of Telegram.
 */
export interface DigestSection<Facts, Totals> {
  key: string;
  /** In the chat's digest only: the Mini App's first screen leaves it out (and its query). */
  chatOnly?: boolean;
  /** Facts per kindergarten id, for the kindergartens of the scope (absent = nothing to count). */
  load(query: DigestQuery): Promise<Map<number, Facts>>;
  empty(): Totals;
  /** Adds one kindergarten's facts (possibly undefined) to a total, in place. */
  add(total: Totals, facts: Facts | undefined): void;
  attention?(facts: Facts | undefined): AttentionFlag[];
  /**
   * Optional, for sections that flag nothing: the totals of each region added up in the database,
   * used for the country's digest (20 rows back instead of one per kindergarten). Must agree with
   * `load` + `add`; `merge` adds one region's totals into the country's.
   */
  loadByRegion?(query: DigestQuery): Promise<Map<string, Totals>>;
  merge?(total: Totals, other: Totals): void;
  /**
   * Optional, for sections that flag: a query of the flagged kindergartens of the scope, one row
   * per kindergarten and flag, columns `organization_id` and `flag`. Must agree with `load` +
   * `attention`. When every flagging section has it (and `loadByRegion`), the country's digest
   * counts attention per region in the database and reads no row per kindergarten.
   */
  attentionSql?(query: DigestQuery): SQL;
  /** Summary lines in the user's language (may be none). */
  render(total: Totals, text: DigestText, level: DigestLevel): string[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySection = DigestSection<any, any>;

export { rowsOf } from "../../db/rows-of.js";

/** Defines a section with its types checked, kept erased in the registry. */
export function defineSection<F, T>(section: DigestSection<F, T>): AnySection {
  return section;
}
