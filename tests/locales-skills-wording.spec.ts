import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Review D4 (shared/reviews/locales-2026-12.md): the skills are named as the pilot's methodologists define them. */
const messages = (language: "kk" | "ru") => new Map([...readFileSync(`locales/${language}.ftl`, "utf8").matchAll(/^([a-z0-9-]+) = (.*)$/gm)].map((m) => [m[1]!, m[2]!]));
const KEYS = ["analytics-doc-comparison-text", "analytics-doc-comparison-none", "status-skills-title", "chart-skills-title", "effect-shares", "webapp-chart-effect", "analytics-doc-region-summary"];

describe("review D4: «трудовые навыки» / «еңбек дағдылары» wherever the children's skill levels are named", () => {
  it.each(KEYS)("%s", (key) => {
    expect(messages("ru").get(key)).toMatch(/трудов(ых|ые) навык/i);
    expect(messages("kk").get(key)).toMatch(/еңбек дағдылар/i);
  });
});
