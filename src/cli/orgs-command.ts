import { getRegion, listOrganizations } from "../registration/registry.js";
import { UsageError } from "./cli-args.js";
import type { DatabaseCommand } from "./cli-command.js";

/** `orgs [--region <code>]`: the organisations with their registry numbers. */
export const orgsCommand: DatabaseCommand<{ region: string | undefined }> = {
  prepare: ({ values }) => ({ region: values.region }),
  async run(db, { region }, { io }) {
    if (region && !(await getRegion(db, region))) throw new UsageError(`unknown region "${region}" (see: regions)`);
    for (const o of await listOrganizations(db, { regionCode: region })) {
      io.out(`${String(o.registryNo).padStart(4)}  ${o.regionCode.padEnd(18)} ${o.name}`);
    }
    return 0;
  },
};
