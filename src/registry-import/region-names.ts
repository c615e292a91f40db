import type { Region } from "../registration/registry.js";

type Kind = "city" | "oblast";
const cityWords = ["город", "г", "қаласы", "қ", "city", "шаһары"];
const oblastWords = ["область", "обл", "облысы", "region", "oblast"];

function parts(text: string): { stem: string; kind: Kind | null } {
  const words = text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[.,()«»"]+/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  const kind: Kind | null = words.some((w) => cityWords.includes(w)) ? "city" : words.some((w) => oblastWords.includes(w)) ? "oblast" : null;
  const stem = words
    .filter((w) => !cityWords.includes(w) && !oblastWords.includes(w))
    .join(" ")
    .replace(/-/g, " ");
  return { stem, kind };
}

/** Older Russian names of the regions formed in 2022, still in many lists. */
const aliases: Record<string, string> = { абайская: "abai", жетысуская: "zhetisu", улытауская: "ulytau", "восточно казахстанская": "east-kazakhstan" };

/**
 * Finds a region by its code ("aktobe") or by its Kazakh or Russian name in the usual variants
 * ("Ақтөбе облысы", "Актюбинская обл.", "г. Алматы", "Алматы қаласы"). A bare "Алматы" is the city.
 */
export function regionResolver(regions: Region[]): (value: string) => Region | undefined {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const byStem = new Map<string, Region[]>();
  const kindOf = (r: Region): Kind => (parts(r.nameRu).kind === "city" ? "city" : "oblast");
  for (const r of regions) {
    for (const name of [r.nameKk, r.nameRu, r.code]) {
      const { stem } = parts(name);
      const list = byStem.get(stem) ?? [];
      if (!list.includes(r)) list.push(r);
      byStem.set(stem, list);
    }
  }
  return (value) => {
    const trimmed = value.trim();
    const code = byCode.get(trimmed.toLowerCase());
    if (code) return code;
    const { stem, kind } = parts(trimmed);
    const alias = aliases[stem];
    if (alias) return byCode.get(alias);
    const candidates = (byStem.get(stem) ?? []).filter((r) => kind === null || kindOf(r) === kind);
    if (candidates.length === 1) return candidates[0];
    return candidates.find((r) => kindOf(r) === "city");
  };
}
