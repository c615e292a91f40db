import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/client.js";
import { auditLog } from "../../src/db/schema/index.js";
import { addGroup, archiveGroup, armChildren, GroupError, listGroups, setGroupArm } from "../../src/reports/groups.js";
import { orgByRegistryNo } from "../helpers/fixtures.js";
import { createTestDatabase, resetDatabase } from "../helpers/test-db.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());
beforeEach(async () => resetDatabase(database.db));

const group = (organizationId: number, name: string, arm: "experimental" | "control", childrenCount: number) =>
  addGroup(database.db, { organizationId, name, ageBand: "middle", childrenCount, arm, createdBy: 7 });

describe("groups and arms (service)", () => {
  it("armChildren sums the children of active groups per arm, organisation by organisation", async () => {
    const db = database.db;
    const a = await orgByRegistryNo(db, 11);
    const b = await orgByRegistryNo(db, 12);
    expect(await armChildren(db, a.id)).toEqual({ experimental: 0, control: 0 });
    await group(a.id, "Күншуақ", "experimental", 22);
    await group(a.id, "Балапан", "experimental", 18);
    const control = await group(a.id, "Ақбота", "control", 20);
    await group(b.id, "Жұлдыз", "control", 25);
    expect(await armChildren(db, a.id)).toEqual({ experimental: 40, control: 20 });
    expect(await armChildren(db, b.id)).toEqual({ experimental: 0, control: 25 });

    await archiveGroup(db, control.id, 7);
    expect(await armChildren(db, a.id)).toEqual({ experimental: 40, control: 0 });
    expect((await listGroups(db, a.id)).map((g) => g.name)).toEqual(["Күншуақ", "Балапан"]);
  });

  it("rejects a duplicate name among active groups, invalid values, and archiving twice", async () => {
    const db = database.db;
    const org = await orgByRegistryNo(db, 13);
    const first = await group(org.id, "Күншуақ", "experimental", 22);
    await expect(group(org.id, "  күншуақ ", "control", 10)).rejects.toBeInstanceOf(GroupError);
    await expect(group(org.id, "x".repeat(61), "control", 10)).rejects.toThrow();
    await expect(group(org.id, "Ок", "control", 0)).rejects.toThrow();
    await expect(group(org.id, "Ок", "control", 61)).rejects.toThrow();
    expect(await archiveGroup(db, first.id, 7)).not.toBeNull();
    expect(await archiveGroup(db, first.id, 7)).toBeNull();
    // Archived names may be reused.
    await expect(group(org.id, "Күншуақ", "control", 10)).resolves.toMatchObject({ name: "Күншуақ" });
  });

  it("setGroupArm confirms or changes the arm, records who and when, and is audited", async () => {
    const db = database.db;
    const org = await orgByRegistryNo(db, 14);
    const g = await group(org.id, "Балапан", "experimental", 18);
    expect(g.armConfirmedBy).toBeNull();
    const at = new Date("2026-11-22T06:00:00Z");
    const changed = await setGroupArm(db, { groupId: g.id, arm: "control", by: 900, now: at });
    expect(changed?.before.arm).toBe("experimental");
    expect(changed?.after).toMatchObject({ arm: "control", armConfirmedBy: 900, armConfirmedAt: at });
    expect(await armChildren(db, org.id)).toEqual({ experimental: 0, control: 18 });
    const entries = await db.select().from(auditLog).where(eq(auditLog.action, "group.arm_set"));
    expect(entries[0]).toMatchObject({ actorId: 900, details: { groupId: g.id, from: "experimental", to: "control" } });

    await archiveGroup(db, g.id, 7);
    expect(await setGroupArm(db, { groupId: g.id, arm: "experimental", by: 900 })).toBeNull();
    expect(await setGroupArm(db, { groupId: 999_999, arm: "experimental", by: 900 })).toBeNull();
  });
});
