import type { ProgrammeEffect } from "./programme-effect.js";

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** One decimal, a decimal comma (as both languages write it), a true minus sign. */
export function formatPoints(x: number, signed = false): string {
  const rounded = Math.round(x * 10) / 10;
  const text = Math.abs(rounded).toFixed(1).replace(".", ",");
  if (rounded < 0) return `−${text}`;
  return signed && rounded > 0 ? `+${text}` : text;
}

const percent = (share: number) => formatPoints(share * 100);

/**
 * The estimate in plain words, the same in /status, the .docx and the .xlsx: the shares behind it,
 * the figure with its interval, whether chance can explain it, what stands behind it and what it
 * does not mean. `prefix` chooses the chat's keys (`effect`) or the document's (`effect-doc`),
 * which name preschool organisations as an official text does.
 */
export function programmeEffectLines(effect: ProgrammeEffect | null, t: Translate, quarter: number, prefix: "effect" | "effect-doc" = "effect"): string[] {
  const lines = [t(`${prefix}-title`)];
  if (!effect) return [...lines, t("effect-first-quarter")];
  if (effect.kind === "too-few") {
    // Nobody paired at all: skill levels are assessed in the first and fourth quarters only.
    if (effect.experimental.kindergartens === 0 && effect.control.kindergartens === 0) return [...lines, t(`${prefix}-no-data`)];
    return [
      ...lines,
      t(`${prefix}-too-few`, {
        exp: effect.experimental.kindergartens,
        ctl: effect.control.kindergartens,
        min: effect.minKindergartens,
      }),
    ];
  }
  return [
    ...lines,
    t("effect-shares", {
      quarter,
      expFirst: percent(effect.experimental.first),
      expNow: percent(effect.experimental.now),
      ctlFirst: percent(effect.control.first),
      ctlNow: percent(effect.control.now),
    }),
    t("effect-estimate", { effect: formatPoints(effect.effect, true), low: formatPoints(effect.low, true), high: formatPoints(effect.high, true) }),
    t(effect.clear ? (effect.effect > 0 ? "effect-clear-higher" : "effect-clear-lower") : "effect-unclear"),
    t(`${prefix}-basis`, {
      exp: effect.experimental.kindergartens,
      ctl: effect.control.kindergartens,
      expChildren: effect.experimental.children,
      ctlChildren: effect.control.children,
    }),
    t("effect-caveat"),
  ];
}
