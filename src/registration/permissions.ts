import type { Actor } from "./actor.js";
import type { Place, Role } from "./roles.js";

/**
 * Regions the actor administers: every region for a national administrator (ADMIN_IDS), the
 * region of each `regional_admin` membership otherwise. A regional administrator does for their
 * region what a national one does for the country, and nothing outside it.
 */
export function administeredRegions(actor: Actor): "all" | string[] {
  if (actor.isAdmin) return "all";
  return [...new Set(actor.memberships.filter((m) => m.role === "regional_admin" && m.region).map((m) => m.region!.code))].sort();
}

/** The one question for every administrative action on a region (import, batches, order, control). */
export function mayAdministerRegion(actor: Actor, regionCode: string): boolean {
  const regions = administeredRegions(actor);
  return regions === "all" || regions.includes(regionCode);
}

/** National administrators, and regional ones for their regions. */
export function mayAdministerAnyRegion(actor: Actor): boolean {
  const regions = administeredRegions(actor);
  return regions === "all" || regions.length > 0;
}

/**
 * Who may invite whom: national administrators anyone, regional administrators included;
 * regional administrators every role of their region (never another administrator); coordinators
 * methodologists and heads within their scope; methodologists heads in their region. Heads hand
 * out their parent link instead.
 */
export function invitableRoles(actor: Actor): Role[] {
  if (actor.isAdmin) return ["head", "methodologist", "coordinator", "parent", "regional_admin"];
  const result = new Set<Role>();
  for (const m of actor.memberships) {
    if (m.role === "regional_admin") {
      result.add("head");
      result.add("methodologist");
      result.add("coordinator");
      result.add("parent");
    }
    if (m.role === "coordinator") {
      result.add("methodologist");
      result.add("head");
    }
    if (m.role === "methodologist") result.add("head");
  }
  return (["head", "methodologist", "coordinator", "parent", "regional_admin"] as const).filter((r) => result.has(r));
}

/** Regions the actor may invite `role` into; "all" for national reach. */
export function invitableRegions(actor: Actor, role: Role): "all" | string[] {
  if (actor.isAdmin) return "all";
  const regions = new Set<string>();
  for (const m of actor.memberships) {
    const reaches =
      (m.role === "regional_admin" && role !== "regional_admin") ||
      (m.role === "coordinator" && (role === "methodologist" || role === "head")) ||
      (m.role === "methodologist" && role === "head");
    if (!reaches) continue;
    if (m.role === "coordinator" && !m.region) return "all";
    if (m.region) regions.add(m.region.code);
  }
  return [...regions].sort();
}

export function canInviteInto(actor: Actor, role: Role, regionCode: string | null): boolean {
  if (!invitableRoles(actor).includes(role)) return false;
  const reach = invitableRegions(actor, role);
  if (reach === "all") return true;
  // A national coordinator invitation (regionCode null) needs national reach.
  return regionCode !== null && reach.includes(regionCode);
}

/** Organisations whose parent link the actor may show and rotate. */
export function parentLinkOrganizations(actor: Actor): { id: number; name: string }[] {
  return actor.memberships
    .filter((m) => m.role === "head" && m.organization)
    .map((m) => ({ id: m.organization!.id, name: m.organization!.name }));
}

export type CommandName =
  | "start" | "help" | "me" | "lang" | "join" | "invite" | "invitations" | "parentlink" | "groups" | "periods" | "leave" | "cancel"
  | "report" | "review" | "tip" | "tips" | "child" | "activities"
  | "export" | "analytics"
  | "seminar" | "seminars" | "broadcast" | "bestpractice"
  | "status" | "digest" | "import";

