// Builds the dashboard's script: webapp/src/*.ts with Telegram's telegram-web-app.js (from the
// @twa-dev/sdk package) into one minified file, webapp/dist/app.js, which is committed: the bot
// serves it as it is (production installs no esbuild), and tests/webapp/bundle.spec.ts fails when
// it differs from what the sources build. Run `npm run build:webapp` after changing webapp/src.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

export const webappDir = fileURLToPath(new URL("../webapp", import.meta.url));

/** The bundle's text, built in memory. */
export async function buildWebapp() {
  const result = await build({
    entryPoints: [`${webappDir}/src/main.ts`],
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020"],
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0].text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { writeFile, mkdir } = await import("node:fs/promises");
  const text = await buildWebapp();
  await mkdir(`${webappDir}/dist`, { recursive: true });
  await writeFile(`${webappDir}/dist/app.js`, text);
  console.log(`webapp/dist/app.js: ${(text.length / 1024).toFixed(1)} KB`);
}
