import type { z } from "zod";
import { approvalDueInputSchema, setApprovalDueDay } from "../approvals/approval-due-days.js";
import { UsageError } from "./cli-args.js";
import type { DatabaseCommand } from "./cli-command.js";

type ApprovalDueArgs = z.output<typeof approvalDueInputSchema>;

/** `set-approval-due --year <y> --quarter <1-4> --level centre|department|institute --due <YYYY-MM-DD>`. */
export const setApprovalDueCommand: DatabaseCommand<ApprovalDueArgs> = {
  prepare({ values }) {
    const parsed = approvalDueInputSchema.safeParse({ year: values.year, quarter: values.quarter, level: values.level, dueOn: values.due });
    if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `--${i.path[0] === "dueOn" ? "due" : String(i.path[0])}: ${i.message}`).join("\n"));
    return parsed.data;
  },
  async run(db, args, { io }) {
    const result = await setApprovalDueDay(db, args);
    if (!result.ok) {
      io.err(result.reason === "no-period" ? `no reporting period ${args.year} Q${args.quarter} (see: periods)` : `--due must not be before the reports' due day ${result.periodDueOn}`);
      return 1;
    }
    io.out(`${result.created ? "set" : "moved"} ${args.year} Q${args.quarter} ${args.level} approval due ${args.dueOn}`);
    return 0;
  },
};