/** The commands a user's roles allow, in menu order. /help and the Telegram menu both use this. */
export function commandsFor(actor: Actor): CommandName[] {
  const commands: CommandName[] = ["start", "help"];
  const isHead = actor.memberships.some((m) => m.role === "head");
  if (isHead) commands.push("report", "cancel");
  // Returning a report is a short conversation that /cancel leaves.
  if (mayReview(actor)) commands.push("review", ...(isHead ? [] : (["cancel"] as const)));
  if (mayViewAnything(actorScope(actor))) commands.push("status");
  if (receivesDigest(actor)) commands.push("digest");
  if (mayOrganizeSeminars(actor)) commands.push("seminar", "seminars");
  if (mayBroadcast(actor)) commands.push("broadcast");
  if (mayOrganizeSeminars(actor)) commands.push("bestpractice");
  if (invitableRoles(actor).length > 0) commands.push("invite");
  if (invitableRoles(actor).some((r) => r !== "parent")) commands.push("invitations");
  if (parentLinkOrganizations(actor).length > 0) commands.push("parentlink");
  if (actor.memberships.some((m) => m.role === "head" || m.role === "methodologist" || m.role === "coordinator")) commands.push("groups");
  if (actor.isAdmin) commands.push("periods");
  if (mayAdministerAnyRegion(actor)) commands.push("import");
  const isParent = actor.memberships.some((m) => m.role === "parent");
  if (isParent) commands.push("tip", "child");
  if (isParent || isHead || actor.memberships.some((m) => m.role === "methodologist" || m.role === "regional_admin")) commands.push("tips");
  if (mayOpenActivityLibrary(actor)) commands.push("activities");
  const scope = actorScope(actor);
  if (mayViewAnything(scope)) commands.push("export");
  if (scope.national || scope.regions.length > 0) commands.push("analytics");
  commands.push("join", "me", "lang");
  if (actor.memberships.length > 0) commands.push("leave");
  return commands;
}

/** Regions whose reports the actor reviews: methodologists and regional administrators their regions, administrators all. */
export function reviewRegions(actor: Actor): "all" | string[] {
  if (actor.isAdmin) return "all";
  return [...new Set(actor.memberships.filter((m) => (m.role === "methodologist" || m.role === "regional_admin") && m.region).map((m) => m.region!.code))].sort();
}

export function mayReview(actor: Actor): boolean {
  const regions = reviewRegions(actor);
  return regions === "all" || regions.length > 0;
}

/**
 * What an actor may see of the pilot's figures (/status, digests, exports, analytics): everything
 * for administrators and national coordinators; the regions of their coordinator, methodologist and
 * regional administrator memberships; the kindergartens they head. Parents see no figures. The one
 * type for "what may be seen"; `organizationsInScope` (figures/scope-filter.ts) is its one filter.
 */
export interface Scope {
  national: boolean;
  regions: string[];
  organizationIds: number[];
}

/** What one place (a membership's, a digest's) lets one see. */
export function scopeOfPlace(place: Place): Scope {
  switch (place.kind) {
    case "national":
      return { national: true, regions: [], organizationIds: [] };
    case "region":
      return { national: false, regions: [place.regionCode], organizationIds: [] };
    case "organization":
      return { national: false, regions: [], organizationIds: [place.organizationId] };
  }
}

export function actorScope(actor: Actor): Scope {
  const regions = new Set<string>();
  const organizationIds = new Set<number>();
  let national = actor.isAdmin;
  for (const m of actor.memberships) {
    if (m.role === "coordinator" && !m.region) national = true;
    else if ((m.role === "coordinator" || m.role === "methodologist" || m.role === "regional_admin") && m.region) regions.add(m.region.code);
    else if (m.role === "head" && m.organization) organizationIds.add(m.organization.id);
  }
  return { national, regions: [...regions].sort(), organizationIds: [...organizationIds].sort((a, b) => a - b) };
}

export function mayViewAnything(scope: Scope): boolean {
  return scope.national || scope.regions.length > 0 || scope.organizationIds.length > 0;
}

export function mayViewRegion(scope: Scope, regionCode: string): boolean {
  return scope.national || scope.regions.includes(regionCode);
}

