import { InlineKeyboard } from "grammy";
import { countOrganizations, getRegion, listOrganizations, type Organization, type Region } from "../registration/registry.js";
import type { BotContext } from "./context.js";
import { BUTTON_LABEL_MAX, shorten } from "../shared/message-limits.js";

export const ORGANIZATIONS_PER_PAGE = 8;

/**
 * One page of a region's kindergartens as buttons (registry number and name), with ◀ ▶ between
 * pages. The caller says what each button does. Null when the region does not exist.
 */
export async function organizationPage(
  ctx: BotContext,
  regionCode: string,
  page: number,
  data: { organization: (org: Organization) => string; page: (page: number) => string },
): Promise<{ region: Region; total: number; keyboard: InlineKeyboard } | null> {
  const { db } = ctx.deps;
  const region = await getRegion(db, regionCode);
  if (!region) return null;
  const total = await countOrganizations(db, regionCode);
  const organizations = await listOrganizations(db, { regionCode, offset: page * ORGANIZATIONS_PER_PAGE, limit: ORGANIZATIONS_PER_PAGE });
  const keyboard = new InlineKeyboard();
  for (const org of organizations) keyboard.text(shorten(`${org.registryNo}. ${org.name}`, BUTTON_LABEL_MAX), data.organization(org)).row();
  if (page > 0) keyboard.text("◀", data.page(page - 1));
  if ((page + 1) * ORGANIZATIONS_PER_PAGE < total) keyboard.text("▶", data.page(page + 1));
  return { region, total, keyboard };
}
