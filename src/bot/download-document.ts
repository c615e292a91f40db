import type { BotContext } from "./context.js";

/**
 * The bytes of a file a person sent, through the Bot API's getFile and its file URL (the same
 * API root and HTTP client as every other call, so a local Bot API server and tests work alike).
 */
export async function downloadDocument(ctx: BotContext, fileId: string): Promise<Uint8Array> {
  const file = await ctx.api.getFile(fileId);
  if (!file.file_path) throw new Error("getFile returned no file_path");
  const root = ctx.api.options?.apiRoot ?? "https://api.telegram.org";
  const fetcher = ctx.api.options?.fetch ?? globalThis.fetch;
  const response = await fetcher(`${root}/file/bot${ctx.api.token}/${file.file_path}`);
  if (!response.ok) throw new Error(`file download failed: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
