import { bigint, boolean, date, index, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

/** The 17 oblasts and 3 cities of republican status; `code` is what operators type. */
export const regions = pgTable("regions", {
  code: text("code").primaryKey(),
  nameKk: text("name_kk").notNull(),
  nameRu: text("name_ru").notNull(),
});

/**
 * Preschool organisations. Registry numbers come from the ministry's list (a BIN has 12 digits, so
 * bigint); new ones are added as data, by `add-org` or a registry import. Never deleted: reports and
 * history point to them.
 */
export const organizations = pgTable(
  "organizations",
  {
    id: serial("id").primaryKey(),
    registryNo: bigint("registry_no", { mode: "number" }).notNull().unique(),
    regionCode: text("region_code")
      .notNull()
      .references(() => regions.code),
    /** The registered name shown everywhere today (the ministry's list, mostly Kazakh). */
    name: text("name").notNull(),
    /** The name as registered in Kazakh and in Russian, from the registry import; null until known. */
    nameKk: text("name_kk"),
    nameRu: text("name_ru"),
    legalForm: text("legal_form"),
    /**
     * In the project (the pilot and its roll-out): true = takes part. False = left it: kept for history,
     * hidden from every list, reminder, digest and export. One definition of "active":
     * `activeOrganization` in src/registration/active-organizations.ts.
     */
    inPilot: boolean("in_pilot").notNull().default(true),
    /**
     * One of the ministry's 100 pilot organisations (order of 2026, seeded by migration 0001). A
     * registry import never changes these rows; differences are only reported.
     */
    pilotCohort: boolean("pilot_cohort").notNull().default(false),
    /**
     * The day (Asia/Almaty) the kindergarten joined the pilot when it was added after the start; null
     * for the registry the pilot started with. It owes no report for a period whose due day had passed
     * by then (`owesReport` in src/figures/report-status.ts).
     */
    joinedOn: date("joined_on", { mode: "string" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // A region's kindergartens (every region-scoped /status, digest, export and dashboard list): 500 of
  // 10,000 rows read through the index instead of the whole table at national size.
  (t) => [index("organizations_region").on(t.regionCode)],
);
