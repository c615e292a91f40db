import { createHash } from "node:crypto";
import { asc } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { organizations } from "../db/schema/index.js";
import type { Organization } from "../registration/registry.js";
import type { RegistryFileReading, RegistryFileRow, RowProblem } from "./read-registry-rows.js";

/** The fields an import sets on an organisation. */
export interface OrganizationFields {
  regionCode: string;
  name: string;
  nameKk: string | null;
  nameRu: string | null;
  legalForm: string | null;
  inPilot: boolean;
}

/** One organisation the import would add or change; `before` is null for a new one. */
export interface PlannedChange {
  line: number;
  registryNo: number;
  organizationId: number | null;
  before: OrganizationFields | null;
  after: OrganizationFields;
}

/** A pilot organisation (the ministry's 100) whose row differs: reported, never changed. */
export interface PilotDifference {
  line: number;
  registryNo: number;
  stored: OrganizationFields;
  inFile: OrganizationFields;
}

export interface RegistryImportPlan {
  changes: PlannedChange[];
  pilotKept: PilotDifference[];
  unchanged: number;
  problems: RowProblem[];
  /** Rows read from the file (problems aside). */
  rowsRead: number;
  /** A digest of the changes: a confirmation applies exactly what the dry run showed, or nothing. */
  hash: string;
}

export type ChangeKind = "added" | "renamed" | "named" | "moved" | "legal_form" | "left" | "returned";

/** What one planned change does; one organisation can be renamed and moved at once. */
export function kindsOf(change: PlannedChange): ChangeKind[] {
  const { before, after } = change;
  if (!before) return ["added"];
  const kinds: ChangeKind[] = [];
  // Renamed: a known name changes. Named: the registered name in a language, unknown so far, is filled in.
  const renamed = before.name !== after.name || (before.nameKk !== null && before.nameKk !== after.nameKk) || (before.nameRu !== null && before.nameRu !== after.nameRu);
  if (renamed) kinds.push("renamed");
  else if (before.nameKk !== after.nameKk || before.nameRu !== after.nameRu) kinds.push("named");
  if (before.regionCode !== after.regionCode) kinds.push("moved");
  if (before.legalForm !== after.legalForm) kinds.push("legal_form");
  if (before.inPilot && !after.inPilot) kinds.push("left");
  if (!before.inPilot && after.inPilot) kinds.push("returned");
  return kinds;
}

export function countKinds(plan: RegistryImportPlan): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { added: 0, renamed: 0, named: 0, moved: 0, legal_form: 0, left: 0, returned: 0 };
  for (const change of plan.changes) for (const kind of kindsOf(change)) counts[kind]++;
  return counts;
}

function fieldsOf(o: Organization): OrganizationFields {
  return { regionCode: o.regionCode, name: o.name, nameKk: o.nameKk, nameRu: o.nameRu, legalForm: o.legalForm, inPilot: o.inPilot };
}

/** The row over what is stored: what the file says wins, an empty cell keeps what is stored. */
function merged(row: RegistryFileRow, stored: OrganizationFields | null): OrganizationFields {
  return {
    regionCode: row.regionCode,
    name: row.nameKk ?? row.name ?? row.nameRu ?? stored!.name,
    nameKk: row.nameKk ?? stored?.nameKk ?? null,
    nameRu: row.nameRu ?? stored?.nameRu ?? null,
    legalForm: row.legalForm ?? stored?.legalForm ?? null,
    inPilot: row.inProject ?? stored?.inPilot ?? true,
  };
}

const same = (a: OrganizationFields, b: OrganizationFields) =>
  a.regionCode === b.regionCode && a.name === b.name && a.nameKk === b.nameKk && a.nameRu === b.nameRu && a.legalForm === b.legalForm && a.inPilot === b.inPilot;

/**
 * The dry run: what applying the file would add and change, compared with the organisations
 * stored now. Organisations absent from the file are left as they are (a region's file says
 * nothing about the others); one leaves the project only when its row says so. The ministry's
 * 100 pilot organisations are never changed; a difference is only reported. `mayAdminister`
 * is the operator's reach: a row that adds to, changes or moves into a region outside it is a problem.
 */
export async function planRegistryImport(
  db: Db,
  reading: RegistryFileReading,
  mayAdminister: (regionCode: string) => boolean,
): Promise<RegistryImportPlan> {
  const stored = await db.select().from(organizations).orderBy(asc(organizations.registryNo));
  const byNo = new Map(stored.map((o) => [o.registryNo, o]));
  const changes: PlannedChange[] = [];
  const pilotKept: PilotDifference[] = [];
  const problems: RowProblem[] = [...reading.problems];
  let unchanged = 0;
  for (const row of reading.rows) {
    const existing = byNo.get(row.registryNo);
    if (!mayAdminister(row.regionCode) || (existing && !mayAdminister(existing.regionCode))) {
      problems.push({ line: row.line, code: "region_outside_scope", value: existing && !mayAdminister(existing.regionCode) ? existing.regionCode : row.regionCode });
      continue;
    }
    const before = existing ? fieldsOf(existing) : null;
    const after = merged(row, before);
    if (before && same(before, after)) unchanged++;
    else if (existing?.pilotCohort) pilotKept.push({ line: row.line, registryNo: row.registryNo, stored: before!, inFile: after });
    else changes.push({ line: row.line, registryNo: row.registryNo, organizationId: existing?.id ?? null, before, after });
  }
  problems.sort((a, b) => a.line - b.line);
  const hash = createHash("sha256")
    .update(JSON.stringify(changes.map((c) => [c.registryNo, c.organizationId, c.before, c.after])))
    .digest("hex");
  return { changes, pilotKept, unchanged, problems, rowsRead: reading.rows.length, hash };
}
