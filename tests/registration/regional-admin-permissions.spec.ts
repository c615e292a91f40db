import { describe, expect, it } from "vitest";
import type { Actor, MembershipView } from "../../src/registration/actor.js";
import {
  activityOrderRegions,
  administeredRegions,
  canInviteInto,
  invitableRoles,
  mayAdministerRegion,
  mayOrderActivitiesIn,
  reviewRegions,
  actorScope,
} from "../../src/registration/permissions.js";
import { roles } from "../../src/registration/roles.js";

const region = (code: string) => ({ code, nameKk: code, nameRu: code });
const regionalAdmin = (code: string, id = 1): MembershipView => ({ id, role: "regional_admin", scopeKey: `region:${code}`, organization: null, region: region(code) });
const actor = (memberships: MembershipView[], isAdmin = false): Actor => ({ telegramId: 7, isAdmin, memberships });

const national = actor([], true);
const ofAktobe = actor([regionalAdmin("aktobe")]);

describe("a regional administrator", () => {
  it("administers their own region and no other; a national administrator every region", () => {
    expect(administeredRegions(ofAktobe)).toEqual(["aktobe"]);
    expect(mayAdministerRegion(ofAktobe, "aktobe")).toBe(true);
    expect(mayAdministerRegion(ofAktobe, "almaty")).toBe(false);
    expect(mayAdministerRegion(national, "almaty")).toBe(true);
    expect(mayAdministerRegion(actor([]), "aktobe")).toBe(false);
  });

  it("invites every role of their region, never another administrator, and nothing outside the region", () => {
    expect(invitableRoles(ofAktobe).sort()).toEqual(["coordinator", "head", "methodologist", "parent"]);
    for (const role of roles) {
      expect(canInviteInto(ofAktobe, role, "almaty")).toBe(false);
      expect(canInviteInto(ofAktobe, role, "aktobe")).toBe(role !== "regional_admin");
    }
    // A national coordinator (no region) needs national reach.
    expect(canInviteInto(ofAktobe, "coordinator", null)).toBe(false);
  });

  it("is created only by national administrators", () => {
    expect(canInviteInto(national, "regional_admin", "almaty")).toBe(true);
    expect(canInviteInto(ofAktobe, "regional_admin", "aktobe")).toBe(false);
    const nationalCoordinator = actor([{ id: 2, role: "coordinator", scopeKey: "national", organization: null, region: null }]);
    expect(canInviteInto(nationalCoordinator, "regional_admin", "aktobe")).toBe(false);
  });

  it("sees, reviews and orders the activities of their region only", () => {
    expect(actorScope(ofAktobe)).toEqual({ national: false, regions: ["aktobe"], organizationIds: [] });
    expect(reviewRegions(ofAktobe)).toEqual(["aktobe"]);
    expect(activityOrderRegions(ofAktobe)).toEqual(["aktobe"]);
    expect(mayOrderActivitiesIn(ofAktobe, "almaty")).toBe(false);
  });
});
