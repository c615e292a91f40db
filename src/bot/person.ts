import type { MembershipView } from "../registration/actor.js";
import type { User } from "../registration/users.js";

/** What the bot is waiting for from this person (one row of `waiting_dialogs`), read with the user. */
export interface Waiting {
  kind: string;
  ref: string | null;
  step: string | null;
  since: Date;
}

/** The person an update comes from, read in one query (see conversations/storage.ts). */
export interface Person {
  user: User | null;
  memberships: MembershipView[];
  state: unknown;
  waiting: Waiting | null;
}
