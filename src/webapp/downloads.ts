import type { Db } from "../db/client.js";
import { documentsFor, mayDraftFor } from "../outputs/analytics/access.js";
import type { DocumentKind } from "../outputs/analytics/analytics-document.js";
import { enqueueMessages } from "../delivery/outbox.js";
import type { OutboxMessage } from "../delivery/message.js";
import { storeDeliveryFile } from "../delivery/files.js";
import { oneBuildPerUser } from "../outputs/one-build-per-user.js";
import { scopeLabel } from "../figures/scope-label.js";
import { mayViewAnything, mayViewRegion, type Scope } from "../registration/permissions.js";
import type { Language } from "../registration/roles.js";
import type { ReportingPeriod } from "../reports/periods.js";

export const downloadKinds = ["xlsx", "docx", "docx-final", "docx-ministry"] as const;
export type DownloadKind = (typeof downloadKinds)[number];

/** The document a .docx download asks for (documentsFor says which a scope and period offer); null: the .xlsx. */
function documentKindOf(kind: DownloadKind): DocumentKind | null {
  return kind === "xlsx" ? null : kind === "docx" ? "quarterly" : kind === "docx-final" ? "final" : "ministry";
}

export type DownloadResult = "queued" | "busy" | "not-allowed";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * A file the chat offers (/export's .xlsx with its status chart, /analytics' .docx draft), asked for
 * from the Mini App: built by the same functions, in the user's language, stored and queued in the
 * outbox to the user's chat (a Mini App cannot save files on every client). Urgent: the user is
 * waiting for it, quiet hours or not. One build per user at a time, shared with the chat.
 */
export async function requestDownload(
  db: Db,
  request: { userId: number; language: Language; scope: Scope; kind: DownloadKind; period: ReportingPeriod; regionCode?: string; now: Date },
): Promise<DownloadResult> {
  const { scope, period, regionCode, language } = request;
  if (!mayViewAnything(scope) || (regionCode !== undefined && !mayViewRegion(scope, regionCode))) return "not-allowed";
  const document = documentKindOf(request.kind);
  if (document && (!mayDraftFor(scope, regionCode ?? null) || !documentsFor(period, regionCode ?? null).includes(document))) return "not-allowed";
  const built = await oneBuildPerUser(request.userId, async () => {
    const messages: Omit<OutboxMessage, "chatId" | "kind">[] = [];
    const year = String(period.year);
    if (request.kind === "xlsx") {
      // exceljs, echarts and resvg load on first use, as in /export.
      const [{ exportScope }, { statusChartFor }] = await Promise.all([import("../outputs/exports/scope-export.js"), import("../outputs/charts/scope-charts.js")]);
      const result = await exportScope(db, { scope, period, now: request.now, language, ...(regionCode ? { regionCode } : {}) });
      const label = await scopeLabel(db, scope, language, regionCode);
      const fileId = await storeDeliveryFile(db, { filename: `export-${period.year}-${period.quarter}.xlsx`, mimeType: XLSX, content: result.xlsx });
      messages.push({ templateKey: "export-caption", params: { scope: label, year, quarter: period.quarter, count: result.organizations }, attachment: { type: "document" as const, fileId } });
      if (result.organizations > 1) {
        const chart = await statusChartFor(db, { scope, period, now: request.now, language, reports: result.reports, ...(regionCode ? { regionCode } : {}) });
        const chartId = await storeDeliveryFile(db, { filename: `status-${period.year}-${period.quarter}.png`, mimeType: "image/png", content: chart.png });
        messages.push({ templateKey: "chart-status-title", params: { scope: label, year, quarter: period.quarter }, attachment: { type: "photo" as const, fileId: chartId } });
      }
    } else {
      const { draftAnalytics } = await import("../outputs/analytics/draft-analytics.js");
      const kind = document ?? "quarterly";
      const draft = await draftAnalytics(db, { scope, period, regionCode: regionCode ?? null, now: request.now, language, kind });
      const fileId = await storeDeliveryFile(db, { filename: `${kind === "quarterly" ? "analytics" : kind}-${period.year}-${period.quarter}-${regionCode ?? "national"}-${language}.docx`, mimeType: DOCX, content: draft.docx });
      messages.push({ templateKey: `analytics-caption-${kind}`, params: { scope: draft.label, year, quarter: period.quarter }, attachment: { type: "document" as const, fileId } });
    }
    await enqueueMessages(db, messages.map((m) => ({ ...m, chatId: request.userId, kind: "webapp-download", priority: "urgent" as const })));
  });
  return built.busy ? "busy" : "queued";
}
