import { z } from "zod";
import type { Db } from "../db/client.js";
import { writeInvitationBatchFiles } from "../invitation-batches/invitation-batch-files.js";
import { createInvitationBatch, InvitationBatchError, previewInvitationBatch } from "../invitation-batches/invitation-batch.js";
import { languageSchema } from "../registration/roles.js";
import { formatDate } from "../shared/time.js";
import { askBotUsername } from "./bot-username.js";
import { UsageError, zodMessage } from "./cli-args.js";
import type { DatabaseCommand } from "./cli-command.js";
import type { CliIo } from "./cli-io.js";

export const inviteBatchArgsSchema = z.object({
  scope: z
    .string({ error: "invite-batch needs a region code or all: npm run cli -- invite-batch <region-code|all> [--out <dir>]" })
    .regex(/^[a-z][a-z-]{1,40}$/, "the scope must be a region code (see: regions) or all"),
  out: z.string().min(1).default("."),
  lang: languageSchema.default("kk"),
});
export type InviteBatchArgs = z.output<typeof inviteBatchArgsSchema>;

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * `invite-batch <region|all> [--out dir] [--lang kk|ru]`: every head's invitation at once for the
 * organisations of the region (or the country) in the programme with no head yet; replaces the
 * unused links of earlier batches. Writes one PDF of printable cards and one .xlsx of the links,
 * both streamed to disk, and prints what it did with the process's memory.
 */
export async function runInviteBatch(
  db: Db,
  args: InviteBatchArgs,
  context: { io: CliIo; now: Date; ttlDays: number; botUsername: string },
): Promise<number> {
  const { io, now } = context;
  const regionCode = args.scope === "all" ? null : args.scope;
  const rssAtStart = process.memoryUsage().rss;
  const preview = await previewInvitationBatch(db, regionCode, now);
  let batch;
  try {
    batch = await createInvitationBatch(db, { regionCode, createdBy: null, ttlDays: context.ttlDays, now });
  } catch (e) {
    if (e instanceof InvitationBatchError && e.code === "unknown_region") {
      io.err(`unknown region "${args.scope}" (see: regions), or all for the whole country`);
      return 1;
    }
    throw e;
  }
  io.out(
    `batch ${batch.id} of ${regionCode ?? "the whole country"}: ${batch.invitations} invitations for heads (single use, valid until ${formatDate(batch.expiresAt)}); ` +
      `${batch.replaced} unused links of earlier batches revoked${preview.organizations === 0 ? "; every organisation in the programme has a head" : ""}`,
  );
  const files = await writeInvitationBatchFiles(db, { batch, botUsername: context.botUsername, dir: args.out, language: args.lang, split: false });
  for (const file of files) io.out(`wrote ${file.path} (${file.bytes} bytes; ${file.cards} ${file.kind === "pdf" ? "cards" : "rows"})`);
  const peak = process.resourceUsage().maxRSS * 1024;
  io.out(`memory: rss ${mb(rssAtStart)} at start, ${mb(process.memoryUsage().rss)} at end, peak ${mb(peak)}`);
  return 0;
}

export const inviteBatchCommand: DatabaseCommand<{ batch: InviteBatchArgs; botUsername: string }> = {
  async prepare(input) {
    const parsed = inviteBatchArgsSchema.safeParse({ scope: input.positionals[1], out: input.values.out, lang: input.values.lang });
    if (!parsed.success) throw new UsageError(zodMessage(parsed.error));
    return { batch: parsed.data, botUsername: await askBotUsername(input) };
  },
  run: (db, { batch, botUsername }, { io, clock, env }) => runInviteBatch(db, batch, { io, now: clock(), ttlDays: env.INVITATION_TTL_DAYS, botUsername }),
};
