import { and, asc, count, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client.js";
import { organizations, regions } from "../db/schema/index.js";
import { activeOrganization } from "./active-organizations.js";
import { writeAudit } from "./audit.js";

export type Region = typeof regions.$inferSelect;
export type Organization = typeof organizations.$inferSelect;

export function listRegions(db: Db): Promise<Region[]> {
  return db.select().from(regions).orderBy(asc(regions.code));
}

export async function getRegion(db: Db, code: string): Promise<Region | undefined> {
  const [row] = await db.select().from(regions).where(eq(regions.code, code));
  return row;
}

/** Active organisations (pickers, lists); `includeInactive` also lists those that left the project. */
export function listOrganizations(
  db: Db,
  options: { regionCode?: string; offset?: number; limit?: number; includeInactive?: boolean } = {},
): Promise<Organization[]> {
  const query = db
    .select()
    .from(organizations)
    .where(
      and(
        options.includeInactive ? undefined : activeOrganization,
        options.regionCode ? eq(organizations.regionCode, options.regionCode) : undefined,
      ),
    )
    .orderBy(asc(organizations.registryNo))
    .offset(options.offset ?? 0);
  return options.limit ? query.limit(options.limit) : query;
}

/** Active organisations, as `listOrganizations` lists them. */
export async function countOrganizations(db: Db, regionCode?: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(organizations)
    .where(and(activeOrganization, regionCode ? eq(organizations.regionCode, regionCode) : undefined));
  return row?.n ?? 0;
}

export async function getOrganization(db: Db, id: number): Promise<Organization | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

export async function findOrganizationByRegistryNo(db: Db, registryNo: number): Promise<Organization | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.registryNo, registryNo));
  return row;
}

export const newOrganizationSchema = z.object({
  registryNo: z.number().int().positive(),
  regionCode: z.string().min(1),
  name: z.string().trim().min(3).max(300),
  legalForm: z.string().trim().max(20).nullable().default(null),
  /** The day it joins the pilot (Asia/Almaty) when added after the start: it owes no earlier period's report. */
  joinedOn: z.iso.date().nullable().default(null),
});

export class RegistryError extends Error {
  constructor(public readonly code: "unknown_region" | "duplicate_registry_no") {
    super(code);
  }
}

export async function addOrganization(
  db: Db,
  input: z.input<typeof newOrganizationSchema>,
  actorId: number | null,
): Promise<Organization> {
  const data = newOrganizationSchema.parse(input);
  if (!(await getRegion(db, data.regionCode))) throw new RegistryError("unknown_region");
  const [row] = await db.insert(organizations).values(data).onConflictDoNothing().returning();
  if (!row) throw new RegistryError("duplicate_registry_no");
  await writeAudit(db, { actorId, action: "organization.added", details: { registryNo: row.registryNo, name: row.name } });
  return row;
}
