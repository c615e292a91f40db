import { z } from "zod";
import { callbackCodec, dbId } from "../shared/callback-data.js";

const yesNo = z.enum(["y", "n"]);

/**
 * The buttons under messages about an event that are built here, outside the chat (the
 * announcement, the reminders, the attendance question); the bot's seminar feature answers them.
 */
export const seminarCallbacks = {
  rsvp: callbackCodec("sem-rsvp", [dbId, yesNo]),
  attended: callbackCodec("sem-att", [dbId, yesNo]),
} as const;
