import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without types
import { buildWebapp } from "../../scripts/build-webapp.mjs";
import { webappDirectory } from "../../src/webapp/webapp-server.js";

describe("the dashboard's page", () => {
  it("is served from the committed bundle, which is what webapp/src builds (run npm run build:webapp after changing it)", async () => {
    const committed = readFileSync(`${webappDirectory}/dist/app.js`, "utf8");
    expect(committed === (await buildWebapp()), "webapp/dist/app.js is stale: run npm run build:webapp").toBe(true);
  });

  it("carries Telegram's telegram-web-app.js itself (no CDN) and stays under 300 KB compressed in all", () => {
    const files = ["index.html", "app.css", "dist/app.js"].map((f) => readFileSync(`${webappDirectory}/${f}`));
    const script = files[2]!.toString("utf8");
    expect(script).toContain("web_app_request_theme");
    for (const file of files) expect(file.toString("utf8")).not.toMatch(/https?:\/\/(?!www\.w3\.org)[^"'\s]*\.(js|css)\b/);
    const compressed = files.reduce((sum, f) => sum + gzipSync(f, { level: 9 }).length, 0);
    expect(compressed).toBeLessThan(300 * 1024);
  });
});
