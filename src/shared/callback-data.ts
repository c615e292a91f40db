import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { roles } from "../registration/roles.js";

/**
 * Typed callback data packed and unpacked in one place. Format `prefix:part:part`, at most 64 bytes.
 * Unpacking validates with zod: a forged or stale payload gives null, never a half-parsed value.
 */
export function callbackCodec<const P extends string, const T extends readonly [z.ZodType, ...z.ZodType[]] | readonly []>(
  prefix: P,
  parts: T,
) {
  const schema = z.tuple(parts as unknown as [z.ZodType, ...z.ZodType[]]);
  type Values = { [K in keyof T]: T[K] extends z.ZodType ? z.output<T[K]> : never };
  return {
    prefix,
    filter: new RegExp(`^${prefix}(?::|$)`),
    pack(...values: { [K in keyof T]: T[K] extends z.ZodType ? z.input<T[K]> : never }): string {
      const data = [prefix, ...values.map(String)].join(":");
      if (Buffer.byteLength(data) > 64) throw new Error(`callback data too long: ${data}`);
      return data;
    },
    unpack(data: string | undefined): Values | null {
      if (!data || !(data === prefix || data.startsWith(`${prefix}:`))) return null;
      const segments = data === prefix ? [] : data.slice(prefix.length + 1).split(":");
      const result = schema.safeParse(segments);
      if (!result.success) return null;
      // Every number a button carries ends up in a query against int4 columns: one beyond the range
      // (or a float) is a forged button, refused here rather than by PostgreSQL in the error handler.
      if ((result.data as unknown[]).some((v) => typeof v === "number" && !isInt4(v))) return null;
      return result.data as unknown as Values;
    },
    /**
     * The same data built by SQL, one row at a time (an INSERT … SELECT into the outbox): each value
     * is a constant or an SQL expression (a row's id). Constants are written as literals, so they
     * are restricted to what a callback part holds anyway.
     */
    packSql(...values: (SQL | string | number)[]): SQL {
      if (values.length !== parts.length) throw new Error(`${prefix} takes ${parts.length} parts, not ${values.length}`);
      const pieces = [prefix as string, ...values].map((v) => (typeof v === "object" ? sql`(${v})::text` : sqlLiteral(String(v))));
      return sql.join(pieces, sql.raw(` || ':' || `));
    },
  };
}

function sqlLiteral(value: string): SQL {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) throw new Error(`not a callback part: ${value}`);
  return sql.raw(`'${value}'`);
}

export const INT4_MAX = 2_147_483_647;
const isInt4 = (n: number) => Number.isInteger(n) && n >= -INT4_MAX - 1 && n <= INT4_MAX;

/** A database id (serial, int4) in callback data: 1..2^31−1. */
export const dbId = z.coerce.number().int().min(1).max(INT4_MAX);
/** A page number: 0..10,000. */
export const pageNumber = z.coerce.number().int().min(0).max(10_000);

const id = dbId;
const region = z.string().regex(/^[a-z][a-z-]{1,40}$/);
const role = z.enum(roles);
const token = z.string().regex(/^[A-Za-z0-9_-]{22}$/);

/**
 * The bot's buttons that are not one feature's own: those that messages built outside the chat
 * (reminders, review notices, the weekly digest in the outbox) carry, and the shared commands'.
 * A feature's own buttons have their codecs in its folder (`reportCb`, `seminarCb`…).
 */
