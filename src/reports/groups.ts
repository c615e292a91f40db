import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../db/client.js";
import { kindergartenGroups } from "../db/schema/index.js";
import { writeAudit } from "../registration/audit.js";

/**
 * A kindergarten's groups (топтар) taking part in the pilot, and their arm for the comparative
 * monitoring: experimental groups follow the programme, control groups do not.
 */
export type KindergartenGroup = typeof kindergartenGroups.$inferSelect;

export const arms = ["experimental", "control"] as const;
export type Arm = (typeof arms)[number];
export const armSchema = z.enum(arms);

/** Age bands of Kazakhstan's standard preschool programme, youngest first (labels: `groups-age-<band>`). */
export const ageBands = ["early", "junior", "middle", "senior", "preschool"] as const;
export type AgeBand = (typeof ageBands)[number];
export const ageBandSchema = z.enum(ageBands);

export const GROUP_NAME_MAX = 60;
export const GROUP_CHILDREN_MIN = 1;
export const GROUP_CHILDREN_MAX = 60;

/**
 * A group's name as stored and compared: NFKC (so "Ｓｕｎ" and "Sun", or a ligature and its letters,
 * are one name), invisible characters removed (zero-width spaces and joiners, direction marks, soft
 * hyphens, control characters), any run of spaces made one, trimmed.
 */
export function cleanGroupName(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\p{Cf}\p{Cc}]/gu, (ch) => (ch === "\n" || ch === "\t" ? " " : ""))
    .replace(/[\s\p{Zs}]+/gu, " ")
    .trim();
}

/** A name must show at least one letter: "...", "   " or emoji alone do not tell groups apart. */
export function hasVisibleLetter(name: string): boolean {
  return /\p{L}/u.test(name);
}

export const groupNameSchema = z.string().transform(cleanGroupName).pipe(z.string().min(1).max(GROUP_NAME_MAX).refine(hasVisibleLetter));
export const childrenCountSchema = z.number().int().min(GROUP_CHILDREN_MIN).max(GROUP_CHILDREN_MAX);

export const newGroupSchema = z.object({
  organizationId: z.number().int().positive(),
  name: groupNameSchema,
  ageBand: ageBandSchema,
  childrenCount: childrenCountSchema,
  arm: armSchema,
  createdBy: z.number().int().nullable(),
});
export type NewGroup = z.input<typeof newGroupSchema>;

export class GroupError extends Error {
  constructor(public readonly code: "duplicate_name") {
    super(code);
  }
}

/** Active (not archived) groups of an organisation, in the order they were added. */
export function listGroups(db: Db, organizationId: number): Promise<KindergartenGroup[]> {
  return db
    .select()
    .from(kindergartenGroups)
    .where(and(eq(kindergartenGroups.organizationId, organizationId), isNull(kindergartenGroups.archivedAt)))
    .orderBy(asc(kindergartenGroups.id));
}

export async function getGroup(db: Db, id: number): Promise<KindergartenGroup | undefined> {
  const [row] = await db.select().from(kindergartenGroups).where(eq(kindergartenGroups.id, id));
  return row;
}

/** Whether an active group of the organisation already has this name (case and spacing ignored). */
export async function groupNameTaken(db: Db, organizationId: number, name: string): Promise<boolean> {
  const wanted = normalizeName(name);
  return (await listGroups(db, organizationId)).some((g) => normalizeName(g.name) === wanted);
}

function normalizeName(name: string): string {
  return cleanGroupName(name).toLocaleLowerCase("kk");
}

export async function addGroup(db: Db, input: NewGroup): Promise<KindergartenGroup> {
  const data = newGroupSchema.parse(input);
  if (await groupNameTaken(db, data.organizationId, data.name)) throw new GroupError("duplicate_name");
  const [row] = await db.insert(kindergartenGroups).values(data).returning();
  await writeAudit(db, {
    actorId: data.createdBy,
    action: "group.added",
    details: { groupId: row!.id, organizationId: data.organizationId, arm: data.arm, childrenCount: data.childrenCount },
  });
  return row!;
}

/** Takes a group out of the pilot (kept for past reports). Null when it was already archived or never existed. */
export async function archiveGroup(db: Db, groupId: number, by: number | null, now = new Date()): Promise<KindergartenGroup | null> {
  const [row] = await db
    .update(kindergartenGroups)
    .set({ archivedAt: now })
    .where(and(eq(kindergartenGroups.id, groupId), isNull(kindergartenGroups.archivedAt)))
    .returning();
  if (!row) return null;
  await writeAudit(db, { actorId: by, action: "group.archived", details: { groupId, organizationId: row.organizationId } });
  return row;
}

/**
 * The region's methodologist confirms (same arm) or changes the arm of an active group.
 * Returns the group before and after, or null when the group is archived or unknown.
 */
export async function setGroupArm(
  db: Db,
  input: { groupId: number; arm: Arm; by: number; now?: Date },
): Promise<{ before: KindergartenGroup; after: KindergartenGroup } | null> {
  const arm = armSchema.parse(input.arm);
  const before = await getGroup(db, input.groupId);
  if (!before || before.archivedAt) return null;
  const [after] = await db
    .update(kindergartenGroups)
    .set({ arm, armConfirmedBy: input.by, armConfirmedAt: input.now ?? new Date() })
    .where(and(eq(kindergartenGroups.id, input.groupId), isNull(kindergartenGroups.archivedAt)))
    .returning();
  if (!after) return null;
  await writeAudit(db, {
    actorId: input.by,
    action: "group.arm_set",
    details: { groupId: input.groupId, organizationId: after.organizationId, from: before.arm, to: arm },
  });
  return { before, after };
}

/** Children of the organisation's active groups in each arm (what the report's per-arm counts must add up to). */
export async function armChildren(db: Db, organizationId: number): Promise<Record<Arm, number>> {
  const rows = await db
    .select({ arm: kindergartenGroups.arm, children: sql<string>`coalesce(sum(${kindergartenGroups.childrenCount}), 0)` })
    .from(kindergartenGroups)
    .where(and(eq(kindergartenGroups.organizationId, organizationId), isNull(kindergartenGroups.archivedAt)))
    .groupBy(kindergartenGroups.arm);
  const result: Record<Arm, number> = { experimental: 0, control: 0 };
  for (const row of rows) result[row.arm] = Number(row.children);
  return result;
}
