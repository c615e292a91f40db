import { and, asc, count, desc, eq, exists, inArray, isNotNull, isNull, not, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { invitationBatches, invitations, memberships, organizations, regions } from "../db/schema/index.js";
import { DAY_MS } from "../shared/clock.js";
import { activeOrganization } from "../registration/active-organizations.js";
import { writeAudit } from "../registration/audit.js";
import { newInvitationToken } from "../registration/tokens.js";

export type InvitationBatch = typeof invitationBatches.$inferSelect;

/** A region's code, or null for the whole country. */
export type BatchScope = string | null;

/** Rows per INSERT: 1,000 invitations × 7 columns stay far below PostgreSQL's 65,535 parameters. */
const INSERT_CHUNK = 1000;

/** Organisations of the scope (null: the country). */
function inScope(regionCode: BatchScope): SQL | undefined {
  return regionCode === null ? undefined : eq(organizations.regionCode, regionCode);
}

/** A head has joined the organisation (a head membership exists): such an organisation is never touched. */
const hasHead = exists(
  sql`(select 1 from ${memberships} where ${memberships.organizationId} = ${organizations.id} and ${memberships.role} = 'head')`,
);

/** What a batch of the scope would do now: how many invitations it makes and how many unused links it replaces. */
export interface BatchPreview {
  /** Organisations in the programme without a head: one invitation each. */
  organizations: number;
  /** Still usable links of earlier batches for organisations without a head: they stop working. */
  replaces: number;
  /** The latest batch of exactly this scope (0 when none): a confirmation names it, so a stale one is refused. */
  latestBatchId: number;
}

export async function previewInvitationBatch(db: Db, regionCode: BatchScope, now: Date): Promise<BatchPreview> {
  const [targets] = await db
    .select({ n: count() })
    .from(organizations)
    .where(and(activeOrganization, inScope(regionCode), not(hasHead)));
  const [open] = await db
    .select({ n: count() })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(and(openBatchLink(now), inScope(regionCode), not(hasHead)));
  return { organizations: targets?.n ?? 0, replaces: open?.n ?? 0, latestBatchId: await latestBatchId(db, regionCode) };
}

/** A batch's link that still works: not used, not revoked, not expired. */
function openBatchLink(now: Date): SQL {
  return and(
    isNotNull(invitations.batchId),
    isNull(invitations.usedAt),
    isNull(invitations.revokedAt),
    sql`${invitations.expiresAt} > ${now.toISOString()}::timestamptz`,
  )!;
}

export async function latestBatchId(db: Db, regionCode: BatchScope): Promise<number> {
  const [row] = await db
    .select({ id: invitationBatches.id })
    .from(invitationBatches)
    .where(regionCode === null ? isNull(invitationBatches.regionCode) : eq(invitationBatches.regionCode, regionCode))
    .orderBy(desc(invitationBatches.id))
    .limit(1);
  return row?.id ?? 0;
}

export class InvitationBatchError extends Error {
  constructor(readonly code: "unknown_region" | "stale") {
    super(code);
  }
}

/**
 * Makes every head's personal invitation at once for the organisations of a region (or the whole
 * country) that are in the programme and have no head yet. Single-use and expiring after `ttlDays`,
 * like one made with /invite. In one transaction:
 * - the scope is locked (its region row; the country locks every region in code order), so two
 *   batches of overlapping scopes run one after the other and each organisation keeps one live link;
 * - the still unused links of earlier batches for the scope's organisations without a head are
 *   revoked (they stop working), whichever batch made them; an organisation whose head has joined is
 *   never touched, neither its links nor a new one;
 * - the new invitations go in with INSERTs of 1,000 rows, one audit row for the batch.
 * `expectLatestBatchId` (a chat confirmation) refuses when another batch of the scope was made since
 * the question was asked, so a double press does not replace links just handed out.
 */
export async function createInvitationBatch(
  db: Db,
  input: { regionCode: BatchScope; createdBy: number | null; ttlDays: number; now: Date; expectLatestBatchId?: number },
): Promise<InvitationBatch> {
  const { regionCode, now } = input;
  const expiresAt = new Date(now.getTime() + input.ttlDays * DAY_MS);
  const batch = await db.transaction(async (tx) => {
    const locked = await tx
      .select({ code: regions.code })
      .from(regions)
      .where(regionCode === null ? undefined : eq(regions.code, regionCode))
      .orderBy(asc(regions.code))
      .for("update");
    if (locked.length === 0) throw new InvitationBatchError("unknown_region");
    if (input.expectLatestBatchId !== undefined && (await latestBatchId(tx, regionCode)) !== input.expectLatestBatchId) {
      throw new InvitationBatchError("stale");
    }
    const replaced = await tx
      .update(invitations)
      .set({ revokedAt: now })
      .where(
        and(
          openBatchLink(now),
          inArray(
            invitations.organizationId,
            tx.select({ id: organizations.id }).from(organizations).where(and(inScope(regionCode), not(hasHead))),
          ),
        ),
      )
      .returning({ id: invitations.id });
    const targets = await tx
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(activeOrganization, inScope(regionCode), not(hasHead)))
      .orderBy(asc(organizations.registryNo));
    const [row] = await tx
      .insert(invitationBatches)
      .values({ regionCode, createdBy: input.createdBy, createdAt: now, expiresAt, invitations: targets.length, replaced: replaced.length })
      .returning();
    const made = row!;
    for (let i = 0; i < targets.length; i += INSERT_CHUNK) {
      await tx.insert(invitations).values(
        targets.slice(i, i + INSERT_CHUNK).map((t) => ({
          token: newInvitationToken(),
          role: "head" as const,
          organizationId: t.id,
          multiUse: false,
          expiresAt,
          createdBy: input.createdBy,
          createdAt: now,
          batchId: made.id,
        })),
      );
    }
    await writeAudit(tx, {
      actorId: input.createdBy,
      action: "invitation_batch.created",
      details: { batchId: made.id, regionCode, invitations: targets.length, replaced: replaced.length },
    });
    return made;
  });
  return batch;
}

