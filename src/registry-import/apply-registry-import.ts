import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { organizations, registryImports } from "../db/schema/index.js";
import { writeAudits, type AuditEntry } from "../registration/audit.js";
import { countKinds, kindsOf, planRegistryImport, type ChangeKind, type RegistryImportPlan } from "./plan-registry-import.js";
import { almatyDay } from "../shared/local-date.js";
import type { RegistryFileReading } from "./read-registry-rows.js";

export class RegistryImportRefused extends Error {
  /** problems: rows cannot be read; changed: the data moved since the dry run; decided: confirmed or cancelled before. */
  constructor(public readonly code: "problems" | "changed" | "decided") {
    super(`registry import refused: ${code}`);
  }
}

const CHUNK = 1000;

/**
 * Applies a registry file in one transaction: the plan is made again inside it (the organisations
 * locked against a concurrent import) and applied whole, or nothing is. A file with unreadable rows
 * is refused; `expectedHash` (the dry run's) refuses a plan that changed since; `importId` moves the
 * chat's pending import to applied exactly once. The same file applied twice changes nothing.
 */
export async function applyRegistryImport(
  db: Db,
  reading: RegistryFileReading,
  options: { mayAdminister: (regionCode: string) => boolean; actorId: number | null; expectedHash?: string; importId?: number; now: Date },
): Promise<{ plan: RegistryImportPlan; counts: Record<ChangeKind, number> }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`LOCK TABLE organizations IN SHARE ROW EXCLUSIVE MODE`);
    const plan = await planRegistryImport(tx, reading, options.mayAdminister);
    if (plan.problems.length > 0) throw new RegistryImportRefused("problems");
    if (options.expectedHash !== undefined && plan.hash !== options.expectedHash) throw new RegistryImportRefused("changed");
    if (options.importId !== undefined) {
      const decided = await tx
        .update(registryImports)
        .set({ status: "applied", decidedAt: options.now })
        .where(and(eq(registryImports.id, options.importId), eq(registryImports.status, "pending")))
        .returning({ id: registryImports.id });
      if (decided.length === 0) throw new RegistryImportRefused("decided");
    }
    const added = plan.changes.filter((c) => c.before === null);
    const audits: AuditEntry[] = [];
    for (let i = 0; i < added.length; i += CHUNK) {
      const rows = await tx
        .insert(organizations)
        // Added after the pilot started: owes the reports whose due day is today or later (owesReport).
        .values(added.slice(i, i + CHUNK).map((c) => ({ registryNo: c.registryNo, ...c.after, joinedOn: almatyDay(options.now) })))
        .returning({ id: organizations.id, registryNo: organizations.registryNo });
      const byNo = new Map(added.slice(i, i + CHUNK).map((c) => [c.registryNo, c]));
      for (const row of rows) audits.push({ actorId: options.actorId, action: "organization.added", subjectId: row.id, details: { registryNo: row.registryNo, ...byNo.get(row.registryNo)!.after, by: "registry_import" } });
    }
    for (const change of plan.changes.filter((c) => c.before !== null)) {
      await tx.update(organizations).set(change.after).where(eq(organizations.id, change.organizationId!));
      audits.push({ actorId: options.actorId, action: "organization.updated", subjectId: change.organizationId, details: { registryNo: change.registryNo, kinds: kindsOf(change), before: change.before, after: change.after } });
    }
    const counts = countKinds(plan);
    if (plan.changes.length > 0) {
      audits.push({ actorId: options.actorId, action: "registry.imported", details: { ...counts, unchanged: plan.unchanged, pilotKept: plan.pilotKept.length, planHash: plan.hash } });
      await writeAudits(tx, audits);
    }
    return { plan, counts };
  });
}
