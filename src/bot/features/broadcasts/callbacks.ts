import { z } from "zod";
import { callbackCodec } from "../../../shared/callback-data.js";

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
  status: callbackCodec("bc-status", [id]),
  approve: callbackCodec("bc-ok", [id]),
  decline: callbackCodec("bc-no", [id]),
} as const;

export const bestPracticeCb = {
  page: callbackCodec("bp-page", [page]),
  open: callbackCodec("bp-open", [id]),
  ask: callbackCodec("bp-ask", [id]),
  agree: callbackCodec("bp-yes", [id]),
  decline: callbackCodec("bp-no", [id]),
} as const;
