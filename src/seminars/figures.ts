import { and, desc, eq, gt, gte, inArray, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { organizations, seminarOrganizationCounts, seminarParticipants, seminars } from "../db/schema/index.js";

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

/**
 * What a digest adds up about events: kept as sums and id lists, never averages, so a region's
 * tally is its kindergartens' tallies added (`addSeminarTally`) and the country's its regions'.
 * An event invites many kindergartens, so events are counted as distinct ids, not summed.
 */
export interface SeminarTally {
  /** Ids of the published or closed events that started in the range. */
  events: number[];
  /** Of those, the ones that have started by `now` (held). */
  held: number[];
  invited: number;
  coming: number;
  attended: number;
  ratingSum: number;
  ratings: number;
}

export function emptySeminarTally(): SeminarTally {
  return { events: [], held: [], invited: 0, coming: 0, attended: 0, ratingSum: 0, ratings: 0 };
}

function union(into: number[], more: number[]): void {
  if (more.length === 0) return;
  const seen = new Set(into);
  for (const id of more) if (!seen.has(id)) into.push(id);
}

/** Adds one tally into another, in place. */
export function addSeminarTally(total: SeminarTally, other: SeminarTally | undefined): void {
  if (!other) return;
  union(total.events, other.events);
  union(total.held, other.held);
  total.invited += other.invited;
  total.coming += other.coming;
  total.attended += other.attended;
  total.ratingSum += other.ratingSum;
  total.ratings += other.ratings;
}

/** The mean rating with one decimal; null when nobody rated. */
export function averageRatingOf(tally: Pick<SeminarTally, "ratingSum" | "ratings">): number | null {
  return tally.ratings === 0 ? null : Math.round((tally.ratingSum / tally.ratings) * 10) / 10;
}

export interface TallyFilter {
  from: Date;
  to: Date;
  now: Date;
  /** A condition on `organizations`: the kindergartens counted (e.g. the pilot's of a region). */
  kindergartens: SQL;
  /** One tally per kindergarten id, or per region code of the kindergarten. */
  by: "organization" | "region";
}

/**
 * Tallies of the people invited through the chosen kindergartens (heads and parents), per
 * kindergarten or per region, from seminar_organization_counts (a row per event and kindergarten,
 * kept by triggers): a national event with a million parents is 10,000 rows here. People invited
 * with no kindergarten (methodologists, coordinators) are not counted: a region's tally is exactly
 * the sum of its kindergartens', so both ways of adding up agree; the organiser's /seminars card
 * shows an event's whole audience.
 */
export async function seminarTallies(db: Db, filter: TallyFilter): Promise<Map<string, SeminarTally>> {
  const key = filter.by === "organization" ? sql<string>`${organizations.id}::text` : sql<string>`${organizations.regionCode}`;
  const c = seminarOrganizationCounts;
  // First per key and event (a few dozen rows per region), then the event ids listed per key:
  // cheaper than a distinct over every kindergarten's row.
  const perEvent = db
    .select({
      key: key.as("key"),
      seminarId: sql<number>`${seminars.id}`.as("seminar_id"),
      held: sql<boolean>`bool_or(${seminars.startsAt} <= ${filter.now.toISOString()}::timestamptz)`.as("held"),
      invited: sql<number>`sum(${c.invited})`.as("invited"),
      coming: sql<number>`sum(${c.coming})`.as("coming"),
      attended: sql<number>`sum(${c.attended})`.as("attended"),
      ratingSum: sql<number>`sum(${c.ratingSum})`.as("rating_sum"),
      ratings: sql<number>`sum(${c.ratings})`.as("ratings"),
    })
    .from(c)
    .innerJoin(seminars, eq(seminars.id, c.seminarId))
    .innerJoin(organizations, eq(organizations.id, c.organizationId))
    .where(
      and(
        inArray(seminars.status, ["published", "closed"]),
        gte(seminars.startsAt, filter.from),
        lt(seminars.startsAt, filter.to),
        gt(c.invited, 0),
        filter.kindergartens,
      ),
    )
    .groupBy(key, seminars.id)
    .as("per_event");
  const rows = await db
    .select({
      key: perEvent.key,
      events: sql<number[]>`array_agg(${perEvent.seminarId} order by ${perEvent.seminarId})`,
      held: sql<number[] | null>`array_agg(${perEvent.seminarId} order by ${perEvent.seminarId}) filter (where ${perEvent.held})`,
      invited: sql<number>`sum(${perEvent.invited})::int`,
      coming: sql<number>`sum(${perEvent.coming})::int`,
      attended: sql<number>`sum(${perEvent.attended})::int`,
      ratingSum: sql<number>`sum(${perEvent.ratingSum})::int`,
      ratings: sql<number>`sum(${perEvent.ratings})::int`,
    })
    .from(perEvent)
    .groupBy(perEvent.key);
  const ids = (list: unknown): number[] => (Array.isArray(list) ? list.map(Number) : []);
  return new Map(
    rows.map((r) => [
      String(r.key),
      {
        events: ids(r.events),
        held: ids(r.held),
        invited: Number(r.invited),
        coming: Number(r.coming),
        attended: Number(r.attended),
        ratingSum: Number(r.ratingSum),
        ratings: Number(r.ratings),
      },
    ]),
  );
}
