import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";

function keysOf(file: string): Set<string> {
  const text = readFileSync(new URL(`../locales/${file}`, import.meta.url), "utf8");
  return new Set([...text.matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((m) => m[1]!));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("locales", () => {
  const kk = keysOf("kk.ftl");
  const ru = keysOf("ru.ftl");

  it("has every Kazakh key in Russian and every Russian key in Kazakh", () => {
    expect([...kk].filter((k) => !ru.has(k))).toEqual([]);
    expect([...ru].filter((k) => !kk.has(k))).toEqual([]);
    expect(kk.size).toBeGreaterThan(50);
  });

  it("parses every message: a key written inside another message's selector is lost, not an error", () => {
    for (const file of ["kk.ftl", "ru.ftl"]) {
      const text = readFileSync(new URL(`../locales/${file}`, import.meta.url), "utf8");
      const parsed = new Set(new FluentResource(text).body.filter((m) => !m.id.startsWith("-")).map((m) => m.id));
      expect([...keysOf(file)].filter((k) => !parsed.has(k)), file).toEqual([]);
    }
  });

  it("defines every key the code asks for with a literal t(\"…\")", () => {
    const src = new URL("../src", import.meta.url).pathname;
    const used = new Set<string>();
    for (const file of sourceFiles(src)) {
      for (const m of readFileSync(file, "utf8").matchAll(/\bt\(\s*"([a-z][a-z0-9-]*)"/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(30);
    expect([...used].filter((k) => !kk.has(k) || !ru.has(k))).toEqual([]);
  });

  it("uses the same placeables in both languages", () => {
    const placeables = (file: string) => {
      const text = readFileSync(new URL(`../locales/${file}`, import.meta.url), "utf8");
      const result = new Map<string, string>();
      let current = "";
      for (const line of text.split("\n")) {
        const key = /^([a-z][a-z0-9-]*)\s*=/.exec(line)?.[1];
        if (key) current = key;
        if (!current || line.startsWith("#")) continue;
        const vars = [...line.matchAll(/\{\s*\$([a-zA-Z]+)/g)].map((m) => m[1]!);
        result.set(current, [...new Set([...(result.get(current)?.split(",").filter(Boolean) ?? []), ...vars])].sort().join(","));
      }
      return result;
    };
    const k = placeables("kk.ftl");
    const r = placeables("ru.ftl");
    const mismatched = [...k].filter(([key, vars]) => r.get(key) !== vars).map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
