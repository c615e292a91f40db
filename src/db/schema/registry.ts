import { boolean, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

/** The 17 oblasts and 3 cities of republican status; `code` is what operators type. */
export const regions = pgTable("regions", {
  code: text("code").primaryKey(),
  nameKk: text("name_kk").notNull(),
  nameRu: text("name_ru").notNull(),
});

/** Preschool organisations. Registry numbers come from the ministry's list; new ones are added as data. */
export const organizations = pgTable("organizations", {
  id: serial("id").primaryKey(),
  registryNo: integer("registry_no").notNull().unique(),
  regionCode: text("region_code")
    .notNull()
    .references(() => regions.code),
  name: text("name").notNull(),
  legalForm: text("legal_form"),
  inPilot: boolean("in_pilot").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
