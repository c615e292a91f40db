import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import type { Db } from "../db/client.js";
import { findPeriod } from "../figures/period-reports.js";
import type { Scope } from "../registration/permissions.js";
import { listRegions } from "../registration/registry.js";
import { languageSchema } from "../registration/roles.js";
import { UsageError, zodMessage } from "./cli-args.js";
import type { DatabaseCommand } from "./cli-command.js";
import type { CliIo } from "./cli-io.js";
import type { DocumentKind } from "../outputs/analytics/analytics-document.js";

/** analytics-document.ts documentKinds, without loading docx at the CLI's start. */
const documentKinds = ["quarterly", "final", "ministry"] as const satisfies readonly DocumentKind[];

export const fileCommands = ["export", "analytics", "chart"] as const;
export type FileCommand = (typeof fileCommands)[number];

/** Operators act for the Institute: they see the whole country. */
const operatorScope: Scope = { national: true, regions: [], organizationIds: [] };

export const fileArgsSchema = z
  .object({
    command: z.enum(fileCommands),
    period: z
      .string({ error: "is required, e.g. --period 2026-4" })
      .regex(/^\d{4}-[1-4]$/, "must be <year>-<quarter>, e.g. 2026-4")
      .transform((v) => ({ year: Number(v.slice(0, 4)), quarter: Number(v.slice(5)) })),
    region: z.string().regex(/^[a-z][a-z-]{1,40}$/, "must be a region code (see: regions)").optional(),
    allRegions: z.boolean().default(false),
    national: z.boolean().default(false),
    lang: languageSchema.default("kk"),
    kind: z.enum(["status", "skills"]).default("status"),
    /** analytics: which document (analytics-document.ts documentKinds). */
    doc: z.enum(documentKinds, { error: "must be quarterly, final or ministry" }).default("quarterly"),
    out: z.string().min(1).optional(),
    outDir: z.string().min(1).optional(),
  })
  .superRefine((a, ctx) => {
    const issue = (message: string) => ctx.addIssue({ code: "custom", message });
    if ([a.region !== undefined, a.allRegions, a.national].filter(Boolean).length > 1) issue("give at most one of --region, --all-regions, --national");
    if (a.command === "analytics" && !a.region && !a.allRegions && !a.national) issue("analytics needs --region <code>, --national or --all-regions");
    if (a.command === "analytics" && a.doc === "ministry" && !a.national) issue("--doc ministry is the national summary: give --national");
    if (a.command === "analytics" && a.doc === "final" && (a.national || a.period.quarter !== 4)) issue("--doc final is a region's January–November report: give --region <code> (or --all-regions) and --period <year>-4");
    if (a.allRegions ? !a.outDir || a.out : !a.out || a.outDir) issue(a.allRegions ? "--all-regions writes one file per region: give --out-dir <dir>" : "give --out <file>");
  });
export type FileArgs = z.output<typeof fileArgsSchema>;

const extension: Record<FileCommand, string> = { export: "xlsx", analytics: "docx", chart: "png" };

/** Writes the export, analytics draft or chart of one region, the country, or every region (one file each). */
export async function runFileCommand(db: Db, args: FileArgs, io: CliIo, now: Date): Promise<number> {
  // exceljs, docx, echarts and resvg load only for these commands.
  const [{ exportScope }, { draftAnalytics }, { skillsChartFor, statusChartFor }] = await Promise.all([
    import("../outputs/exports/scope-export.js"),
    import("../outputs/analytics/draft-analytics.js"),
    import("../outputs/charts/scope-charts.js"),
  ]);
  const period = await findPeriod(db, args.period.year, args.period.quarter);
  if (!period) {
    io.err(`no reporting period ${args.period.year} Q${args.period.quarter} (see: periods)`);
    return 1;
  }
  const regions = await listRegions(db);
  if (args.region && !regions.some((r) => r.code === args.region)) {
    io.err(`unknown region "${args.region}" (see: regions)`);
    return 1;
  }
  const targets: { regionCode: string | undefined; path: string }[] = args.allRegions
    ? regions.map((r) => ({ regionCode: r.code, path: join(args.outDir!, `${args.command}${args.command === "chart" ? `-${args.kind}` : ""}${args.command === "analytics" && args.doc !== "quarterly" ? `-${args.doc}` : ""}-${args.period.year}-${args.period.quarter}-${r.code}-${args.lang}.${extension[args.command]}`) }))
    : [{ regionCode: args.region, path: args.out! }];
  if (args.outDir) await mkdir(args.outDir, { recursive: true });

  for (const target of targets) {
    const request = { scope: operatorScope, period, now, language: args.lang, regionCode: target.regionCode };
    let bytes: Buffer;
    let summary: string;
    if (args.command === "export") {
      const result = await exportScope(db, request);
      bytes = result.xlsx;
      summary = `${result.organizations} organisations, ${result.reviews} review decisions, ${result.groups} groups`;
    } else if (args.command === "analytics") {
      const result = await draftAnalytics(db, { ...request, regionCode: target.regionCode ?? null, kind: args.doc });
      bytes = result.docx;
      summary = `${result.organizations} organisations`;
    } else {
      const result = args.kind === "status" ? await statusChartFor(db, request) : await skillsChartFor(db, request);
      if (!result) {
        io.out(`${target.path}: skipped, no skill levels reported for this period`);
        continue;
      }
      bytes = result.png;
      summary = `${result.rows} report rows`;
    }
    await writeFile(target.path, bytes);
    io.out(`wrote ${target.path} (${bytes.length} bytes; ${summary})`);
  }
  return 0;
}

/** `export`, `analytics` and `chart`: one command; its name (the first positional) says which file it writes. */
export const fileCommand: DatabaseCommand<FileArgs> = {
  prepare({ positionals, values }) {
    const parsed = fileArgsSchema.safeParse({
      command: positionals[0],
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
    return parsed.data;
  },
  run: (db, args, { io, clock }) => runFileCommand(db, args, io, clock()),
};
