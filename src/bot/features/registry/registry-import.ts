import { Composer, InlineKeyboard, InputFile } from "grammy";
import { mayAdministerAnyRegion, mayAdministerRegion } from "../../../registration/permissions.js";
import { applyRegistryImport, RegistryImportRefused } from "../../../registry-import/apply-registry-import.js";
import { cancelPendingImport, getImport, recordPendingImport } from "../../../registry-import/chat-imports.js";
import { checkRegistryFile, fileHashOf, type RegistryCheck } from "../../../registry-import/check-registry-file.js";
import { REGISTRY_FILE_MAX_BYTES } from "../../../registry-import/limits.js";
import { readRegistryFile } from "../../../registry-import/read-registry-rows.js";
import { RegistryFileError } from "../../../registry-import/registry-file-error.js";
import { fileProblemText, registryImportSummary, registryImportWorkbook } from "../../../registry-import/registry-import-report.js";
import { listRegions } from "../../../registration/registry.js";
import { cb } from "../../../shared/callback-data.js";
import type { BotContext } from "../../context.js";
import { endDialog, registerDialog, startDialog } from "../../dialogs.js";
import { downloadDocument } from "../../download-document.js";
import { regionName } from "../../format.js";
import { removePressedKeyboard } from "../../message-edits.js";
import { refuseCommand } from "../../refusals.js";

const REGISTRY_IMPORT_DIALOG = "registry-import";

/**
 * The registry in the chat: /import, then the file as a document; the dry run's summary and the
 * full list (.xlsx); a button applies it. National administrators for the country, regional ones
 * for their region (a row outside it is an unreadable row). The confirmation downloads the file
 * again and applies it only if the file and the plan are still those shown.
 */
export const registryImportFeature = new Composer<BotContext>();

const mayAdministerFor = (ctx: BotContext) => (regionCode: string) => mayAdministerRegion(ctx.actor, regionCode);

registryImportFeature.command("import", async (ctx) => {
  if (!mayAdministerAnyRegion(ctx.actor)) return refuseCommand(ctx);
  await startDialog(ctx, REGISTRY_IMPORT_DIALOG);
  await ctx.reply(ctx.t("registry-import-ask-file"));
});

async function receiveFile(ctx: BotContext) {
  if (!mayAdministerAnyRegion(ctx.actor)) {
    await endDialog(ctx, REGISTRY_IMPORT_DIALOG);
    return refuseCommand(ctx);
  }
  const document = ctx.message?.document;
  if (!document) return void (await ctx.reply(ctx.t("registry-import-not-document")));
  // Telegram says the size: a file over the limit is refused before it is downloaded.
  if ((document.file_size ?? 0) > REGISTRY_FILE_MAX_BYTES) {
    return void (await ctx.reply(fileProblemText(ctx.t, { code: "too_big", maxMb: REGISTRY_FILE_MAX_BYTES / 1024 / 1024 })));
  }
  let bytes: Uint8Array;
  try {
    bytes = await downloadDocument(ctx, document.file_id);
  } catch (error) {
    ctx.log?.warn({ err: error }, "registry file download failed");
    return void (await ctx.reply(ctx.t("registry-import-download-failed")));
  }
  let check: RegistryCheck;
  try {
    check = await checkRegistryFile(ctx.deps.db, bytes, mayAdministerFor(ctx));
  } catch (error) {
    if (error instanceof RegistryFileError) return void (await ctx.reply(fileProblemText(ctx.t, error.problem)));
    throw error;
  }
  const fileName = document.file_name ?? "registry";
  const language = ctx.user.language;
  const names = new Map(check.regions.map((r) => [r.code, regionName(r, language)]));
  const summary = registryImportSummary(ctx.t, { fileName, reading: check.reading, plan: check.plan, applied: false, regionName: (c) => names.get(c) ?? c });
  const applicable = check.plan.problems.length === 0 && check.plan.changes.length > 0;
  let keyboard: InlineKeyboard | undefined;
  if (applicable) {
    const pending = await recordPendingImport(ctx.deps.db, {
      actorId: ctx.user.telegramId,
      fileId: document.file_id,
      fileName,
      fileHash: check.fileHash,
      planHash: check.plan.hash,
      now: ctx.deps.clock(),
    });
    keyboard = new InlineKeyboard()
      .text(ctx.t("registry-import-button-apply"), cb.registryImportApply.pack(pending.id))
      .text(ctx.t("registry-import-button-cancel"), cb.registryImportCancel.pack(pending.id));
  }
  // A file with unreadable rows keeps the dialog open for the corrected file.
  if (check.plan.problems.length === 0) await endDialog(ctx, REGISTRY_IMPORT_DIALOG);
  await ctx.replyWithDocument(new InputFile(await registryImportWorkbook(ctx.t, language, check), `registry-check.xlsx`), {
    caption: ctx.t("registry-import-list-caption", { file: fileName.slice(0, 200) }),
  });
  await ctx.reply(summary, keyboard ? { reply_markup: keyboard } : {});
}

