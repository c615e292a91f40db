import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { registryImports } from "../db/schema/index.js";

export type RegistryImportRow = typeof registryImports.$inferSelect;

/** A checked file waiting for its sender's confirmation; an older pending one of the same person is superseded. */
export async function recordPendingImport(
  db: Db,
  input: { actorId: number; fileId: string; fileName: string | null; fileHash: string; planHash: string; now: Date },
): Promise<RegistryImportRow> {
  return db.transaction(async (tx) => {
    await tx
      .update(registryImports)
      .set({ status: "superseded", decidedAt: input.now })
      .where(and(eq(registryImports.actorId, input.actorId), eq(registryImports.status, "pending")));
    const [row] = await tx.insert(registryImports).values({ ...input, createdAt: input.now }).returning();
    return row!;
  });
}

export async function getImport(db: Db, id: number): Promise<RegistryImportRow | undefined> {
  const [row] = await db.select().from(registryImports).where(eq(registryImports.id, id));
  return row;
}

/** Cancels a pending import once (compare-and-set); false when it was already decided. */
export async function cancelPendingImport(db: Db, id: number, now: Date): Promise<boolean> {
  const rows = await db
    .update(registryImports)
    .set({ status: "cancelled", decidedAt: now })
    .where(and(eq(registryImports.id, id), eq(registryImports.status, "pending")))
    .returning({ id: registryImports.id });
  return rows.length > 0;
}
