import type { Actor } from "../registration/actor.js";

/**
 * The reaches from which an actor may organise seminars and address announcements:
 * methodologists their regions; coordinators their region or the country; administrators the
 * country. Widest first. Empty → the actor may not organise.
 */
export function organizerScopes(actor: Actor): string[] {
  const scopes = new Set<string>();
  if (actor.isAdmin) scopes.add("national");
  for (const m of actor.memberships) {
    if (m.role === "coordinator" && !m.region) scopes.add("national");
    else if ((m.role === "coordinator" || m.role === "methodologist") && m.region) scopes.add(`region:${m.region.code}`);
  }
  return [...scopes].sort((a, b) => (a === "national" ? -1 : b === "national" ? 1 : a.localeCompare(b)));
}

export function mayOrganize(actor: Actor): boolean {
  return organizerScopes(actor).length > 0;
}

/** The region of a `region:<code>` scope; null for `national`. */
export function scopeRegion(scopeKey: string): string | null {
  return scopeKey.startsWith("region:") ? scopeKey.slice("region:".length) : null;
}

/** An event or broadcast is managed by its author; administrators may step in. */
export function mayManage(actor: Actor, authorId: number): boolean {
  return actor.isAdmin || actor.telegramId === authorId;
}
