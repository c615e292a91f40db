import { getOrganization } from "../../../registration/registry.js";
import { reviewRegions } from "../../../registration/permissions.js";
import { getReport, type Report } from "../../../reports/report-draft.js";
import { isOwnReport } from "../../../reports/report-access.js";
import type { BotContext, ConversationContext } from "../../context.js";

/**
 * The report, if the actor may review it: its kindergarten is in their region (or they are an
 * administrator), and it is not their own (they submitted no version of it and do not head it).
 */
export async function reviewableReport(ctx: BotContext | ConversationContext, reportId: number): Promise<{ report: Report; organizationName: string; regionCode: string } | null> {
  const report = await getReport(ctx.deps.db, reportId);
  if (!report) return null;
  const organization = await getOrganization(ctx.deps.db, report.organizationId);
  if (!organization) return null;
  const regions = reviewRegions(ctx.actor);
  if (regions !== "all" && !regions.includes(organization.regionCode)) return null;
  if (await isOwnReport(ctx.deps.db, report.id, ctx.actor.telegramId)) return null;
  return { report, organizationName: organization.name, regionCode: organization.regionCode };
}
