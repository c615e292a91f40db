import { z } from "zod";
import { addOrganization, RegistryError } from "../registration/registry.js";
import { almatyDay } from "../shared/local-date.js";
import { registryNo, UsageError, zodMessage, type CliArgs } from "./cli-args.js";
import type { DatabaseCommand } from "./cli-command.js";

export const addOrgArgsSchema = z.object({
  registryNo,
  regionCode: z.string({ error: "--region is required" }),
  name: z.string({ error: "--name is required" }),
  legalForm: z.string().nullable(),
});

/**
 * `add-org --registry-no <n> --region <code> --name <name> [--legal-form <form>]`. The options are
 * checked once the database is open, so a wrong one is reported after any take-over message.
 */
export const addOrgCommand: DatabaseCommand<CliArgs["values"]> = {
  prepare: ({ values }) => values,
  async run(db, values, { io, clock }) {
    const input = addOrgArgsSchema.safeParse({ registryNo: values["registry-no"], regionCode: values.region, name: values.name, legalForm: values["legal-form"] ?? null });
    if (!input.success) throw new UsageError(zodMessage(input.error));
    try {
      // Added after the pilot started: it owes the reports of periods whose due day is today or later.
      const org = await addOrganization(db, { ...input.data, joinedOn: almatyDay(clock()) }, null);
      io.out(`added ${org.registryNo}: ${org.name} (${org.regionCode})`);
      return 0;
    } catch (e) {
      if (e instanceof RegistryError) {
        io.err(e.code === "unknown_region" ? `unknown region "${input.data.regionCode}" (see: regions)` : `registry number ${input.data.registryNo} is already taken`);
        return 1;
      }
      if (e instanceof z.ZodError) throw new UsageError(zodMessage(e));
      throw e;
    }
  },
};
