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
