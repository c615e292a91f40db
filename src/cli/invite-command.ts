import { z } from "zod";
import { createInvitation, deepLink, getParentLink, type InvitationTarget } from "../registration/invitations.js";
import { findOrganizationByRegistryNo, getRegion } from "../registration/registry.js";
import { roleSchema } from "../registration/roles.js";
import { formatJoinCode } from "../registration/tokens.js";
import { formatDate } from "../shared/time.js";
import { registryNo, UsageError, zodMessage } from "./cli-args.js";
import type { DatabaseCommand } from "./cli-command.js";
import { askBotUsername } from "./bot-username.js";

export const inviteArgsSchema = z
  .object({
    role: roleSchema,
    org: registryNo.optional(),
    region: z.string().optional(),
    national: z.boolean().optional(),
  })
  .superRefine((a, ctx) => {
    const needsOrg = a.role === "head" || a.role === "parent";
    if (needsOrg && a.org === undefined) ctx.addIssue({ code: "custom", message: `--role ${a.role} needs --org <registry no>` });
    if ((a.role === "methodologist" || a.role === "regional_admin") && !a.region) ctx.addIssue({ code: "custom", message: `--role ${a.role} needs --region <code>` });
    if (a.role === "coordinator" && !a.region === !a.national)
      ctx.addIssue({ code: "custom", message: "--role coordinator needs exactly one of --region <code> or --national" });
  });
export type InviteArgs = z.output<typeof inviteArgsSchema>;

/**
 * `invite --role <role> (--org <registry no> | --region <code> | --national)`: a single-use
 * invitation, or for parents the kindergarten's current multi-use link and join code.
 */
export const inviteCommand: DatabaseCommand<{ invite: InviteArgs; botUsername: string }> = {
  async prepare(input) {
    const parsed = inviteArgsSchema.safeParse(input.values);
    if (!parsed.success) throw new UsageError(zodMessage(parsed.error));
    return { invite: parsed.data, botUsername: await askBotUsername(input) };
  },
  async run(db, { invite: a, botUsername }, { io, clock, env }) {
    let target: InvitationTarget;
    let where: string;
    if (a.role === "head" || a.role === "parent") {
      const org = await findOrganizationByRegistryNo(db, a.org!);
      if (!org) throw new UsageError(`no organisation with registry number ${a.org} (see: orgs)`);
      target = { role: a.role, organizationId: org.id };
      where = `${org.registryNo}. ${org.name}`;
    } else if (a.region) {
      const region = await getRegion(db, a.region);
      if (!region) throw new UsageError(`unknown region "${a.region}" (see: regions)`);
      target = a.role === "methodologist" || a.role === "regional_admin" ? { role: a.role, regionCode: region.code } : { role: "coordinator", regionCode: region.code };
      where = `${region.nameKk} / ${region.nameRu}`;
    } else {
      target = { role: "coordinator", regionCode: null };
      where = "national";
    }
    if (target.role === "parent") {
      const link = await getParentLink(db, target.organizationId);
      io.out(`parent link of ${where}; join code ${formatJoinCode(link.joinCode!)}; multi-use until rotated`);
      io.out(deepLink(botUsername, link.token));
      return 0;
    }
    const inv = await createInvitation(db, { target, createdBy: null, ttlDays: env.INVITATION_TTL_DAYS, now: clock() });
    io.out(`${a.role} invitation for ${where}; single use, valid until ${formatDate(inv.expiresAt!)}`);
    io.out(deepLink(botUsername, inv.token));
    return 0;
  },
};
