import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { auditLog, invitationBatches, invitations, organizations, users } from "../../src/db/schema/index.js";
import { acceptInvitation, findUsableInvitation } from "../../src/registration/invitations.js";
import {
  createInvitationBatch,
  InvitationBatchError,
  loadBatchCards,
  previewInvitationBatch,
} from "../../src/invitation-batches/invitation-batch.js";
import { mayMakeInvitationBatch } from "../../src/invitation-batches/invitation-batch-access.js";
import type { Actor, MembershipView } from "../../src/registration/actor.js";
import { inviteToken, orgByRegistryNo } from "../helpers/fixtures.js";
import { createTestDatabase, resetDatabase } from "../helpers/test-db.js";

let database: Database;
let statements: string[] = [];
beforeAll(async () => {
  database = await createTestDatabase({ onQuery: (statement) => void statements.push(statement) });
});
afterAll(async () => database.close());
beforeEach(async () => {
  await resetDatabase(database.db);
  // A spec here takes an organisation out of the programme; the seeded registry has all 100 in it.
  await database.db.update(organizations).set({ inPilot: true });
});

const now = new Date("2026-12-02T06:00:00Z");
const later = new Date("2026-12-03T06:00:00Z");
const AKTOBE = [11, 12, 13, 14, 15];

async function join(token: string, telegramId: number, at = later) {
  await database.db.insert(users).values({ telegramId, language: "kk", languageConfirmed: true }).onConflictDoNothing();
  return acceptInvitation(database.db, { token, user: { telegramId, firstName: "Head" }, now: at });
}

async function tokensByRegistryNo(batchId: number) {
  const cards = await loadBatchCards(database.db, batchId);
  return new Map(cards.map((c) => [c.registryNo, c.token]));
}

