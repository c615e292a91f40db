import { z } from "zod";
import { callbackCodec } from "../../../shared/callback-data.js";
import { tipCallbacks } from "../../../tips/tip-callbacks.js";

const id = z.coerce.number().int().positive().max(2_147_483_647);
const region = z.string().regex(/^[a-z][a-z-]{1,40}$/);

/** Buttons of the weekly activities (/tip, /tips, /child). Ids are re-checked against the user. */
export const tipsCb = {
  feedback: tipCallbacks.feedback,
  pause: callbackCodec("tips-pause", [z.enum(["on", "off"])]),
  days: callbackCodec("tips-days", []),
  day: callbackCodec("tips-day", [z.coerce.number().int().min(1).max(7)]),
  hours: callbackCodec("tips-hours", []),
  hour: callbackCodec("tips-hour", [z.coerce.number().int().min(0).max(23)]),
  lift: callbackCodec("tips-lift", [region, z.enum(["on", "off"])]),
  /**
   * Lifting a region's control restriction, confirmed (`p`: after the pilot's end; `o`: before it,
   * by a national administrator's override), for the setting's version the confirmation was shown
   * for; the override's own step before it; cancelling.
   */
  liftConfirm: callbackCodec("tl-ok", [region, z.string().regex(/^[0-9a-z]{1,9}$/), z.enum(["p", "o"])]),
  liftOverride: callbackCodec("tl-ov", [region, z.string().regex(/^[0-9a-z]{1,9}$/)]),
  liftCancel: callbackCodec("tl-no", []),
  childAdd: callbackCodec("child-add", [id]),
  childGroup: callbackCodec("child-grp", [id, id]),
  childRemove: callbackCodec("child-del", [id]),
  childStart: tipCallbacks.childStart,
} as const;

/** The activity library editor (/activities). */
export const libraryCb = {
  page: callbackCodec("act-page", [z.coerce.number().int().min(0).max(1000)]),
  open: callbackCodec("act", [id]),
  newActivity: callbackCodec("act-new", []),
  direction: callbackCodec("act-dir", [z.coerce.number().int().min(0).max(9)]),
  edit: callbackCodec("act-edit", [id, z.enum(["kk", "ru"])]),
  retire: callbackCodec("act-ret", [id, z.enum(["on", "off"])]),
  save: callbackCodec("act-save", []),
  discard: callbackCodec("act-drop", []),
  /** An activity's history, a page at a time. */
  history: callbackCodec("act-hist", [id, z.coerce.number().int().min(0).max(10_000)]),
  /** One revision or proposal (by its row id): what it changed, and what may be done with it. */
  revision: tipCallbacks.libraryRevision,
  /** A revision compared with the activity's current one. */
  compare: callbackCodec("act-cmp", [id]),
  /** Restore a revision, pressed while `current` was the current revision number. */
  restore: callbackCodec("act-back", [id, id]),
  proposals: callbackCodec("act-props", [z.coerce.number().int().min(0).max(10_000)]),
  approve: callbackCodec("act-ok", [id]),
  reject: callbackCodec("act-no", [id]),
} as const;

const version = z.string().regex(/^[0-9a-z]{1,8}$/);

/**
 * A region's order of activities: the regions to choose from, a page of the list, an activity picked
 * (with the order's version it was shown in, so a press on a list changed since is caught), a step
 * up or down, typing a place, back to the national order (asked, then confirmed).
 */
export const orderCb = {
  regions: callbackCodec("ro-regs", []),
  page: callbackCodec("ro", [region, z.coerce.number().int().min(0).max(1000)]),
  pick: callbackCodec("ro-pick", [region, id, version]),
  step: callbackCodec("ro-mv", [region, id, z.enum(["up", "down"]), version]),
  place: callbackCodec("ro-place", [region, id, version]),
  reset: callbackCodec("ro-reset", [region, version]),
  resetYes: callbackCodec("ro-reset-yes", [region, version]),
} as const;
