import { eq } from "drizzle-orm";
import { organizations } from "../db/schema/index.js";

/**
 * The one definition of an active organisation: it takes part in the project (`in_pilot`).
 * One that left (marked by a registry import, never deleted) keeps its reports and history but
 * disappears from pickers, /status, reminders, digests and exports: every query that lists or
 * iterates organisations adds this condition (or `organizationsInScope`, which includes it).
 */
export const activeOrganization = eq(organizations.inPilot, true);
