import { parseArgs } from "node:util";
import { z } from "zod";

/** A wrong command line: the dispatcher prints the message and the usage, and exits with 2. */
export class UsageError extends Error {}

/** Parses the whole command line; every command's options are known here, so a typo is refused before anything runs. */
export function parseArgv(argv: string[]) {
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

export type CliArgs = ReturnType<typeof parseArgv>;

/** One line per problem, naming the option unless the check spans several. */
export function zodMessage(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length && i.code !== "custom" ? `--${i.path.join(".")}: ${i.message}` : i.message)).join("\n");
}

/** `--registry-no` and `--org`: an organisation's number in the ministry's registry. */
export const registryNo = z.coerce.number({ error: "must be a number" }).int().positive("must be a positive whole number");
