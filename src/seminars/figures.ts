import { and, desc, eq, gte, inArray, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { seminarParticipants, seminars } from "../db/schema/index.js";

export interface SeminarFigures {
  invited: number;
  coming: number;
  notComing: number;
  noAnswer: number;
  attended: number;
  /** Null when nobody rated. */
  averageRating: number | null;
  ratings: number;
}

const figureColumns = {
  invited: sql<number>`count(*)::int`,
  coming: sql<number>`count(*) filter (where ${seminarParticipants.response} = 'coming')::int`,
  notComing: sql<number>`count(*) filter (where ${seminarParticipants.response} = 'not_coming')::int`,
  noAnswer: sql<number>`count(*) filter (where ${seminarParticipants.response} is null)::int`,
  attended: sql<number>`count(*) filter (where ${seminarParticipants.attended})::int`,
  averageRating: sql<string | null>`round(avg(${seminarParticipants.rating}), 1)`,
  ratings: sql<number>`count(${seminarParticipants.rating})::int`,
};

function toFigures(r: { invited: number; coming: number; notComing: number; noAnswer: number; attended: number; averageRating: string | null; ratings: number }): SeminarFigures {
  return {
    invited: Number(r.invited),
    coming: Number(r.coming),
    notComing: Number(r.notComing),
    noAnswer: Number(r.noAnswer),
    attended: Number(r.attended),
    averageRating: r.averageRating === null ? null : Number(r.averageRating),
    ratings: Number(r.ratings),
  };
}

const empty: SeminarFigures = { invited: 0, coming: 0, notComing: 0, noAnswer: 0, attended: 0, averageRating: null, ratings: 0 };

/** The organiser's figures for one event (/seminars). */
export async function seminarFigures(db: Db, seminarId: number): Promise<SeminarFigures> {
  const [row] = await db.select(figureColumns).from(seminarParticipants).where(eq(seminarParticipants.seminarId, seminarId));
  return row ? toFigures(row) : empty;
}

/** Up to `limit` comments on an event (most recently answered people first). */
export async function seminarComments(db: Db, seminarId: number, limit = 10): Promise<{ rating: number | null; comment: string }[]> {
  const rows = await db
    .select({ rating: seminarParticipants.rating, comment: seminarParticipants.comment })
    .from(seminarParticipants)
    .where(and(eq(seminarParticipants.seminarId, seminarId), isNotNull(seminarParticipants.comment)))
    .orderBy(desc(seminarParticipants.respondedAt))
    .limit(limit);
  return rows.map((r) => ({ rating: r.rating, comment: r.comment! }));
}

/** Events held (closed) or announced in a time range, for the digests. */
export interface DigestFilter {
  from: Date;
  to: Date;
  /** Limit to these regions (a regional digest); omit for the whole country. */
  regionCodes?: string[];
  organizationIds?: number[];
}

function digestWhere(filter: DigestFilter): SQL | undefined {
  return and(
    inArray(seminars.status, ["published", "closed"]),
    gte(seminars.startsAt, filter.from),
    lt(seminars.startsAt, filter.to),
    filter.regionCodes ? (filter.regionCodes.length ? inArray(seminarParticipants.regionCode, filter.regionCodes) : sql`false`) : undefined,
    filter.organizationIds ? (filter.organizationIds.length ? inArray(seminarParticipants.organizationId, filter.organizationIds) : sql`false`) : undefined,
  );
}

/** Per region: events, invited, coming, attended, average rating — ready for /status. */
export async function seminarFiguresByRegion(db: Db, filter: DigestFilter): Promise<({ regionCode: string; events: number } & SeminarFigures)[]> {
  const rows = await db
    .select({ regionCode: seminarParticipants.regionCode, events: sql<number>`count(distinct ${seminars.id})::int`, ...figureColumns })
    .from(seminarParticipants)
    .innerJoin(seminars, eq(seminars.id, seminarParticipants.seminarId))
    .where(and(digestWhere(filter), isNotNull(seminarParticipants.regionCode)))
    .groupBy(seminarParticipants.regionCode)
    .orderBy(seminarParticipants.regionCode);
  return rows.map((r) => ({ regionCode: r.regionCode!, events: Number(r.events), ...toFigures(r) }));
}

/** Per kindergarten (heads and parents invited through it). */
export async function seminarFiguresByOrganization(db: Db, filter: DigestFilter): Promise<({ organizationId: number; events: number } & SeminarFigures)[]> {
  const rows = await db
    .select({ organizationId: seminarParticipants.organizationId, events: sql<number>`count(distinct ${seminars.id})::int`, ...figureColumns })
    .from(seminarParticipants)
    .innerJoin(seminars, eq(seminars.id, seminarParticipants.seminarId))
    .where(and(digestWhere(filter), isNotNull(seminarParticipants.organizationId)))
    .groupBy(seminarParticipants.organizationId)
    .orderBy(seminarParticipants.organizationId);
  return rows.map((r) => ({ organizationId: r.organizationId!, events: Number(r.events), ...toFigures(r) }));
}
