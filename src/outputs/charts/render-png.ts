import { renderAsync, Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The fonts come with the npm package, so Kazakh letters render the same in Docker as anywhere. */
const fontDir = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
const fontFiles = [join(fontDir, "DejaVuSans.ttf"), join(fontDir, "DejaVuSans-Bold.ttf")];
export const CHART_FONT = "DejaVu Sans";

/** What a chart module builds: the echarts option and the picture's size. */
export interface ChartSpec {
  option: echarts.EChartsCoreOption;
  size: { width: number; height: number };
}

/** A chart drawn as SVG (echarts' server-side renderer), before it becomes a PNG. */
export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

export function renderChartSvg({ option, size }: ChartSpec): ChartSvg {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({ animation: false, backgroundColor: "#ffffff", textStyle: { fontFamily: CHART_FONT }, ...option });
    return { svg: chart.renderToSVGString(), width: size.width, height: size.height };
  } finally {
    chart.dispose();
  }
}

const resvgOptions = {
  font: { fontFiles, loadSystemFonts: false, defaultFontFamily: CHART_FONT },
  fitTo: { mode: "original" as const },
};

function svgToPng(svg: string): Buffer {
  return new Resvg(svg, resvgOptions).render().asPng();
}

/** Renders an echarts option to PNG on the server: echarts' SVG renderer, then resvg; no browser, no system font. */
export function renderChartPng(option: echarts.EChartsCoreOption, size: { width: number; height: number }): Buffer {
  return svgToPng(renderChartSvg({ option, size }).svg);
}

/**
 * Several charts one under another in one PNG (one photo instead of several messages): each SVG is
 * nested at its offset, its ids prefixed so that clip paths of one chart never point into another.
 * Rasterised on libuv's thread pool (resvg's renderAsync): a batch of weekly charts drawn in the
 * bot's process does not hold up its updates for the ~250 ms each picture takes.
 */
export async function stackChartsPng(charts: ChartSvg[]): Promise<Buffer> {
  const width = Math.max(...charts.map((c) => c.width));
  let y = 0;
  const parts = charts.map((c, i) => {
    const prefixed = c.svg
      .replace(/\bid="([^"]+)"/g, `id="c${i}-$1"`)
      .replace(/url\(#([^)]+)\)/g, `url(#c${i}-$1)`)
      .replace(/href="#([^"]+)"/g, `href="#c${i}-$1"`)
      .replace(/^<svg\b/, `<svg x="0" y="${y}"`);
    y += c.height;
    return prefixed;
  });
  const svg = `<svg width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1"><rect width="${width}" height="${y}" fill="#ffffff"/>${parts.join("")}</svg>`;
  return (await renderAsync(svg, resvgOptions)).asPng();
}

/** Long registry names are cut for an axis label (the full name is in the export and the document). */
export function shortLabel(text: string, max = 42): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
