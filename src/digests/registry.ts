import { audienceSection } from "./sections/audience.js";
import { groupsSection } from "./sections/groups.js";
import { reportsSection } from "./sections/reports.js";
import { seminarsSection } from "./sections/seminars.js";
import { skillsSection } from "./sections/skills.js";
import { tipsSection } from "./sections/tips.js";
import type { AnySection } from "./section.js";

/**
 * The digest's sections, in the order they are shown. A feature joins the digest by adding its
 * section here (seminars: attendance; tips: delivered and done per arm) — nothing else changes.
 */
export const digestSections: AnySection[] = [reportsSection, audienceSection, groupsSection, skillsSection, tipsSection, seminarsSection];
