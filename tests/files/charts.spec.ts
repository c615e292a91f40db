import { describe, expect, it } from "vitest";
import { renderChartSvg, stackChartsPng } from "../../src/outputs/charts/render-png.js";
import { renderSkillsChart, skillsChartSpec } from "../../src/outputs/charts/skills-chart.js";
import { renderStatusChart, statusChartSpec } from "../../src/outputs/charts/status-chart.js";
import type { KindergartenReport } from "../../src/figures/period-reports.js";
import { emptyCounts, reportStatus } from "../../src/figures/report-status.js";
import { statusBars } from "../../src/figures/summaries.js";
import { textsFor } from "../../src/shared/locale-text.js";
import { pngSize } from "../helpers/zip.js";

const counts = (n: number) => ({ ...emptyCounts(), submitted: n, overdue: 1 });

function row(registryNo: number, regionCode = "aktobe"): KindergartenReport {
  return {
    organizationId: registryNo, regionCode, regionKk: `${regionCode} kk`, regionRu: `${regionCode} ru`, registryNo, name: `«Балапан» ${registryNo} ${"ұзын атау ".repeat(30)}`,
    reportId: null, category: registryNo % 3 === 0 ? "overdue" : "accepted", submittedAt: null, late: false, versionCount: 0, formVersion: null, answers: null,
  };
}

describe("charts rendered on the server", () => {
  it("the status chart of 20 regions is a PNG a phone can read, in both languages", async () => {
    const bars = Array.from({ length: 20 }, (_, i) => ({ label: `Солтүстік Қазақстан облысы ${i}`, counts: counts(i) }));
    for (const language of ["kk", "ru"] as const) {
      const png = await renderStatusChart({ title: "Есептердің жағдайы: Республика бойынша", bars }, language);
      const size = pngSize(png);
      expect(size.width).toBe(1000);
      expect(size.height).toBeGreaterThanOrEqual(700);
      expect(size.height).toBeLessThan(1200);
    }
  });

  it("up to 60 kindergartens get a bar each (registry names cut on the axis); a region of 700 is grouped into about 30 bars", () => {
    const t = textsFor("ru");
    const sixty = statusBars(Array.from({ length: 60 }, (_, i) => row(i + 1)), "ru", t);
    expect(sixty).toHaveLength(60);
    expect(sixty[2]!.counts).toMatchObject({ overdue: 1, accepted: 0 });
    const big = statusBars(Array.from({ length: 700 }, (_, i) => row(i + 1)), "ru", t);
    expect(big).toHaveLength(30);
    expect(big[0]!.label).toBe("Реестр № 1–24");
    expect(big.reduce((sum, b) => sum + Object.values(b.counts).reduce((a, c) => a + c, 0), 0)).toBe(700);
    const regions = statusBars([row(1, "aktobe"), row(2, "abai"), row(3, "abai")], "kk", textsFor("kk"));
    // A bar per region, alphabetically in the reader's language (not in the rows' order).
    expect(regions.map((b) => [b.label, b.counts.accepted + b.counts.overdue])).toEqual([["abai kk", 2], ["aktobe kk", 1]]);
  });

  it("a 60-bar chart stays within sensible dimensions", async () => {
    const t = textsFor("kk");
    const png = await renderStatusChart({ title: "Ақтөбе облысы", bars: statusBars(Array.from({ length: 60 }, (_, i) => row(i + 1)), "kk", t) }, "kk");
    expect(pngSize(png)).toEqual({ width: 1000, height: 150 + 22 * 60 });
  });

  it("the skills chart puts the first quarter beside the current one", async () => {
    const levels = { high: 5, middle: 10, low: 5 };
    const png = await renderSkillsChart({ title: "Дағдылар", current: { quarter: 4, experimental: levels, control: levels }, baseline: { quarter: 1, experimental: levels, control: levels } }, "kk");
    expect(pngSize(png)).toEqual({ width: 1000, height: 600 });
  });

  it("the weekly picture stacks the status chart and the skills chart into one PNG", async () => {
    const t = textsFor("kk");
    const levels = { high: 5, middle: 10, low: 5 };
    const status = renderChartSvg(statusChartSpec({ title: "Ақтөбе облысы", bars: statusBars(Array.from({ length: 700 }, (_, i) => row(i + 1)), "kk", t) }, "kk"));
    const skills = renderChartSvg(skillsChartSpec({ title: "Дағдылар", current: { quarter: 4, experimental: levels, control: levels } }, "kk"));
    expect(status.height).toBe(150 + 30 * 30);
    expect(pngSize(await stackChartsPng([status, skills]))).toEqual({ width: 1000, height: status.height + 600 });
  });

  it("a report not handed in is overdue from the end of the due day in Almaty; a returned one is returned, a handed-in one on time or late", () => {
    const period = { dueOn: "2026-11-20" };
    const status = (report: Parameters<typeof reportStatus>[0], iso: string) => reportStatus(report, period, new Date(iso), { joinedOn: null });
    expect(status(null, "2026-11-20T18:59:59Z")).toEqual({ category: "not-started", late: false });
    expect(status({ status: "draft", submittedLate: false }, "2026-11-20T18:59:59Z")).toEqual({ category: "in-progress", late: false });
    expect(status(null, "2026-11-20T19:00:00Z")).toEqual({ category: "overdue", late: false });
    expect(status({ status: "draft", submittedLate: false }, "2026-11-20T19:00:00Z")).toEqual({ category: "overdue", late: false });
    expect(status({ status: "returned", submittedLate: true }, "2026-12-30T00:00:00Z")).toEqual({ category: "returned", late: false });
    expect(status({ status: "submitted", submittedLate: true }, "2026-11-23T00:00:00Z")).toEqual({ category: "submitted", late: true });
    expect(status({ status: "accepted", submittedLate: false }, "2026-11-23T00:00:00Z")).toEqual({ category: "accepted", late: false });
    // A kindergarten added after the due day owes nothing for the period; one added on the due day does.
    const joined = (joinedOn: string) => reportStatus(null, period, new Date("2026-12-05T00:00:00Z"), { joinedOn });
    expect(joined("2026-11-21")).toEqual({ category: "not-started", late: false });
    expect(joined("2026-11-20")).toEqual({ category: "overdue", late: false });
  });
});
