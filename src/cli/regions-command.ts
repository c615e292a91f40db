import { listRegions } from "../registration/registry.js";
import type { DatabaseCommand } from "./cli-command.js";

/** `regions`: the region codes the other commands take, with their names. */
export const regionsCommand: DatabaseCommand<void> = {
  prepare: () => undefined,
  async run(db, _args, { io }) {
    for (const r of await listRegions(db)) io.out(`${r.code.padEnd(18)} ${r.nameKk} / ${r.nameRu}`);
    return 0;
  },
};