describe("a region's batch of heads' invitations", { timeout: 180_000 }, () => {
  it("makes one single-use, expiring invitation per organisation of the region in the programme without a head", async () => {
    const db = database.db;
    // 12 already has a head; 15 left the programme.
    expect((await join(await inviteToken(db, { role: "head", organizationId: (await orgByRegistryNo(db, 12)).id }, now), 501, now)).ok).toBe(true);
    await db.update(organizations).set({ inPilot: false }).where(eq(organizations.registryNo, 15));

    expect(await previewInvitationBatch(db, "aktobe", now)).toEqual({ organizations: 3, replaces: 0, latestBatchId: 0 });
    const batch = await createInvitationBatch(db, { regionCode: "aktobe", createdBy: 900, ttlDays: 14, now });
    expect(batch).toMatchObject({ regionCode: "aktobe", createdBy: 900, invitations: 3, replaced: 0 });
    expect(batch.expiresAt.toISOString()).toBe("2026-12-16T06:00:00.000Z");

    const cards = await loadBatchCards(db, batch.id);
    expect(cards.map((c) => c.registryNo)).toEqual([11, 13, 14]);
    expect(cards.every((c) => c.region.code === "aktobe" && c.name.kk.length > 0 && c.name.ru.length > 0)).toBe(true);
    const rows = await db.select().from(invitations).where(eq(invitations.batchId, batch.id));
    expect(rows.every((r) => r.role === "head" && !r.multiUse && r.createdBy === 900 && r.expiresAt?.getTime() === batch.expiresAt.getTime())).toBe(true);
    // One audit row for the batch, not one per invitation.
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, "invitation_batch.created"));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ batchId: batch.id, regionCode: "aktobe", invitations: 3, replaced: 0 });

    // A link works once, for a head, and not after it expires.
    const token = cards[0]!.token;
    expect((await findUsableInvitation(db, { token }, new Date("2026-12-16T06:00:01Z"))).ok).toBe(false);
    const joined = await join(token, 502);
    expect(joined.ok && joined.role).toBe("head");
    const again = await join(token, 503);
    expect(again).toMatchObject({ ok: false, problem: "used" });
  });

  it("made again, replaces the unused links of the earlier batch (they are refused) and never touches an organisation whose head joined", async () => {
    const db = database.db;
    const first = await createInvitationBatch(db, { regionCode: "aktobe", createdBy: null, ttlDays: 14, now });
    const old = await tokensByRegistryNo(first.id);
    expect([...old.keys()]).toEqual(AKTOBE);
    // The head of 11 joins with the first batch's link.
    expect((await join(old.get(11)!, 601)).ok).toBe(true);
    const usedBefore = (await db.select().from(invitations).where(eq(invitations.token, old.get(11)!)))[0]!;

    expect(await previewInvitationBatch(db, "aktobe", later)).toEqual({ organizations: 4, replaces: 4, latestBatchId: first.id });
    const second = await createInvitationBatch(db, { regionCode: "aktobe", createdBy: null, ttlDays: 14, now: later });
    expect(second).toMatchObject({ invitations: 4, replaced: 4 });
    const fresh = await tokensByRegistryNo(second.id);
    expect([...fresh.keys()]).toEqual([12, 13, 14, 15]);

    // Every old unused link is refused now, as revoked; the new one of the same organisation works.
    for (const registryNo of [12, 13, 14, 15]) {
      expect(await findUsableInvitation(db, { token: old.get(registryNo)! }, later)).toEqual({ ok: false, problem: "revoked", personal: true });
    }
    expect(await join(old.get(12)!, 602)).toMatchObject({ ok: false, problem: "revoked" });
    expect((await join(fresh.get(12)!, 602)).ok).toBe(true);

    // The organisation whose head joined: its used invitation is as it was, and it got no new one.
    const usedAfter = (await db.select().from(invitations).where(eq(invitations.token, old.get(11)!)))[0]!;
    expect(usedAfter).toEqual(usedBefore);
    const org11 = await orgByRegistryNo(db, 11);
    expect(await db.select().from(invitations).where(and(eq(invitations.organizationId, org11.id), eq(invitations.batchId, second.id)))).toHaveLength(0);
    // The first batch has no usable link left (one used, four replaced): its files would print nothing.
    expect(await loadBatchCards(db, first.id)).toHaveLength(0);
  });

  it("leaves other regions' batches and invitations made one at a time alone", async () => {
    const db = database.db;
    const astana = await createInvitationBatch(db, { regionCode: "astana", createdBy: null, ttlDays: 14, now });
    const single = await inviteToken(db, { role: "head", organizationId: (await orgByRegistryNo(db, 13)).id }, now);
    await createInvitationBatch(db, { regionCode: "aktobe", createdBy: null, ttlDays: 14, now });
    await createInvitationBatch(db, { regionCode: "aktobe", createdBy: null, ttlDays: 14, now: later });
    expect(await loadBatchCards(db, astana.id)).toHaveLength(5);
    expect((await findUsableInvitation(db, { token: single }, later)).ok).toBe(true);
  });

  it("of the country covers every region, and a region's batch afterwards replaces that region's links of it", async () => {
    const db = database.db;
    const country = await createInvitationBatch(db, { regionCode: null, createdBy: null, ttlDays: 14, now });
    expect(country.invitations).toBe(100);
    const region = await createInvitationBatch(db, { regionCode: "aktobe", createdBy: null, ttlDays: 14, now: later });
    expect(region).toMatchObject({ invitations: 5, replaced: 5 });
    expect(await loadBatchCards(db, country.id)).toHaveLength(95);
    const open = await db.select().from(invitations).where(and(isNull(invitations.usedAt), isNull(invitations.revokedAt)));
    // Still one usable link per organisation.
    expect(new Set(open.map((i) => i.organizationId)).size).toBe(open.length);
  });

  it("refuses a stale confirmation and an unknown region, and changes nothing", async () => {
    const db = database.db;
    const first = await createInvitationBatch(db, { regionCode: "aktobe", createdBy: null, ttlDays: 14, now });
    // The question was asked before `first` was made (latest then: none).
    await expect(createInvitationBatch(db, { regionCode: "aktobe", createdBy: 1, ttlDays: 14, now: later, expectLatestBatchId: 0 })).rejects.toEqual(new InvitationBatchError("stale"));
    await expect(createInvitationBatch(db, { regionCode: "atlantis", createdBy: 1, ttlDays: 14, now })).rejects.toEqual(new InvitationBatchError("unknown_region"));
    expect(await db.select().from(invitationBatches)).toHaveLength(1);
    expect(await loadBatchCards(db, first.id)).toHaveLength(5);
    const confirmed = await createInvitationBatch(db, { regionCode: "aktobe", createdBy: 1, ttlDays: 14, now: later, expectLatestBatchId: first.id });
    expect(confirmed.replaced).toBe(5);
  });

  it("inserts 2,600 invitations in chunks of 1,000, not one statement each", async () => {
    const db = database.db;
    await db.insert(organizations).values(Array.from({ length: 2600 }, (_, i) => ({ registryNo: 10_001 + i, regionCode: "aktobe", name: `«Бөбек ${i}» бөбекжай-бақшасы` })));
    statements = [];
    const batch = await createInvitationBatch(db, { regionCode: "aktobe", createdBy: null, ttlDays: 14, now });
    expect(batch.invitations).toBe(2605);
    const inserts = statements.filter((s) => /^insert into "invitations"/i.test(s));
    expect(inserts).toHaveLength(3);
    expect(statements.length).toBeLessThan(15);
    const again = await createInvitationBatch(db, { regionCode: "aktobe", createdBy: null, ttlDays: 14, now: later });
    expect(again.replaced).toBe(2605);
  });
});

