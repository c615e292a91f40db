import { callbackCodec, dbId } from "../shared/callback-data.js";
import { tipFeedbackSchema } from "./feedback.js";

/**
 * The buttons the weekly activities put under messages built outside the chat (the planner's
 * activity, the question about a child, a proposal's notice to the methodologists); the bot's tips
 * and library features answer them.
 */
export const tipCallbacks = {
  /** "We did it" / "Too hard" / "Not for us" under one delivery. */
  feedback: callbackCodec("tip-fb", [dbId, tipFeedbackSchema]),
  /** Tell the bot about a child (age and group), from the planner's question. */
  childStart: callbackCodec("child", []),
  /** One revision or proposal of a library activity (by its row id). */
  libraryRevision: callbackCodec("act-rev", [dbId]),
} as const;
