import { z } from "zod";
import { callbackCodec, cb, dbId } from "../../../shared/callback-data.js";

const index = z.coerce.number().int().min(0).max(200);
const id = dbId;

/** Buttons of the report walker and of the review. Field indexes let a stale button be recognised. */
export const reportCb = {
  /** From reminders and /report: open the report of the head's kindergarten. */
  open: cb.reportOpen,
  chooseOrganization: callbackCodec("rp-org", [id]),
  takeOver: callbackCodec("rp-take", [id]),
  option: callbackCodec("rf-opt", [index, index]),
  skip: callbackCodec("rf-skip", [index]),
  done: callbackCodec("rf-done", [index]),
  edit: callbackCodec("rf-edit", [index]),
  submit: callbackCodec("rf-submit", []),
  /** After the due day: the head confirmed that a late report, once sent, cannot be changed. */
  submitLate: callbackCodec("rf-sublate", []),
  reviewOpen: callbackCodec("rv-open", [id]),
  /** A page of the reports awaiting review. */
  reviewPage: callbackCodec("rv-page", [z.coerce.number().int().min(0).max(10_000)]),
  reviewAccept: callbackCodec("rv-acc", [id]),
  reviewReturn: callbackCodec("rv-ret", [id]),
} as const;
