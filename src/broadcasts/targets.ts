import type { Actor } from "../registration/actor.js";

export type BroadcastAudience = "heads" | "methodologists" | "parents";

/** Whom an announcement goes to: an audience within a reach (`national`, `region:<code>`, `org:<id>`). */
export interface BroadcastTarget {
  audience: BroadcastAudience;
  scopeKey: string;
}

/**
 * Who may announce to whom: methodologists to the heads of their region; coordinators and
 * administrators to heads, methodologists or parents within their scope; heads to the parents of
 * their own kindergarten. The one place a target is checked — on every button, not only when shown.
 */
export function broadcastTargets(actor: Actor): BroadcastTarget[] {
  const targets = new Map<string, BroadcastTarget>();
  const add = (audience: BroadcastAudience, scopeKey: string) => targets.set(`${audience}|${scopeKey}`, { audience, scopeKey });
  const wide = (scopeKey: string) => (["heads", "methodologists", "parents"] as const).forEach((a) => add(a, scopeKey));
  if (actor.isAdmin) wide("national");
  for (const m of actor.memberships) {
    if (m.role === "coordinator") wide(m.region ? `region:${m.region.code}` : "national");
    else if (m.role === "methodologist" && m.region) add("heads", `region:${m.region.code}`);
    else if (m.role === "head" && m.organization) add("parents", `org:${m.organization.id}`);
  }
  return [...targets.values()];
}

export function mayBroadcastTo(actor: Actor, target: BroadcastTarget): boolean {
  return broadcastTargets(actor).some((t) => t.audience === target.audience && t.scopeKey === target.scopeKey);
}

export function audienceRoles(audience: BroadcastAudience): ("head" | "parent" | "methodologist")[] {
  return audience === "heads" ? ["head"] : audience === "parents" ? ["parent"] : ["methodologist"];
}

/**
 * An announcement to parents of more than one kindergarten (a region, chosen kindergartens, the
 * country) reaches thousands of families under the project's name: a second person approves it.
 */
export function needsApproval(b: { audience: BroadcastAudience | null; scopeKey: string; organizationIds: number[] | null }): boolean {
  return b.audience === "parents" && !b.scopeKey.startsWith("org:") && (b.organizationIds?.length ?? 0) !== 1;
}

/**
 * Who may approve it: administrators, and coordinators whose reach covers the announcement's (a
 * national coordinator anything, a regional one their region) — the people who answer for what
 * parents there read. Never its author, whatever their role.
 */
export function mayApproveBroadcast(actor: Actor, b: { authorId: number; scopeKey: string }): boolean {
  if (actor.telegramId === b.authorId) return false;
  if (actor.isAdmin) return true;
  return actor.memberships.some((m) => m.role === "coordinator" && (!m.region || `region:${m.region.code}` === b.scopeKey));
}
