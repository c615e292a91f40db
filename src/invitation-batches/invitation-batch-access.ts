import type { Actor } from "../registration/actor.js";
import type { BatchScope } from "./invitation-batch.js";
import { administeredRegions } from "../registration/permissions.js";

/**
 * Whose heads' invitations an actor may make in one batch: national administrators and national
 * coordinators every region and the whole country; a regional administrator or a regional
 * coordinator their region. Methodologists invite heads one at a time (/invite) but make no
 * batches; heads and parents nothing.
 */
export function invitationBatchRegions(actor: Actor): "all" | string[] {
  const administered = administeredRegions(actor);
  if (administered === "all") return "all";
  const regions = new Set<string>(administered);
  for (const m of actor.memberships) {
    if (m.role !== "coordinator") continue;
    if (!m.region) return "all";
    regions.add(m.region.code);
  }
  return [...regions].sort();
}

/** May the actor make the batch of this region (or, `null`, of the whole country)? */
export function mayMakeInvitationBatch(actor: Actor, regionCode: BatchScope): boolean {
  const reach = invitationBatchRegions(actor);
  if (reach === "all") return true;
  return regionCode !== null && reach.includes(regionCode);
}
