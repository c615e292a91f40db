import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The fonts come with the npm package, so Kazakh letters render the same in Docker as anywhere. */
const fontDir = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
const fontFiles = [join(fontDir, "DejaVuSans.ttf"), join(fontDir, "DejaVuSans-Bold.ttf")];
export const CHART_FONT = "DejaVu Sans";

/** Renders an echarts option to PNG on the server: echarts' SVG renderer, then resvg; no browser, no system font. */
export function renderChartPng(option: echarts.EChartsCoreOption, size: { width: number; height: number }): Buffer {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, backgroundColor: "#ffffff", textStyle: { fontFamily: CHART_FONT }, ...option });
    const svg = chart.renderToSVGString();
    const resvg = new Resvg(svg, {
      font: { fontFiles, loadSystemFonts: false, defaultFontFamily: CHART_FONT },
      fitTo: { mode: "original" },
    });
    return resvg.render().asPng();
  } finally {
    chart.dispose();
  }
}

/** Long registry names are cut for an axis label (the full name is in the export and the document). */
export function shortLabel(text: string, max = 42): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