/** A kindergarten is visible to those who see its region, and to its own heads. */
export function mayViewOrganization(scope: Scope, organization: { id: number; regionCode: string }): boolean {
  return mayViewRegion(scope, organization.regionCode) || scope.organizationIds.includes(organization.id);
}

/** Seminars: methodologists for their region, coordinators and administrators for their scope. */
export function mayOrganizeSeminars(actor: Actor): boolean {
  return actor.isAdmin || actor.memberships.some((m) => m.role === "methodologist" || m.role === "coordinator");
}

/** Announcements: those who organise seminars, and heads to their own kindergarten's parents. */
export function mayBroadcast(actor: Actor): boolean {
  return mayOrganizeSeminars(actor) || actor.memberships.some((m) => m.role === "head" && m.organization);
}

/**
 * The weekly activities' library is national: its text reaches every parent in the country under the
 * ministry's name, so only national editors change it — administrators and national coordinators
 * (the Ministry and the Institute, who own the pilot's methodology for the whole country). Regional
 * roles never write it directly: one compromised regional account must not reach every parent.
 */
export function mayEditActivityLibrary(actor: Actor): boolean {
  return actor.isAdmin || actor.memberships.some((m) => m.role === "coordinator" && !m.region);
}

/** Methodologists (of any region) propose new activities and changes; a national editor approves them. */
export function mayProposeActivities(actor: Actor): boolean {
  return actor.memberships.some((m) => m.role === "methodologist");
}

/** /activities: national editors keep the library, methodologists read it and propose. */
export function mayOpenActivityLibrary(actor: Actor): boolean {
  return mayEditActivityLibrary(actor) || mayProposeActivities(actor);
}

/** Coordinators and methodologists receive the weekly digest of their scope (and may switch it off). */
export function receivesDigest(actor: Actor): boolean {
  return actor.memberships.some((m) => m.role === "coordinator" || m.role === "methodologist");
}

/**
 * Regions whose order of weekly activities the actor may set (and where the control restriction is
 * lifted): administrators every region, regional administrators and methodologists their own. National coordinators edit the library's text, not a region's order.
 */
export function activityOrderRegions(actor: Actor): "all" | string[] {
  if (actor.isAdmin) return "all";
  return [...new Set(actor.memberships.filter((m) => (m.role === "methodologist" || m.role === "regional_admin") && m.region).map((m) => m.region!.code))].sort();
}

/**
 * Regions whose control-group restriction the actor lifts at the end of the pilot (and puts back):
 * the region's methodologists and regional administrators; national administrators anywhere.
 */
export function controlLiftRegions(actor: Actor): "all" | string[] {
  if (actor.isAdmin) return "all";
  return [...new Set(actor.memberships.filter((m) => (m.role === "methodologist" || m.role === "regional_admin") && m.region).map((m) => m.region!.code))].sort();
}

export function mayLiftControlIn(actor: Actor, regionCode: string): boolean {
  const regions = controlLiftRegions(actor);
  return regions === "all" || regions.includes(regionCode);
}

export function mayOrderActivitiesIn(actor: Actor, regionCode: string): boolean {
  const regions = activityOrderRegions(actor);
  return regions === "all" || regions.includes(regionCode);
}

/**
 * The levels of the approval chain an actor acts at for a region (src/approvals): the region's
 * methodologists approve for the methodological centre, its regional coordinators for the
 * department, national coordinators accept for the Institute. Administrators set the due days but
 * sign nothing: an approval is an institution's decision, made by its own people.
 */
export function approvalLevelsFor(actor: Actor, regionCode: string): ("centre" | "department" | "institute")[] {
  const levels = new Set<"centre" | "department" | "institute">();
  for (const m of actor.memberships) {
    if (m.role === "methodologist" && m.region?.code === regionCode) levels.add("centre");
    if (m.role === "coordinator" && m.region?.code === regionCode) levels.add("department");
    if (m.role === "coordinator" && !m.region) levels.add("institute");
  }
  return (["centre", "department", "institute"] as const).filter((l) => levels.has(l));
}
