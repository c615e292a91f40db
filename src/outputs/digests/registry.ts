import { audienceSection } from "./sections/audience.js";
import { groupsSection } from "./sections/groups.js";
import { reportsSection } from "./sections/reports.js";
import { seminarsSection } from "../../seminars/digest-section.js";
import { skillsSection } from "./sections/skills.js";
import { tipsSection } from "../../tips/digest-section.js";
import type { AnySection } from "./section.js";

/**
 * The digest's sections, in the order they are shown. A feature joins the digest by adding its
 * section here, defined in its own folder (seminars/digest-section.ts: attendance; tips/digest-section.ts:
 * delivered and done per arm) — nothing else changes.
 */
export const digestSections: AnySection[] = [reportsSection, audienceSection, groupsSection, skillsSection, tipsSection, seminarsSection];
