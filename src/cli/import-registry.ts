import { readFile, stat, writeFile } from "node:fs/promises";
import { z } from "zod";
import type { Db } from "../db/client.js";
import { languageSchema } from "../registration/roles.js";
import { applyRegistryImport, RegistryImportRefused } from "../registry-import/apply-registry-import.js";
import { checkRegistryFile } from "../registry-import/check-registry-file.js";
import { REGISTRY_FILE_MAX_BYTES } from "../registry-import/limits.js";
import { RegistryFileError } from "../registry-import/registry-file-error.js";
import { fileProblemText, registryImportSummary, registryImportWorkbook } from "../registry-import/registry-import-report.js";
import { textsFor } from "../shared/locale-text.js";
import { UsageError, zodMessage } from "./cli-args.js";
import type { DatabaseCommand } from "./cli-command.js";
import type { CliIo } from "./cli-io.js";

export const importRegistryArgsSchema = z.object({
  file: z.string({ error: "import-registry needs a file: npm run cli -- import-registry <file.xlsx|file.csv> [--apply]" }).min(1),
  apply: z.boolean().default(false),
  lang: languageSchema.default("kk"),
  report: z.string().min(1).optional(),
});
export type ImportRegistryArgs = z.output<typeof importRegistryArgsSchema>;

/** Operators act for the Institute: every region. */
const everyRegion = () => true;

/**
 * `import-registry <file> [--apply] [--lang kk|ru] [--report <file.xlsx>]`: always the dry run
 * first (printed in the operator's language, the full list in --report); with --apply, the same
 * file is then applied in one transaction. Exit 1 when the file cannot be read or has bad rows.
 */
export async function runImportRegistry(db: Db, args: ImportRegistryArgs, io: CliIo, now: Date): Promise<number> {
  const t = textsFor(args.lang);
  // The size first: a 20 MB file is refused before it is read into memory.
  if ((await stat(args.file)).size > REGISTRY_FILE_MAX_BYTES) {
    io.err(fileProblemText(t, { code: "too_big", maxMb: REGISTRY_FILE_MAX_BYTES / 1024 / 1024 }));
    return 1;
  }
  const bytes = await readFile(args.file);
  let check;
  try {
    check = await checkRegistryFile(db, bytes, everyRegion);
  } catch (e) {
    if (e instanceof RegistryFileError) {
      io.err(fileProblemText(t, e.problem));
      return 1;
    }
    throw e;
  }
  const fileName = args.file.split("/").pop()!;
  io.out(registryImportSummary(t, { fileName, reading: check.reading, plan: check.plan, applied: false }, Number.MAX_SAFE_INTEGER));
  if (args.report) {
    await writeFile(args.report, await registryImportWorkbook(t, args.lang, check));
    io.out(args.report);
  }
  if (check.plan.problems.length > 0) return 1;
  if (!args.apply || check.plan.changes.length === 0) return 0;
  try {
    const { plan } = await applyRegistryImport(db, check.reading, { mayAdminister: everyRegion, actorId: null, expectedHash: check.plan.hash, now });
    io.out("");
    io.out(registryImportSummary(t, { fileName, reading: check.reading, plan, applied: true }, Number.MAX_SAFE_INTEGER));
    return 0;
  } catch (e) {
    if (e instanceof RegistryImportRefused) {
      io.err(t(`registry-import-refused-${e.code}`));
      return 1;
    }
    throw e;
  }
}

export const importRegistryCommand: DatabaseCommand<ImportRegistryArgs> = {
  prepare({ positionals, values }) {
    const parsed = importRegistryArgsSchema.safeParse({ file: positionals[1], apply: values.apply, lang: values.lang, report: values.report });
    if (!parsed.success) throw new UsageError(zodMessage(parsed.error));
    return parsed.data;
  },
  run: (db, args, { io, clock }) => runImportRegistry(db, args, io, clock()),
};