export const cb = {
  /** From reminders, a returned report's notice and /report: open the report of the head's kindergarten. */
  reportOpen: callbackCodec("report", [z.literal("open")]),
  language: callbackCodec("lang", [z.enum(["kk", "ru"])]),
  joinConfirm: callbackCodec("join", [token]),
  joinDecline: callbackCodec("join-no", []),
  inviteRole: callbackCodec("inv-role", [role]),
  registryImportApply: callbackCodec("rimp-ok", [id]),
  registryImportCancel: callbackCodec("rimp-no", [id]),
  inviteRegion: callbackCodec("inv-reg", [role, region]),
  inviteNational: callbackCodec("inv-nat", []),
  inviteOrgPage: callbackCodec("inv-orgs", [role, region, pageNumber]),
  inviteOrg: callbackCodec("inv-org", [role, id]),
  parentLinkShow: callbackCodec("pl-show", [id]),
  parentLinkRotateAsk: callbackCodec("pl-rot", [id]),
  parentLinkRotateYes: callbackCodec("pl-rot-yes", [id]),
  parentLinkRotateNo: callbackCodec("pl-rot-no", []),
  leaveYes: callbackCodec("leave-yes", []),
  leaveNo: callbackCodec("leave-no", []),
  leaveOne: callbackCodec("leave-one", [id]),
  invitationsPage: callbackCodec("invs", [pageNumber]),
  invitationsRevoke: callbackCodec("invs-rev", [id, pageNumber]),
  parentLinkExpiryAsk: callbackCodec("pl-exp", [id]),
  parentLinkExpirySet: callbackCodec("pl-exp-set", [id, z.enum(["30", "90", "365", "none"])]),
  groupsRegion: callbackCodec("grp-reg", [region, pageNumber]),
  groupsOrg: callbackCodec("grp-org", [id]),
  /** A page of a kindergarten's groups (25 groups do not fit one message's buttons). */
  groupsPage: callbackCodec("grp-pg", [id, z.coerce.number().int().min(0).max(1000)]),
  groupsAdd: callbackCodec("grp-add", [id]),
  groupsArchiveAsk: callbackCodec("grp-arc", [id]),
  groupsArchiveYes: callbackCodec("grp-arc-yes", [id]),
  groupsArm: callbackCodec("grp-arm", [id, z.enum(["experimental", "control"])]),
  /** The methodologist confirmed moving a group to the other arm (it changes the comparison). */
  groupsArmYes: callbackCodec("grp-arm-yes", [id, z.enum(["experimental", "control"])]),
  /** Answers inside the add-group conversation. */
  groupsNewAge: callbackCodec("grp-new-age", [z.enum(["early", "junior", "middle", "senior", "preschool"])]),
  groupsNewArm: callbackCodec("grp-new-arm", [z.enum(["experimental", "control"])]),
  /** Pictures and files: the period of an export; the period, then the region (or the country) of an analytics draft. */
  exportPeriod: callbackCodec("exp", [id]),
  analyticsPeriod: callbackCodec("ana-p", [id]),
  analyticsRegion: callbackCodec("ana-r", [id, region]),
  analyticsNational: callbackCodec("ana-n", [id]),
  /** The region's analytical report for January–November (offered with a fourth quarter's information). */
  analyticsFinal: callbackCodec("ana-f", [id, region]),
  /** The Institute's summary for the Ministry, from the regions it has accepted (offered with the national information). */
  analyticsMinistry: callbackCodec("ana-m", [id]),
  /** /status drill-down: the actor's top view, a region's page, a kindergarten's card; each for a period. */
  statusTop: callbackCodec("st", [id]),
  statusRegion: callbackCodec("st-r", [region, id, z.coerce.number().int().min(0).max(10_000)]),
  statusOrg: callbackCodec("st-o", [id, id]),
  /** The national experimental/control estimate of a period, asked from the country's /status (it takes about a second at national size). */
  statusEffect: callbackCodec("st-e", [id]),
  /** The approval chain from a region's /status: approve, unapprove or return; at a level (c, d, i); of a region and period. */
  chain: callbackCodec("ch", [z.enum(["a", "u", "r"]), z.enum(["c", "d", "i"]), region, id]),
  /**
   * Heads' invitation batches: ask about a region's (or the country's) batch; confirm it, naming the
   * latest batch of the scope the question saw (0: none), so a second press is refused as stale.
   */
  inviteBatchAsk: callbackCodec("ib-ask", [region]),
  inviteBatchAskCountry: callbackCodec("ib-ask-n", []),
  inviteBatchYes: callbackCodec("ib-yes", [region, z.coerce.number().int().min(0).max(INT4_MAX)]),
  inviteBatchYesCountry: callbackCodec("ib-yes-n", [z.coerce.number().int().min(0).max(INT4_MAX)]),
  inviteBatchNo: callbackCodec("ib-no", []),
} as const;
