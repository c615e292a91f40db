import { callbackCodec, dbId } from "../shared/callback-data.js";

/**
 * The buttons under messages this folder builds outside the chat (an announcement's approval
 * request and status, a best-practice consent question); the bot's broadcast features answer them.
 */
export const broadcastCallbacks = {
  status: callbackCodec("bc-status", [dbId]),
  approve: callbackCodec("bc-ok", [dbId]),
  decline: callbackCodec("bc-no", [dbId]),
  shareAgree: callbackCodec("bp-yes", [dbId]),
  shareDecline: callbackCodec("bp-no", [dbId]),
} as const;
