import { ConfigError, parseWith, storageAndApiSchema } from "../config.js";
import type { Database } from "../db/client.js";
import { BackupError } from "../db/backup.js";
import { DataDirBusyError, type LockHolder } from "../db/data-dir-lock.js";
import { openDatabase, takeOverMessage } from "../db/open.js";
import { systemClock } from "../shared/clock.js";
import { addOrgCommand } from "./add-org-command.js";
import { backupCommand, restoreCommand } from "./backup-command.js";
import { parseArgv, UsageError } from "./cli-args.js";
import { CommandFailed, type CliCommand } from "./cli-command.js";
import type { CliDeps } from "./cli-io.js";
import { fileCommand, fileCommands } from "./file-commands.js";
import { importRegistryCommand } from "./import-registry.js";
import { inviteBatchCommand } from "./invite-batch-command.js";
import { inviteCommand } from "./invite-command.js";
import { orgsCommand } from "./orgs-command.js";
import { periodsCommand } from "./periods-command.js";
import { regionsCommand } from "./regions-command.js";
import { setApprovalDueCommand } from "./set-approval-due-command.js";
import { setPeriodCommand } from "./set-period-command.js";

export type { CliDeps, CliIo } from "./cli-io.js";

export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  regions                                   list the regions (codes used by other commands)
  orgs [--region <code>]                    list organisations with registry numbers
  add-org --registry-no <n> --region <code> --name <name> [--legal-form <form>]
                                            add an organisation to the registry (it joins today:
                                            no report is owed for a period whose due day has passed)
  import-registry <file.xlsx|file.csv> [--apply] [--lang kk|ru] [--report <file.xlsx>]
                                            the ministry's registry: a dry run (what would be added,
                                            renamed, moved, taken out of or put back in the project,
                                            and every unreadable row); --apply then applies it
  invite --role head --org <registry no>    single-use invitation for a kindergarten head
  invite --role methodologist --region <code>
  invite --role coordinator --region <code> | --national
  invite --role regional_admin --region <code>
                                            a regional administrator (only national ones create them)
  invite --role parent --org <registry no>  the kindergarten's current parent link and join code
  invite-batch <region code|all> [--out <dir>] [--lang kk|ru]
                                            every head's invitation at once for the organisations
                                            with no head yet: a PDF of printable cards and an .xlsx
                                            of the links; unused links of earlier batches stop working
  periods                                   list the reporting periods (dates in Asia/Almaty)
  set-period --year <y> --quarter <1-4> --opens <YYYY-MM-DD> --due <YYYY-MM-DD>
                                            create a reporting period or move its dates
  set-approval-due --year <y> --quarter <1-4> --level centre|department|institute --due <YYYY-MM-DD>
                                            the day a level of the approval chain should approve by
  export --period <year>-<q> [--region <code>] [--lang kk|ru] --out <file.xlsx>
                                            the .xlsx export (whole country without --region)
  analytics --period <year>-<q> (--region <code> | --national) [--doc quarterly|final|ministry] [--lang kk|ru] --out <file.docx>
                                            a document to sign: the quarterly information (default),
                                            a region's January–November analytical report (final,
                                            --period <year>-4), or the Ministry's summary from the
                                            regions the Institute accepted (ministry, --national)
  chart --period <year>-<q> [--kind status|skills] [--region <code>] [--lang kk|ru] --out <file.png>
                                            a chart: report status, or experimental vs control skills
  export|analytics|chart … --all-regions --out-dir <dir>
                                            one file per region (--lang defaults to kk)
  backup <file>                             copy the embedded database (DATA_DIR) to a file; stop the bot first
  restore <file>                            restore such a copy into an empty DATA_DIR

Environment: DATABASE_URL (or DATA_DIR for the embedded database), BOT_TOKEN and
TELEGRAM_API_ROOT for invite and invite-batch (the bot's username comes from getMe), INVITATION_TTL_DAYS.`;

const commands: ReadonlyMap<string, CliCommand> = new Map<string, CliCommand>([
  ["regions", regionsCommand],
  ["orgs", orgsCommand],
  ["add-org", addOrgCommand],
  ["invite", inviteCommand],
  ["periods", periodsCommand],
  ["set-period", setPeriodCommand],
  ["set-approval-due", setApprovalDueCommand],
  ["backup", backupCommand],
  ["restore", restoreCommand],
  ["import-registry", importRegistryCommand],
  ["invite-batch", inviteBatchCommand],
  ...fileCommands.map((name) => [name, fileCommand] as const),
]);

/** The operator CLI as a function: returns the exit code. */
export async function runCli(argv: string[], deps: CliDeps): Promise<number> {
  const { io } = deps;
  let database: Database | undefined = deps.database;
  try {
    const { positionals, values } = parseArgv(argv);
    const name = positionals[0];
    if (!name || values.help) {
      io.out(USAGE);
      return name || values.help ? 0 : 2;
    }
    const command = commands.get(name);
    if (!command) throw new UsageError(`unknown command "${name}"`);
    const env = parseWith(storageAndApiSchema, deps.env);
    const input = { positionals, values, env, deps };
    const onTakeOver = (previous: LockHolder) => io.err(takeOverMessage(env.DATA_DIR, previous));
    if ("runOnFiles" in command) {
      return await command.runOnFiles(input, async () => (database ??= await openDatabase({ databaseUrl: undefined, dataDir: env.DATA_DIR, onTakeOver })));
    }

    // The command's own checks (and getMe for invitations) come before the database opens and migrates.
    const args = await command.prepare(input);
    database ??= await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR, onTakeOver });
    if (!deps.database) await database.migrate();
    return await command.run(database.db, args, { io, clock: deps.clock ?? systemClock, env });
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof ConfigError || e instanceof DataDirBusyError || e instanceof BackupError || e instanceof CommandFailed) {
      io.err(e.message);
      return 1;
    }
    throw e;
  } finally {
    if (database && !deps.database) await database.close();
  }
}
