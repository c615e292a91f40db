import { periodFields, upsertPeriod } from "../reports/periods.js";
import { UsageError, type CliArgs } from "./cli-args.js";
import type { DatabaseCommand } from "./cli-command.js";

export interface SetPeriodArgs {
  year: number;
  quarter: number;
  opensOn: string;
  dueOn: string;
}

/** `set-period` options, each checked on its own so the message names the wrong one. */
export function parseSetPeriod(values: CliArgs["values"]): SetPeriodArgs {
  const fields = { year: periodFields.year, quarter: periodFields.quarter, opens: periodFields.day, due: periodFields.day } as const;
  const problems: string[] = [];
  const parsed: Record<string, unknown> = {};
  for (const [flag, schema] of Object.entries(fields)) {
    const value = values[flag as keyof typeof fields];
    if (value === undefined) {
      problems.push(`--${flag} is required`);
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) parsed[flag] = result.data;
    else problems.push(`--${flag}: ${result.error.issues[0]!.message}`);
  }
  if (problems.length === 0 && (parsed.opens as string) > (parsed.due as string)) problems.push("--opens must not be after --due");
  if (problems.length > 0) throw new UsageError(problems.join("\n"));
  return { year: parsed.year as number, quarter: parsed.quarter as number, opensOn: parsed.opens as string, dueOn: parsed.due as string };
}

/** `set-period --year <y> --quarter <1-4> --opens <YYYY-MM-DD> --due <YYYY-MM-DD>`: creates a reporting period or moves its dates. */
export const setPeriodCommand: DatabaseCommand<SetPeriodArgs> = {
  prepare: ({ values }) => parseSetPeriod(values),
  async run(db, args, { io }) {
    const { period, created } = await upsertPeriod(db, args);
    io.out(`${created ? "added" : "moved"} ${period.year} Q${period.quarter}: ${period.opensOn} .. ${period.dueOn}`);
    return 0;
  },
};
