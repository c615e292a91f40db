import { Api } from "grammy";
import { parseArgs } from "node:util";
import { z } from "zod";
import { botTokenSchema, ConfigError, parseWith, storageAndApiSchema } from "../config.js";
import type { Database } from "../db/client.js";
import { BackupError, backupEmbeddedDatabase, restoreEmbeddedDatabase } from "../db/backup.js";
import { DataDirBusyError } from "../db/data-dir-lock.js";
import { openDatabase, takeOverMessage } from "../db/open.js";
import { createInvitation, deepLink, getParentLink, type InvitationTarget } from "../registration/invitations.js";
import {
  addOrganization,
  findOrganizationByRegistryNo,
  getRegion,
  listOrganizations,
  listRegions,
  RegistryError,
} from "../registration/registry.js";
import { roleSchema } from "../registration/roles.js";
import { formatJoinCode } from "../registration/tokens.js";
import { isOpen, listPeriods, periodFields, upsertPeriod } from "../reports/periods.js";
import { approvalDueDaysOf, approvalDueInputSchema, setApprovalDueDay } from "../approvals/approval-due-days.js";
import { approvalLevels } from "../approvals/approval-levels.js";
import { systemClock, type Clock } from "../shared/clock.js";
import { almatyDay } from "../shared/local-date.js";
import { formatDate } from "../shared/time.js";
import { fileArgsSchema, fileCommands, runFileCommand, type FileArgs } from "./file-commands.js";
import { importRegistryArgsSchema, runImportRegistry, type ImportRegistryArgs } from "./import-registry.js";
import { inviteBatchArgsSchema, runInviteBatch, type InviteBatchArgs } from "./invite-batch-command.js";
import type { CliIo } from "./cli-io.js";

export type { CliIo };

export interface CliDeps {
  env: Record<string, string | undefined>;
  io: CliIo;
  clock?: Clock;
  /** An already open database (tests); otherwise opened from the environment. */
  database?: Database;
  /** Replaces the HTTP client for getMe (tests). */
  fetch?: typeof globalThis.fetch;
}

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

class UsageError extends Error {}

const registryNo = z.coerce.number({ error: "must be a number" }).int().positive("must be a positive whole number");

const inviteArgs = z
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

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        role: { type: "string" },
        org: { type: "string" },
        region: { type: "string" },
        national: { type: "boolean" },
        "registry-no": { type: "string" },
        name: { type: "string" },
        "legal-form": { type: "string" },
        year: { type: "string" },
        quarter: { type: "string" },
        opens: { type: "string" },
        due: { type: "string" },
        level: { type: "string" },
        period: { type: "string" },
        lang: { type: "string" },
        kind: { type: "string" },
        doc: { type: "string" },
        out: { type: "string" },
        "out-dir": { type: "string" },
        "all-regions": { type: "boolean" },
        apply: { type: "boolean" },
        report: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** `set-period` options, each checked on its own so the message names the wrong one. */
function parseSetPeriod(values: Record<string, unknown>): { year: number; quarter: number; opensOn: string; dueOn: string } {
  const fields = { year: periodFields.year, quarter: periodFields.quarter, opens: periodFields.day, due: periodFields.day } as const;
  const problems: string[] = [];
  const parsed: Record<string, unknown> = {};
  for (const [flag, schema] of Object.entries(fields)) {
    if (values[flag] === undefined) {
      problems.push(`--${flag} is required`);
      continue;
    }
    const result = schema.safeParse(values[flag]);
    if (result.success) parsed[flag] = result.data;
    else problems.push(`--${flag}: ${result.error.issues[0]!.message}`);
  }
  if (problems.length === 0 && (parsed.opens as string) > (parsed.due as string)) problems.push("--opens must not be after --due");
  if (problems.length > 0) throw new UsageError(problems.join("\n"));
  return { year: parsed.year as number, quarter: parsed.quarter as number, opensOn: parsed.opens as string, dueOn: parsed.due as string };
}

function zodMessage(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length && i.code !== "custom" ? `--${i.path.join(".")}: ${i.message}` : i.message)).join("\n");
}

