import type { Actor } from "../registration/actor.js";

/**
 * Who may do what with a kindergarten's groups: its heads describe them (add, archive); the
 * region's methodologists confirm or change arms; coordinators of the region (or national ones)
 * look only. Checked on every command and every button press.
 */
export interface GroupAccess {
  view: boolean;
  manage: boolean;
  setArm: boolean;
}

export function groupAccess(actor: Actor, organization: { id: number; regionCode: string }): GroupAccess {
  let manage = false;
  let setArm = false;
  let view = false;
  for (const m of actor.memberships) {
    if (m.role === "head" && m.organization?.id === organization.id) manage = view = true;
    if (m.role === "methodologist" && m.region?.code === organization.regionCode) setArm = view = true;
    if (m.role === "coordinator" && (!m.region || m.region.code === organization.regionCode)) view = true;
  }
  return { view, manage, setArm };
}

/** Where /groups starts for this actor: their own kindergartens, the regions they oversee, or everything. */
export function groupScope(actor: Actor): { ownOrganizations: { id: number; name: string }[]; regions: string[]; national: boolean } {
  const own = new Map<number, string>();
  const regions = new Set<string>();
  let national = false;
  for (const m of actor.memberships) {
    if (m.role === "head" && m.organization) own.set(m.organization.id, m.organization.name);
    if (m.role === "methodologist" && m.region) regions.add(m.region.code);
    if (m.role === "coordinator") {
      if (m.region) regions.add(m.region.code);
      else national = true;
    }
  }
  return { ownOrganizations: [...own].map(([id, name]) => ({ id, name })), regions: [...regions].sort(), national };
}

export function mayUseGroups(actor: Actor): boolean {
  const scope = groupScope(actor);
  return scope.ownOrganizations.length > 0 || scope.regions.length > 0 || scope.national;
}
