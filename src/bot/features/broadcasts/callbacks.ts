import { z } from "zod";
import { callbackCodec } from "../../../shared/callback-data.js";
import { broadcastCallbacks } from "../../../broadcasts/broadcast-callbacks.js";

const id = z.coerce.number().int().positive();
const page = z.coerce.number().int().min(0).max(1000);

/** Buttons of /broadcast and of best-practice sharing; every press is re-checked server-side. */
export const broadcastCb = {
  /** audience, scope kind, scope value (region code, organisation id or "-"), all or chosen kindergartens. */
  target: callbackCodec("bc-to", [
    z.enum(["heads", "methodologists", "parents"]),
    z.enum(["national", "region", "org"]),
    z.string().regex(/^(-|\d{1,9}|[a-z][a-z-]{1,40})$/),
    z.enum(["all", "chosen"]),
  ]),
  /** A reach to send to (scope kind and value), when the author has several: its audience buttons follow. */
  scope: callbackCodec("bc-scope", [z.enum(["national", "region", "org"]), z.string().regex(/^(-|\d{1,9}|[a-z][a-z-]{1,40})$/)]),
  orgToggle: callbackCodec("bc-org", [id, page]),
  orgPage: callbackCodec("bc-orgs", [page]),
  orgsDone: callbackCodec("bc-orgs-done", []),
  noAttachment: callbackCodec("bc-noatt", []),
  send: callbackCodec("bc-send", [id]),
  discard: callbackCodec("bc-drop", [id]),
  status: broadcastCallbacks.status,
  approve: broadcastCallbacks.approve,
  decline: broadcastCallbacks.decline,
} as const;

export const bestPracticeCb = {
  page: callbackCodec("bp-page", [page]),
  open: callbackCodec("bp-open", [id]),
  ask: callbackCodec("bp-ask", [id]),
  agree: broadcastCallbacks.shareAgree,
  decline: broadcastCallbacks.shareDecline,
} as const;