/** The operator CLI as a function: returns the exit code. */
export async function runCli(argv: string[], deps: CliDeps): Promise<number> {
  const { io } = deps;
  let database: Database | undefined = deps.database;
  try {
    const { positionals, values } = parse(argv);
    const command = positionals[0];
    if (!command || values.help) {
      io.out(USAGE);
      return command || values.help ? 0 : 2;
    }
    if (!["regions", "orgs", "add-org", "invite", "periods", "set-period", "set-approval-due", "backup", "restore", "import-registry", "invite-batch", ...fileCommands].includes(command)) throw new UsageError(`unknown command "${command}"`);
    const env = parseWith(storageAndApiSchema, deps.env);
    if (command === "backup" || command === "restore") {
      const file = positionals[1];
      if (!file) throw new UsageError(`${command} needs a file: npm run cli -- ${command} <file>`);
      if (env.DATABASE_URL) throw new BackupError(`${command} is for the embedded database; for PostgreSQL use pg_dump / pg_restore (see README, Backups)`);
      if (command === "restore") {
        await restoreEmbeddedDatabase(file, env.DATA_DIR);
        io.out(`restored ${file} into ${env.DATA_DIR}`);
        return 0;
      }
      database ??= await openDatabase({ databaseUrl: undefined, dataDir: env.DATA_DIR, onTakeOver: (previous) => io.err(takeOverMessage(env.DATA_DIR, previous)) });
      const bytes = await backupEmbeddedDatabase(database, file);
      io.out(`backup of ${env.DATA_DIR} written to ${file} (${Math.round(bytes / 1024)} KiB)`);
      return 0;
    }
    const clock = deps.clock ?? systemClock;

    // Validate everything that can be checked before touching the database or the network.
    let invite: z.output<typeof inviteArgs> | undefined;
    const setPeriod = command === "set-period" ? parseSetPeriod(values) : undefined;
    let approvalDue: z.output<typeof approvalDueInputSchema> | undefined;
    if (command === "set-approval-due") {
      const parsed = approvalDueInputSchema.safeParse({ year: values.year, quarter: values.quarter, level: values.level, dueOn: values.due });
      if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `--${i.path[0] === "dueOn" ? "due" : String(i.path[0])}: ${i.message}`).join("\n"));
      approvalDue = parsed.data;
    }
    let fileArgs: FileArgs | undefined;
    if ((fileCommands as readonly string[]).includes(command)) {
      const parsed = fileArgsSchema.safeParse({
        command,
        period: values.period,
        region: values.region,
        allRegions: values["all-regions"],
        national: values.national,
        lang: values.lang,
        kind: values.kind,
        doc: values.doc,
        out: values.out,
        outDir: values["out-dir"],
      });
      if (!parsed.success) throw new UsageError(zodMessage(parsed.error));
      fileArgs = parsed.data;
    }
    let importArgs: ImportRegistryArgs | undefined;
    if (command === "import-registry") {
      const parsed = importRegistryArgsSchema.safeParse({ file: positionals[1], apply: values.apply, lang: values.lang, report: values.report });
      if (!parsed.success) throw new UsageError(zodMessage(parsed.error));
      importArgs = parsed.data;
    }
    let botUsername: string | undefined;
    let inviteBatch: InviteBatchArgs | undefined;
    if (command === "invite-batch") {
      const parsed = inviteBatchArgsSchema.safeParse({ scope: positionals[1], out: values.out, lang: values.lang });
      if (!parsed.success) throw new UsageError(zodMessage(parsed.error));
      inviteBatch = parsed.data;
    }
    if (command === "invite" || command === "invite-batch") {
      if (command === "invite") {
        const parsed = inviteArgs.safeParse(values);
        if (!parsed.success) throw new UsageError(zodMessage(parsed.error));
        invite = parsed.data;
      }
      const token = botTokenSchema.safeParse(deps.env.BOT_TOKEN || undefined);
      if (!token.success) throw new ConfigError([token.error.issues[0]!.message]);
      const api = new Api(token.data, { ...(env.TELEGRAM_API_ROOT ? { apiRoot: env.TELEGRAM_API_ROOT } : {}), ...(deps.fetch ? { fetch: deps.fetch } : {}) });
      try {
        botUsername = (await api.getMe()).username;
      } catch (e) {
        io.err(`Could not ask the Bot API who the bot is (getMe at ${env.TELEGRAM_API_ROOT ?? "https://api.telegram.org"}): ${(e as Error).message}`);
        return 1;
      }
    }

    database ??= await openDatabase({
      databaseUrl: env.DATABASE_URL,
      dataDir: env.DATA_DIR,
      onTakeOver: (previous) => io.err(takeOverMessage(env.DATA_DIR, previous)),
    });
    if (!deps.database) await database.migrate();
    const { db } = database;

    if (fileArgs) return await runFileCommand(db, fileArgs, io, clock());
    if (importArgs) return await runImportRegistry(db, importArgs, io, clock());
    if (inviteBatch) return await runInviteBatch(db, inviteBatch, { io, now: clock(), ttlDays: env.INVITATION_TTL_DAYS, botUsername: botUsername! });

    switch (command) {
      case "regions": {
        for (const r of await listRegions(db)) io.out(`${r.code.padEnd(18)} ${r.nameKk} / ${r.nameRu}`);
        return 0;
      }
      case "orgs": {
        if (values.region && !(await getRegion(db, values.region))) throw new UsageError(`unknown region "${values.region}" (see: regions)`);
        for (const o of await listOrganizations(db, { regionCode: values.region })) {
          io.out(`${String(o.registryNo).padStart(4)}  ${o.regionCode.padEnd(18)} ${o.name}`);
        }
        return 0;
      }
      case "add-org": {
        const input = z
          .object({ registryNo, regionCode: z.string({ error: "--region is required" }), name: z.string({ error: "--name is required" }), legalForm: z.string().nullable() })
          .safeParse({ registryNo: values["registry-no"], regionCode: values.region, name: values.name, legalForm: values["legal-form"] ?? null });
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
      }
      case "periods": {
        const now = clock();
        for (const p of await listPeriods(db)) {
          io.out(`${p.year} Q${p.quarter}  ${p.opensOn} .. ${p.dueOn}${isOpen(p, now) ? "  (open now)" : ""}`);
          const due = await approvalDueDaysOf(db, p.id);
          if (Object.keys(due).length > 0) io.out(`         approval due: ${approvalLevels.map((l) => `${l} ${due[l] ?? "-"}`).join(", ")}`);
        }
        return 0;
      }
      case "set-approval-due": {
        const result = await setApprovalDueDay(db, approvalDue!);
        if (!result.ok) {
          io.err(result.reason === "no-period" ? `no reporting period ${approvalDue!.year} Q${approvalDue!.quarter} (see: periods)` : `--due must not be before the reports' due day ${result.periodDueOn}`);
          return 1;
        }
        io.out(`${result.created ? "set" : "moved"} ${approvalDue!.year} Q${approvalDue!.quarter} ${approvalDue!.level} approval due ${approvalDue!.dueOn}`);
        return 0;
      }
      case "set-period": {
        const { period, created } = await upsertPeriod(db, setPeriod!);
        io.out(`${created ? "added" : "moved"} ${period.year} Q${period.quarter}: ${period.opensOn} .. ${period.dueOn}`);
        return 0;
      }
      case "invite": {
        const a = invite!;
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
          io.out(deepLink(botUsername!, link.token));
          return 0;
        }
        const inv = await createInvitation(db, { target, createdBy: null, ttlDays: env.INVITATION_TTL_DAYS, now: clock() });
        io.out(`${a.role} invitation for ${where}; single use, valid until ${formatDate(inv.expiresAt!)}`);
        io.out(deepLink(botUsername!, inv.token));
        return 0;
      }
    }
    return 2;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof ConfigError || e instanceof DataDirBusyError || e instanceof BackupError) {
      io.err(e.message);
      return 1;
    }
    throw e;
  } finally {
    if (database && !deps.database) await database.close();
  }
}