/** One printed card and one spreadsheet row: an organisation of the batch and its link's token. */
export interface BatchCard {
  registryNo: number;
  region: { code: string; nameKk: string; nameRu: string };
  /** The organisation's name as registered, in each language. */
  name: { kk: string; ru: string };
  token: string;
  expiresAt: Date;
}

/**
 * The organisation's name as registered in each language (a registry import fills them); where one
 * is not known yet, the registered name the bot shows everywhere (`name`) stands in.
 */
export function registeredNames(org: { name: string; nameKk: string | null; nameRu: string | null }): { kk: string; ru: string } {
  return { kk: org.nameKk ?? org.name, ru: org.nameRu ?? org.name };
}

/**
 * The batch's links that still work, by region then registry number: what its files print. (Read
 * again from the database, so the files of a batch can be made again from its id.)
 */
export async function loadBatchCards(db: Db, batchId: number, regionCode?: string): Promise<BatchCard[]> {
  const rows = await db
    .select({
      registryNo: organizations.registryNo,
      name: organizations.name,
      nameKk: organizations.nameKk,
      nameRu: organizations.nameRu,
      region: { code: regions.code, nameKk: regions.nameKk, nameRu: regions.nameRu },
      token: invitations.token,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .innerJoin(regions, eq(regions.code, organizations.regionCode))
    .where(
      and(
        eq(invitations.batchId, batchId),
        isNull(invitations.usedAt),
        isNull(invitations.revokedAt),
        regionCode === undefined ? undefined : eq(organizations.regionCode, regionCode),
      ),
    )
    .orderBy(asc(regions.code), asc(organizations.registryNo));
  return rows.map((r) => ({ registryNo: r.registryNo, region: r.region, name: registeredNames(r), token: r.token, expiresAt: r.expiresAt! }));
}
