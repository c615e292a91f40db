import { createHash } from "node:crypto";
import type { Db } from "../db/client.js";
import { listRegions, type Region } from "../registration/registry.js";
import type { RegistryFileLimits } from "./limits.js";
import { planRegistryImport, type RegistryImportPlan } from "./plan-registry-import.js";
import { readRegistryFile, type RegistryFileReading } from "./read-registry-rows.js";

export interface RegistryCheck {
  fileHash: string;
  regions: Region[];
  reading: RegistryFileReading;
  plan: RegistryImportPlan;
}

export function fileHashOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The dry run of a file: read it, compare it with the registry, change nothing. Throws RegistryFileError. */
export async function checkRegistryFile(
  db: Db,
  bytes: Uint8Array,
  mayAdminister: (regionCode: string) => boolean,
  limits?: RegistryFileLimits,
): Promise<RegistryCheck> {
  const regions = await listRegions(db);
  const reading = await readRegistryFile(bytes, regions, limits ? { limits } : {});
  const plan = await planRegistryImport(db, reading, mayAdminister);
  return { fileHash: fileHashOf(bytes), regions, reading, plan };
}