describe("who may make a batch", { timeout: 180_000 }, () => {
  const region = (code: string) => ({ code, nameKk: code, nameRu: code });
  const membership = (role: MembershipView["role"], regionCode: string | null, organizationId?: number): MembershipView => ({
    id: 1,
    role,
    scopeKey: "x",
    organization: organizationId ? { id: organizationId, registryNo: 11, name: "x", regionCode: regionCode! } : null,
    region: regionCode ? region(regionCode) : null,
  });
  const actor = (isAdmin: boolean, ...memberships: MembershipView[]): Actor => ({ telegramId: 1, isAdmin, memberships });

  it("national administrators and coordinators everywhere; a regional administrator or coordinator only their region; nobody else", () => {
    expect(mayMakeInvitationBatch(actor(true), null)).toBe(true);
    expect(mayMakeInvitationBatch(actor(false, membership("coordinator", null)), "astana")).toBe(true);
    expect(mayMakeInvitationBatch(actor(false, membership("coordinator", null)), null)).toBe(true);
    const aktobeCoordinator = actor(false, membership("coordinator", "aktobe"));
    expect(mayMakeInvitationBatch(aktobeCoordinator, "aktobe")).toBe(true);
    expect(mayMakeInvitationBatch(aktobeCoordinator, "astana")).toBe(false);
    expect(mayMakeInvitationBatch(aktobeCoordinator, null)).toBe(false);
    const aktobeAdmin = actor(false, membership("regional_admin", "aktobe"));
    expect(mayMakeInvitationBatch(aktobeAdmin, "aktobe")).toBe(true);
    expect(mayMakeInvitationBatch(aktobeAdmin, "astana")).toBe(false);
    expect(mayMakeInvitationBatch(aktobeAdmin, null)).toBe(false);
    expect(mayMakeInvitationBatch(actor(false, membership("methodologist", "aktobe")), "aktobe")).toBe(false);
    expect(mayMakeInvitationBatch(actor(false, membership("head", "aktobe", 1)), "aktobe")).toBe(false);
    expect(mayMakeInvitationBatch(actor(false, membership("parent", "aktobe", 1)), "aktobe")).toBe(false);
  });
});
