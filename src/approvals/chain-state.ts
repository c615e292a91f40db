import type { Db } from "../db/client.js";
import { nextLevel, type ApprovalLevel } from "./approval-levels.js";
import { approvalDueDaysOf, isApprovalOverdue } from "./approval-due-days.js";
import { listRegionApprovals, type RegionApproval } from "./region-approvals.js";

/**
 * Where a region's quarter stands in the chain, as /status (and the dashboard) show it: the highest
 * level that approved, the level it waits for (null once the Institute accepted), whether that level's
 * due day has passed, and the last return down with its comment.
 */
export interface ChainState {
  approved: ApprovalLevel | null;
  waitingFor: ApprovalLevel | null;
  /** The waiting level's due day (Asia/Almaty), when an administrator set one. */
  dueOn: string | null;
  overdue: boolean;
  returned: { from: ApprovalLevel; comment: string; at: Date } | null;
}

export function chainState(row: RegionApproval | null, due: Partial<Record<ApprovalLevel, string>>, now: Date): ChainState {
  const approved = row?.level ?? null;
  const waitingFor = nextLevel(approved);
  const dueOn = waitingFor ? (due[waitingFor] ?? null) : null;
  return {
    approved,
    waitingFor,
    dueOn,
    overdue: waitingFor !== null && isApprovalOverdue(dueOn ?? undefined, now),
    returned: row?.returnedFrom && row.returnComment && row.returnedAt ? { from: row.returnedFrom, comment: row.returnComment, at: row.returnedAt } : null,
  };
}

/** Every region's state for a period: one read of the chain's rows and one of the due days. */
export async function chainStatesOfPeriod(db: Db, periodId: number, regionCodes: string[], now: Date): Promise<Map<string, ChainState>> {
  const [rows, due] = await Promise.all([listRegionApprovals(db, periodId), approvalDueDaysOf(db, periodId)]);
  const byRegion = new Map(rows.map((r) => [r.regionCode, r]));
  return new Map(regionCodes.map((code) => [code, chainState(byRegion.get(code) ?? null, due, now)]));
}

/** The country's counts: regions accepted by the Institute, waiting at each level, returned, past a due day. */
export interface ChainCounts {
  accepted: number;
  waiting: Record<ApprovalLevel, number>;
  returned: number;
  overdue: number;
}

export function countChainStates(states: Iterable<ChainState>): ChainCounts {
  const counts: ChainCounts = { accepted: 0, waiting: { centre: 0, department: 0, institute: 0 }, returned: 0, overdue: 0 };
  for (const s of states) {
    if (s.waitingFor === null) counts.accepted += 1;
    else counts.waiting[s.waitingFor] += 1;
    if (s.returned) counts.returned += 1;
    if (s.overdue) counts.overdue += 1;
  }
  return counts;
}
