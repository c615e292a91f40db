import { z } from "zod";
import { callbackCodec } from "../../../shared/callback-data.js";
import { seminarCallbacks } from "../../../seminars/seminar-callbacks.js";

const id = z.coerce.number().int().positive();
const page = z.coerce.number().int().min(0).max(1000);
const yesNo = z.enum(["y", "n"]);

/** Buttons of /seminar, /seminars and of the messages about an event. Every one is re-checked on press. */
export const seminarCb = {
  scope: callbackCodec("sem-scope", [z.string().regex(/^(national|[a-z][a-z-]{1,40})$/)]),
  kind: callbackCodec("sem-kind", [z.enum(["seminar", "webinar", "consultation"])]),
  duration: callbackCodec("sem-dur", [z.coerce.number().int().min(15).max(480)]),
  placeKind: callbackCodec("sem-place", [z.enum(["online", "address"])]),
  audience: callbackCodec("sem-aud", [z.enum(["all", "chosen"])]),
  orgToggle: callbackCodec("sem-org", [id, page]),
  orgPage: callbackCodec("sem-orgs", [page]),
  orgsDone: callbackCodec("sem-orgs-done", []),
  parents: callbackCodec("sem-par", [yesNo]),
  noCapacity: callbackCodec("sem-cap-none", []),
  publish: callbackCodec("sem-pub", [id]),
  discard: callbackCodec("sem-drop", [id]),
  rsvp: seminarCallbacks.rsvp,
  open: callbackCodec("sem-open", [id]),
  editTime: callbackCodec("sem-ed-time", [id]),
  editPlace: callbackCodec("sem-ed-place", [id]),
  cancelAsk: callbackCodec("sem-cancel", [id]),
  cancelYes: callbackCodec("sem-cancel-yes", [id]),
  close: callbackCodec("sem-close", [id]),
  attended: seminarCallbacks.attended,
  rate: callbackCodec("sem-rate", [id, z.coerce.number().int().min(1).max(5)]),
  noComment: callbackCodec("sem-nocom", [id]),
} as const;
