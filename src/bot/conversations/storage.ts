import type { ConversationData, ConversationStorage, VersionedState } from "@grammyjs/conversations";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { conversationStates, memberships, organizations, regions, users, waitingDialogs } from "../../db/schema/index.js";
import { membershipColumns, membershipRegionJoin, membershipView } from "../../registration/actor.js";
import { preparedPerDatabase } from "../../db/prepared.js";
import { claimParameters, claimStatement, type ClaimOptions } from "../../updates/processed-updates.js";
import type { BotContext } from "../context.js";
import type { Person } from "../person.js";

/**
 * Bump when a conversation's steps change incompatibly: stored states of another version are
 * dropped (the person starts that conversation again) instead of being replayed into wrong code.
 */
export const CONVERSATIONS_VERSION = 1;

export const conversationKey = (telegramId: number) => `user:${telegramId}`;

/**
 * Everything an update needs about its person in one query: the user's row, their memberships,
 * their conversation state and the dialog waiting for them. One row per membership (at least one
 * when the user exists); the state is handed to the conversations adapter through
 * `conversationPrefetch`, the waiting dialog to the dialog router.
 */
function personQuery(db: Db, telegramId: number) {
  return db
    .select({ user: users, state: conversationStates.state, waiting: waitingDialogs, membership: membershipColumns })
    .from(users)
    .leftJoin(conversationStates, eq(conversationStates.key, sql`'user:' || ${users.telegramId}`))
    .leftJoin(waitingDialogs, eq(waitingDialogs.userId, users.telegramId))
    .leftJoin(memberships, eq(memberships.userId, users.telegramId))
    .leftJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(regions, membershipRegionJoin)
    .where(eq(users.telegramId, telegramId))
    .orderBy(memberships.id);
}

type PersonRow = Awaited<ReturnType<typeof personQuery>>[number];

function personOf(rows: PersonRow[]): Person {
  const first = rows[0];
  const w = first?.waiting;
  return {
    user: first?.user ?? null,
    memberships: rows.filter((r) => r.membership.id !== null).map((r) => membershipView(r.membership)),
    state: first?.state ?? undefined,
    waiting: w ? { kind: w.kind, ref: w.ref, step: w.step, since: w.since } : null,
  };
}

export async function readPerson(db: Db, telegramId: number): Promise<Person> {
  return personOf(await personQuery(db, telegramId));
}

/** Prepared once per database: it runs on every update a person sends. */
const preparedClaimAndRead = preparedPerDatabase((db: Db) => {
  const claimed = db.$with("claimed", { updateId: sql<number>`update_id`.as("update_id") }).as(claimStatement(db).getSQL());
  return db
    .with(claimed)
    .select({ claimed: claimed.updateId, user: users, state: conversationStates.state, waiting: waitingDialogs, membership: membershipColumns })
    .from(claimed)
    .leftJoin(users, eq(users.telegramId, sql`${sql.placeholder("telegramId")}::bigint`))
    .leftJoin(conversationStates, eq(conversationStates.key, sql`'user:' || ${users.telegramId}`))
    .leftJoin(waitingDialogs, eq(waitingDialogs.userId, users.telegramId))
    .leftJoin(memberships, eq(memberships.userId, users.telegramId))
    .leftJoin(organizations, eq(organizations.id, memberships.organizationId))
    .leftJoin(regions, membershipRegionJoin)
    .orderBy(memberships.id)
    .prepare("claim_update_and_read_person");
});

/**
 * Claims the update (see claimUpdate) and reads its person in ONE statement: the claim runs as a
 * CTE, and the person is read only when the claim succeeded. null: the update is not ours to handle.
 */
export async function claimAndReadPerson(db: Db, claim: ClaimOptions, telegramId: number): Promise<Person | null> {
  const rows = await preparedClaimAndRead(db).execute({ ...claimParameters(claim), telegramId });
  if (rows.length === 0) return null;
  return personOf(rows.filter((r) => r.user !== null) as PersonRow[]);
}

/** Fields of Telegram users and chats that identify a person and that no wizard reads. */
const PERSONAL_FIELDS = ["last_name", "username", "language_code", "is_premium", "added_to_attachment_menu", "bio", "phone_number"];

/**
 * Removes names, usernames and similar from Telegram users and chats inside a value (updates and
 * API results kept for replaying a conversation). Ids stay: they key the state and the replies.
 * `first_name` is required by the Bot API types, so it becomes empty instead of disappearing.
 */
export function stripPersonalFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripPersonalFields);
  if (value === null || typeof value !== "object") return value;
  const result: Record<string, unknown> = {};
  const isPerson = typeof (value as { id?: unknown }).id === "number";
  for (const [key, inner] of Object.entries(value)) {
    if (isPerson && PERSONAL_FIELDS.includes(key)) continue;
    result[key] = isPerson && key === "first_name" ? "" : stripPersonalFields(inner);
  }
  return result;
}

/** What is stored of a conversation: the replay logs with the received values stripped (sent ops are compared on replay, so kept). */
function storedState(state: VersionedState<ConversationData>): VersionedState<ConversationData> {
  const conversations: ConversationData = {};
  for (const [name, list] of Object.entries(state.state)) {
    conversations[name] = list.map((c) => ({
      ...c,
      replay: { send: c.replay.send, receive: c.replay.receive.map((r) => ({ ...r, returnValue: stripPersonalFields(r.returnValue) })) },
    }));
  }
  return { ...state, state: conversations };
}

/** Conversation state in the `conversation_states` table, one row per user, so it survives a restart. */
export function conversationStorage(db: Db, currentUpdate: () => BotContext | undefined): ConversationStorage<BotContext, ConversationData> {
  return {
    type: "key",
    version: CONVERSATIONS_VERSION,
    getStorageKey: (ctx) => (ctx.from ? conversationKey(ctx.from.id) : undefined),
    adapter: {
      async read(key) {
        const ctx = currentUpdate();
        const prefetched = ctx?.conversationPrefetch;
        if (prefetched && prefetched.key === key) {
          ctx.conversationPrefetch = undefined; // good for the first read of this update only
          return prefetched.state as VersionedState<ConversationData> | undefined;
        }
        const [row] = await db.select({ state: conversationStates.state }).from(conversationStates).where(eq(conversationStates.key, key));
        return row?.state as VersionedState<ConversationData> | undefined;
      },
      async write(key, full) {
        const state = storedState(full);
        await db
          .insert(conversationStates)
          .values({ key, state })
          .onConflictDoUpdate({ target: conversationStates.key, set: { state, updatedAt: sql`now()` } });
      },
      async delete(key) {
        await db.delete(conversationStates).where(eq(conversationStates.key, key));
      },
    },
  };
}