registerDialog({
  kind: REGISTRY_IMPORT_DIALOG,
  onText: async (ctx) => void (await ctx.reply(ctx.t("registry-import-not-document"))),
  onMessage: (ctx) => receiveFile(ctx),
  onCancel: async (ctx, _waiting, reason) => {
    if (reason === "cancel") await ctx.reply(ctx.t("registry-import-stopped"));
    return reason === "cancel";
  },
});

async function refuse(ctx: BotContext, key = "common-not-allowed") {
  await ctx.answerCallbackQuery({ text: ctx.t(key), show_alert: true });
}

/** The pending import this person may decide, or null (forged, someone else's, no longer an administrator). */
async function ownPending(ctx: BotContext, id: number | undefined) {
  if (id === undefined || !mayAdministerAnyRegion(ctx.actor)) return null;
  const row = await getImport(ctx.deps.db, id);
  return row && row.actorId === ctx.user.telegramId ? row : null;
}

registryImportFeature.callbackQuery(cb.registryImportApply.filter, async (ctx) => {
  const row = await ownPending(ctx, cb.registryImportApply.unpack(ctx.callbackQuery.data)?.[0]);
  if (!row) return refuse(ctx);
  if (row.status !== "pending") return refuse(ctx, "registry-import-refused-decided");
  await ctx.answerCallbackQuery();
  await removePressedKeyboard(ctx);
  let bytes: Uint8Array;
  try {
    bytes = await downloadDocument(ctx, row.fileId);
  } catch (error) {
    ctx.log?.warn({ err: error }, "registry file download failed");
    return void (await ctx.reply(ctx.t("registry-import-download-failed")));
  }
  if (fileHashOf(bytes) !== row.fileHash) return void (await ctx.reply(ctx.t("registry-import-refused-changed")));
  const regions = await listRegions(ctx.deps.db);
  try {
    const reading = await readRegistryFile(bytes, regions);
    const { plan } = await applyRegistryImport(ctx.deps.db, reading, {
      mayAdminister: mayAdministerFor(ctx),
      actorId: ctx.user.telegramId,
      expectedHash: row.planHash,
      importId: row.id,
      now: ctx.deps.clock(),
    });
    await ctx.reply(registryImportSummary(ctx.t, { fileName: row.fileName ?? "registry", reading, plan, applied: true }));
  } catch (error) {
    if (error instanceof RegistryImportRefused) return void (await ctx.reply(ctx.t(`registry-import-refused-${error.code}`)));
    if (error instanceof RegistryFileError) return void (await ctx.reply(fileProblemText(ctx.t, error.problem)));
    throw error;
  }
});

registryImportFeature.callbackQuery(cb.registryImportCancel.filter, async (ctx) => {
  const row = await ownPending(ctx, cb.registryImportCancel.unpack(ctx.callbackQuery.data)?.[0]);
  if (!row) return refuse(ctx);
  if (!(await cancelPendingImport(ctx.deps.db, row.id, ctx.deps.clock()))) return refuse(ctx, "registry-import-refused-decided");
  await ctx.answerCallbackQuery();
  await removePressedKeyboard(ctx);
  await ctx.reply(ctx.t("registry-import-cancelled"));
});
