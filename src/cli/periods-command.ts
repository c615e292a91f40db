import { approvalDueDaysOf } from "../approvals/approval-due-days.js";
import { approvalLevels } from "../approvals/approval-levels.js";
import { isOpen, listPeriods } from "../reports/periods.js";
import type { DatabaseCommand } from "./cli-command.js";

/** `periods`: the reporting periods (dates in Asia/Almaty) and the approval chain's due days where set. */
export const periodsCommand: DatabaseCommand<void> = {
  prepare: () => undefined,
  async run(db, _args, { io, clock }) {
    const now = clock();
    for (const p of await listPeriods(db)) {
      io.out(`${p.year} Q${p.quarter}  ${p.opensOn} .. ${p.dueOn}${isOpen(p, now) ? "  (open now)" : ""}`);
      const due = await approvalDueDaysOf(db, p.id);
      if (Object.keys(due).length > 0) io.out(`         approval due: ${approvalLevels.map((l) => `${l} ${due[l] ?? "-"}`).join(", ")}`);
    }
    return 0;
  },
};
